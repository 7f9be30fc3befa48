/**
 * The shape of a program document: numbered headings (1, 2, 2.1 …) in order,
 * each with its items, "+" sub-items under their parent. Pure: takes plain
 * records, so it is tested without Astro.
 */

export interface OutlineSection {
  id: string;
  number: string;
  /** The number as the document writes it ("I.", "a)"), when it is not `number` with a dot. */
  label?: string;
  title: string;
}

export interface OutlineItem {
  id: string;
  section: string;
  order: number;
  parent?: string;
}

/** Compares "2.10" after "2.9" and "3" after "2.4". @example ['3','2.1','2'].sort(compareSectionNumbers) → ['2','2.1','3'] */
export function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x - y;
  }
  return 0;
}

/** The heading number's depth: "2" → 1, "2.1" → 2. */
export function sectionDepth(number: string): number {
  return number.split('.').length;
}

/** The number of the heading above this one, or null for a top heading. @example parentSectionNumber('2.1') === '2' */
export function parentSectionNumber(number: string): string | null {
  const i = number.lastIndexOf('.');
  return i < 0 ? null : number.slice(0, i);
}

/** A heading without the trailing colon the document puts before its list. @example headingLabel('Triển khai:') === 'Triển khai' */
export function headingLabel(title: string): string {
  return title.replace(/\s*:\s*$/, '');
}

/**
 * A heading's number as the document writes it: its own label ("I.", "a)") or the number with a dot.
 * @example headingNumber('2.1') === '2.1.' · headingNumber('1', 'I.') === 'I.'
 */
export function headingNumber(number: string, label?: string): string {
  return label ?? `${number}.`;
}

/** The number alone, as in "Mục 2.1" or "Mục I". @example shortHeadingNumber('1', 'I.') === 'I' · shortHeadingNumber('2.1.1', 'a)') === 'a)' */
export function shortHeadingNumber(number: string, label?: string): string {
  return headingNumber(number, label).replace(/\.$/, '');
}

/**
 * A section as item pages and the search filter name it: "Mục 2.3. <heading>", in the document's numbering.
 * @example sectionLabel('2.3', 'Đẩy mạnh thực hiện Phong trào thi đua “Đoàn kết sáng tạo”:') === 'Mục 2.3. Đẩy mạnh thực hiện Phong trào thi đua “Đoàn kết sáng tạo”'
 */
export function sectionLabel(number: string, title: string, label?: string): string {
  return `Mục ${headingNumber(number, label)} ${headingLabel(title)}`;
}

export interface OutlineEntry<S extends OutlineSection, I extends OutlineItem> {
  section: S;
  depth: number;
  /** Top-level items ("-") of this heading, each with its "+" sub-items. */
  items: { item: I; children: I[] }[];
}

/**
 * Orders headings and items as the document reads. Throws when an item names a
 * heading or parent that does not exist, or two items share an order number.
 */
export function buildOutline<S extends OutlineSection, I extends OutlineItem>(sections: S[], items: I[]): OutlineEntry<S, I>[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const orders = new Map<number, string>();
  for (const item of items) {
    if (!byId.has(item.section)) throw new Error(`Item ${item.id} names an unknown section ${item.section}`);
    const clash = orders.get(item.order);
    if (clash) throw new Error(`Items ${clash} and ${item.id} both have order ${item.order}`);
    orders.set(item.order, item.id);
  }
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const ids = new Set(items.map((i) => i.id));
  for (const item of sorted) {
    if (item.parent && !ids.has(item.parent)) throw new Error(`Item ${item.id} names an unknown parent ${item.parent}`);
  }
  return [...sections]
    .sort((a, b) => compareSectionNumbers(a.number, b.number))
    .map((section) => ({
      section,
      depth: sectionDepth(section.number),
      items: sorted
        .filter((i) => i.section === section.id && !i.parent)
        .map((item) => ({ item, children: sorted.filter((c) => c.parent === item.id) })),
    }));
}

/** The items before and after one, in document order. */
export function neighbours<I extends OutlineItem>(items: I[], id: string): { previous: I | null; next: I | null } {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const i = sorted.findIndex((x) => x.id === id);
  if (i < 0) return { previous: null, next: null };
  return { previous: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null };
}

/** The chain of headings above a heading, top first: "2.1" → ["2", "2.1"]. */
export function sectionTrail<S extends OutlineSection>(sections: S[], number: string): S[] {
  const trail: S[] = [];
  for (let n: string | null = number; n !== null; n = parentSectionNumber(n)) {
    const s = sections.find((x) => x.number === n);
    if (s) trail.unshift(s);
  }
  return trail;
}
