/**
 * Short titles (and a guessed issuer) that staff correct on the import's review
 * page before saving the draft (issue 19). They are staff input, so data only:
 * one line of printable text, NFC, spaces folded, at most TITLE_MAX characters.
 * Empty means "keep the proposal". The item's verbatim text is never touched:
 * an edit names an item by the id the import gave it, and only its `title`
 * changes.
 */
import { cleanText } from '../text';

/** Longer than any proposal (90) with room to spare; a title is a heading, not a paragraph. */
export const TITLE_MAX = 150;
/** The name the issuer's field takes among the problems (item ids are slugs, so it cannot clash). */
export const ISSUER_FIELD = 'co-quan-ban-hanh';

export interface TitleEdits {
  /** Item id (its file name under content/items/<year>/) → the title staff wrote. */
  titles?: Readonly<Record<string, string>>;
  issuer?: string;
}

export interface FieldProblem {
  /** An item id, or ISSUER_FIELD. */
  field: string;
  message: string;
}

const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/u;
// Control, format (bidi overrides, zero-width), lone surrogates, private use: nothing a title shows.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;

/** One value as staff typed it: the cleaned text ('' = keep the proposal), or what is wrong with it (Vietnamese). */
export function cleanStaffLine(raw: string): { value: string } | { problem: string } {
  if (LINE_BREAK.test(raw)) return { problem: 'có xuống dòng: viết trên một dòng' };
  const bad = UNPRINTABLE.exec(raw.normalize('NFC'));
  if (bad) return { problem: `có ký tự không in được (mã U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, thường do chép từ nơi khác): xóa ô rồi gõ lại` };
  const value = cleanText(raw);
  const length = [...value].length;
  if (length > TITLE_MAX) return { problem: `dài ${length} ký tự, tối đa ${TITLE_MAX}: rút ngắn lại` };
  return { value };
}

export interface CleanEdits {
  /** Only the titles that say something; an empty one keeps the proposal. */
  titles: Map<string, string>;
  issuer: string | null;
  /** Problems with the values themselves, by field (the caller names the item). */
  problems: { field: string; problem: string }[];
}

export function cleanTitleEdits(edits: TitleEdits): CleanEdits {
  const out: CleanEdits = { titles: new Map(), issuer: null, problems: [] };
  for (const [id, raw] of Object.entries(edits.titles ?? {})) {
    const clean = cleanStaffLine(raw);
    if ('problem' in clean) out.problems.push({ field: id, problem: clean.problem });
    else if (clean.value !== '') out.titles.set(id, clean.value);
  }
  if (edits.issuer !== undefined) {
    const clean = cleanStaffLine(edits.issuer);
    if ('problem' in clean) out.problems.push({ field: ISSUER_FIELD, problem: clean.problem });
    else if (clean.value !== '') out.issuer = clean.value;
  }
  return out;
}

/** What the import knows of an item, to name it in a message. */
export interface NamedItem {
  id: string;
  order: number;
  line: number;
  text: string;
  path: string;
}

const opening = (text: string) => {
  const words = text.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text;
};

/**
 * Every problem of the edits against the items the import wrote, in Vietnamese, each naming the
 * item (its place in the document, its first words, its file): bad values, ids the import did not
 * write, an issuer edit where the document gives its issuer, and edits of files kept as edited by hand.
 */
export function titleEditProblems(
  clean: CleanEdits,
  context: { items: NamedItem[]; unit: string; issuerGuessed: boolean; keptByHand: ReadonlySet<string> },
): FieldProblem[] {
  const byId = new Map(context.items.map((i) => [i.id, i]));
  const name = (i: NamedItem) => `Tiêu đề ngắn của nhiệm vụ thứ ${i.order} (${context.unit} ${i.line}: “${opening(i.text)}”)`;
  const out: FieldProblem[] = [];
  for (const { field, problem } of clean.problems) {
    const item = byId.get(field);
    if (field === ISSUER_FIELD) out.push({ field, message: `Cơ quan ban hành ${problem}.` });
    else if (item) out.push({ field, message: `${name(item)} ${problem}.` });
  }
  const named = [...clean.problems.map((p) => p.field), ...clean.titles.keys()];
  for (const id of new Set(named.filter((f) => f !== ISSUER_FIELD && !byId.has(f)))) {
    out.push({ field: id, message: `Không có nhiệm vụ mã “${id}” trong văn bản vừa nhập, nên không sửa được tiêu đề của nó. Bấm “Xem trước” lại rồi sửa tiêu đề trên trang xem lại mới.` });
  }
  if (clean.issuer !== null && !context.issuerGuessed) {
    out.push({ field: ISSUER_FIELD, message: 'Cơ quan ban hành lấy nguyên văn từ phần đầu văn bản, không sửa ở đây được. Nếu văn bản ghi sai, sửa văn bản Word rồi nhập lại.' });
  }
  for (const id of clean.titles.keys()) {
    const item = byId.get(id);
    if (item && context.keptByHand.has(item.path)) {
      out.push({ field: id, message: `${name(item)}: tệp ${item.path} đã được sửa tay sau lần nhập trước nên được giữ nguyên; tiêu đề sửa ở đây không áp dụng được. Sửa trường title trong tệp đó.` });
    }
  }
  return out;
}
