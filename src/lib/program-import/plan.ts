/**
 * From a parsed document to the files of one program year, and the report
 * staff read before sending it for approval. Pure: the caller reads the
 * existing entries and writes the files.
 */
import { slugify } from '../slug';
import { DocumentError, type LineNote, type ParsedDocument } from './structure';
import { cycleMonths, linkText, type KnownEntries } from './references';
import { proposeTitle } from './titles';
import { generatedFile, type YamlField } from './serialize';
import { matchKey } from './fold';

export interface PlannedFile {
  /** Relative to the project root: content/items/2022/abc.mdx */
  path: string;
  text: string;
}

export interface ReportItem {
  /** The item's file name under content/items/<year>/: what a title edit names it by. */
  id: string;
  order: number;
  marker: '-' | '+';
  /** The document's own letter or number for the item ("a)"), shown instead of the marker. */
  label?: string;
  section: string;
  text: string;
  title: string;
  /** The title proposed from the item's words; differs from `title` when staff edited it. */
  proposedTitle: string;
  titleEdited: boolean;
  line: number;
  path: string;
  events: string[];
  campaigns: string[];
  documents: string[];
  remarks: string[];
}

export interface ImportReport {
  source: string;
  unit: string;
  year: number;
  program: { title: string; number: string | null; issued: string | null; issuer: string; issuerGuessed: boolean; issuerEdited: boolean; basis: string | null; preamble: string | null; basedOn: string[]; mentions: string[] };
  headings: { number: string; label: string; title: string; line: number }[];
  items: ReportItem[];
  linked: { events: string[]; campaigns: string[]; documents: string[] };
  created: { events: { id: string; title: string }[]; campaigns: { id: string; title: string }[]; documents: { id: string; title: string }[] };
  /** Existing events that now also list this year. */
  eventsGainingYear: string[];
  notImported: LineNote[];
  notes: LineNote[];
  ending: { from: number; to: number } | null;
}

export interface ImportPlan {
  files: PlannedFile[];
  eventsGainingYear: string[];
  report: ImportReport;
}

/** The program's year: from the title ("… NĂM 2022"), else the date of issue. */
export function documentYear(doc: ParsedDocument): number | null {
  const inTitle = [...doc.title.matchAll(/(?<!\d)(19[3-9]\d|20\d\d|2100)(?!\d)/g)].at(-1);
  if (inTitle) return Number(inTitle[1]);
  return doc.issued ? Number(doc.issued.slice(0, 4)) : null;
}

/** An item of the year already on the site (for --replace): its file name keeps its address. */
export interface ExistingItem {
  id: string;
  order: number;
  text: string;
}

export interface PlanOptions {
  year: number;
  source: string;
  unit: string;
  known: KnownEntries;
  existingItems?: ExistingItem[];
  /** Titles staff corrected on the review page, by item id (already cleaned: title-edits.ts). Unknown ids are ignored here. */
  titles?: ReadonlyMap<string, string>;
  /** The issuer staff wrote where the document gives none (only used then). */
  issuer?: string | null;
}

export function planImport(doc: ParsedDocument, options: PlanOptions): ImportPlan {
  const { year, source, unit } = options;
  const y = String(year);
  const known: KnownEntries = {
    events: options.known.events.map((e) => ({ ...e })),
    campaigns: options.known.campaigns.map((c) => ({ ...c })),
    documents: options.known.documents.map((d) => ({ ...d })),
  };
  const before = { events: new Set(known.events.map((e) => e.id)), campaigns: new Set(known.campaigns.map((c) => c.id)), documents: new Set(known.documents.map((d) => d.id)) };
  const files: PlannedFile[] = [];
  const from = (lines: number[] | number) => `${unit} ${Array.isArray(lines) ? lines.join(', ') : lines}`;

  const titleIssuer = /\bCỦA\s+(.+?)(?:\s+NĂM\s+\d{4})?$/u.exec(doc.title)?.[1] ?? null;
  const issuerGuessed = doc.issuerLines.length === 0;
  const issuerEdited = issuerGuessed && Boolean(options.issuer);
  const issuer = doc.issuerLines.join(' ') || (issuerEdited ? options.issuer! : titleIssuer);
  if (!issuer) throw new DocumentError('không rõ cơ quan ban hành (phần đầu văn bản không ghi, tiêu đề cũng không có "CỦA …")');
  const basis = doc.basis ? linkText(doc.basis, year, known) : null;
  const preamble = doc.preamble ? linkText(doc.preamble, year, known) : null;
  const basedOn = basis?.documents ?? [];
  const mentions = (preamble?.documents ?? []).filter((id) => !basedOn.includes(id));
  files.push({
    path: `content/programs/${y}.mdx`,
    text: generatedFile([
      ['year', year],
      ['title', doc.title, `Tiêu đề nguyên văn của văn bản (${from(doc.titleLines)}).`],
      ['number', doc.number],
      ['issuer', issuer, !issuerGuessed ? undefined : issuerEdited ? 'Văn bản không có phần đầu ghi cơ quan ban hành: cán bộ ghi khi nhập (trang xem lại).' : 'Văn bản không có phần đầu ghi cơ quan ban hành: lấy từ tiêu đề, cần kiểm tra.'],
      ['issued', doc.issued, doc.issued ? undefined : 'Văn bản không ghi ngày ban hành: để null, trang sẽ ghi "Chưa rõ".'],
      ['basis', doc.basis || null],
      ['basedOn', basedOn],
      ['preamble', doc.preamble || null],
      ['mentions', mentions],
    ], true),
  });

  // Headings: the campaigns a heading names apply to every item under it.
  const headingCampaigns = new Map<string, string[]>();
  for (const h of doc.headings) {
    const links = linkText(h.title, year, known);
    headingCampaigns.set(h.number, links.campaigns);
    files.push({
      path: `content/sections/${y}/${h.number.replace(/\./g, '-')}.yaml`,
      text: generatedFile([
        ['program', y],
        ['number', h.number],
        // The page shows the document's own numbering ("I.", "a)") where it is not the number with a dot.
        ['label', h.label !== `${h.number}.` ? h.label : undefined],
        ['title', h.title, `Nguyên văn (${from(h.line)}): ${h.label}`],
      ], false),
    });
  }

  // On --replace, an item keeps the file (and the address) of the one with the same text,
  // or else of the one in the same place; only new items get new names.
  const existing = options.existingItems ?? [];
  const taken = new Set<string>(existing.map((e) => e.id));
  const reused = new Set<string>();
  const byText = new Map(existing.map((e) => [matchKey(e.text), e.id]));
  const sameText = doc.items.map((item) => byText.get(matchKey(item.text)));
  for (const id of sameText) if (id) reused.add(id);
  const ids: string[] = [];
  const items: ReportItem[] = [];
  for (const [index, item] of doc.items.entries()) {
    const proposedTitle = proposeTitle(item.text);
    const samePlace = existing.find((e) => e.order === item.order && !reused.has(e.id) && !doc.items.some((other) => byText.get(matchKey(other.text)) === e.id));
    let id = sameText[index] ?? samePlace?.id;
    if (!id) {
      // The id comes from the proposal, never from an edit: the review's fields name items by it.
      id = slugify(proposedTitle) || `nhiem-vu-${item.order}`;
      for (let n = 2; taken.has(id); n += 1) id = `${slugify(proposedTitle) || `nhiem-vu-${item.order}`}-${n}`;
    }
    const edited = options.titles?.get(id);
    const titleEdited = edited !== undefined && edited !== proposedTitle;
    const title = titleEdited ? edited : proposedTitle;
    reused.add(id);
    taken.add(id);
    ids.push(id);
    const links = linkText(item.text, year, known);
    const inherited = doc.headings.filter((h) => item.section === h.number || item.section.startsWith(`${h.number}.`)).flatMap((h) => headingCampaigns.get(h.number) ?? []);
    const campaigns = [...new Set([...inherited, ...links.campaigns])];
    const everyMonths = cycleMonths(item.text);
    const path = `content/items/${y}/${id}.mdx`;
    files.push({
      path,
      text: generatedFile([
        ['program', y],
        ['section', `${y}/${item.section.replace(/\./g, '-')}`],
        ['order', item.order],
        ['marker', item.marker],
        ['label', item.label],
        ['parent', item.parent !== undefined ? `${y}/${ids[item.parent]}` : undefined],
        ['title', title, titleEdited ? 'Tiêu đề ngắn cán bộ đã sửa khi nhập (trang xem lại); câu chữ nguyên văn ở trường text.' : 'Tiêu đề ngắn đề xuất từ chính câu chữ của nhiệm vụ: kiểm tra lại.'],
        ['text', item.text, `Nguyên văn từ văn bản chương trình (${from(item.lines)}${item.label ? `, ý ${item.label}` : ''}); không sửa câu chữ.`],
        ['campaigns', campaigns],
        ['events', links.events],
        ['documents', links.documents],
        ['everyMonths', everyMonths],
      ], true),
    });
    items.push({ id, proposedTitle, titleEdited, order: item.order, marker: item.marker, ...(item.label ? { label: item.label } : {}), section: item.section, text: item.text, title, line: item.lines[0]!, path, events: links.events, campaigns, documents: links.documents, remarks: links.remarks });
  }

  const linkedIds = (pick: (i: ReportItem) => string[], extra: string[] = []) => [...new Set([...items.flatMap(pick), ...extra])];
  const usedEvents = linkedIds((i) => i.events);
  const usedCampaigns = linkedIds((i) => i.campaigns, doc.headings.flatMap((h) => headingCampaigns.get(h.number) ?? []));
  const usedDocuments = linkedIds((i) => i.documents, [...basedOn, ...mentions]);

  // New entries, with only what the text gives.
  const created: ImportReport['created'] = { events: [], campaigns: [], documents: [] };
  const addNew = <T extends { id: string; title: string; isNew?: boolean }>(entries: T[], used: string[], into: { id: string; title: string }[], folder: string, fields: (x: T) => YamlField[], mdx = false) => {
    for (const x of entries.filter((e) => e.isNew && used.includes(e.id))) {
      into.push({ id: x.id, title: x.title });
      files.push({ path: `content/${folder}/${x.id}.${mdx ? 'mdx' : 'yaml'}`, text: generatedFile(fields(x), mdx) });
    }
  };
  addNew(known.events, usedEvents, created.events, 'events', (e) => [
    ['title', e.title, 'Tên sự kiện theo văn bản chương trình.'], ['kind', e.kind], ['origin', e.origin], ['monthDay', e.monthDay], ['programs', [y]],
  ]);
  addNew(known.campaigns, usedCampaigns, created.campaigns, 'campaigns', (c) => [['title', c.title, 'Tên theo văn bản chương trình.'], ['kind', c.kind]], true);
  addNew(known.documents, usedDocuments, created.documents, 'documents', (d) => [
    ['title', d.title, 'Theo văn bản chương trình; điều văn bản không ghi để null (trang ghi "Chưa rõ").'],
    ['kind', d.kind], ['number', d.number], ['date', d.date], ['issuer', d.issuer], ['subject', d.subject],
  ]);
  const eventsGainingYear = usedEvents.filter((id) => before.events.has(id));
  return {
    files,
    eventsGainingYear,
    report: {
      source, unit, year,
      program: { title: doc.title, number: doc.number, issued: doc.issued, issuer, issuerGuessed, issuerEdited, basis: doc.basis || null, preamble: doc.preamble || null, basedOn, mentions },
      headings: doc.headings.map(({ number, label, title, line }) => ({ number, label, title, line })),
      items,
      linked: {
        events: usedEvents.filter((id) => before.events.has(id)),
        campaigns: usedCampaigns.filter((id) => before.campaigns.has(id)),
        documents: usedDocuments.filter((id) => before.documents.has(id)),
      },
      created,
      eventsGainingYear,
      notImported: doc.notImported,
      notes: doc.notes,
      ending: doc.ending,
    },
  };
}
