/**
 * The structure of a Vietnamese administrative document (the layout of Nghị định
 * 30/2020/NĐ-CP): header block, title, basis ("Căn cứ …"), preamble, numbered
 * headings, items, and the end block ("Nơi nhận", signature), which is not
 * program content. Text is never reworded: only NFC and white space are
 * normalised (cleanText). Every non-empty line ends up somewhere, or in
 * `notImported` with its line number and why.
 */
import { cleanText } from '../text';
import { isValidCivilDate, toIsoDate, type IsoDate } from '../dates';
import { matchKey } from './fold';

/** One line of a text file, or one paragraph of a Word document. */
export interface SourceLine {
  /** 1-based line (text) or paragraph (Word) number. */
  n: number;
  text: string;
  /** Word's automatic numbering or bullets, when the paragraph has them. */
  list?: { ordered: boolean; level: number };
}

export interface ParsedHeading {
  /** "1", "2.1" (Roman numerals and letters become numbers: II → 2, b) → .2). */
  number: string;
  /** The label as the document writes it ("II.", "2.1.", "a)"). */
  label: string;
  title: string;
  line: number;
}

export interface ParsedItem {
  order: number;
  marker: '-' | '+';
  text: string;
  lines: number[];
  section: string;
  /** Index (in `items`) of the "-" item a "+" item belongs to. */
  parent?: number;
  /** The label the document gives the item when it is not a dash ("a)"). */
  label?: string;
}

export interface LineNote {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedDocument {
  issuerLines: string[];
  number: string | null;
  place: string | null;
  issued: IsoDate | null;
  /** The date line as written ("Long Khánh, ngày 15 tháng 01 năm 2022"). */
  dateText: string | null;
  title: string;
  titleLines: number[];
  basis: string;
  preamble: string;
  headings: ParsedHeading[];
  items: ParsedItem[];
  notImported: LineNote[];
  /** Notes on how a line was read (a "+" without a "-" above it …), for staff to check. */
  notes: LineNote[];
  /** The end block (Nơi nhận, signature): first and last line, left out on purpose. */
  ending: { from: number; to: number } | null;
}

const ROMAN = /^([IVXLC]+)\s*[.)/]\s*(\S.*)$/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)(\.|\))?\s*(\S.*)$/;
const LETTER = /^([a-zđ])\s*\)\s*(\S.*)$/;
const BULLET = /^([-–—•*·▪●◦○■□➢>+])\s*(\S.*)$/u;
const DATE_LINE = /^(?:(.*?),\s*)?ngày\s+(\S+)\s+tháng\s+(\S+)\s+năm\s+(\d{4})\s*$/iu;
const NUMBER_LINE = /^Số\s*[:.]?\s*(\S.*)$/u;
/** Lines that end a sentence or a list lead-in: after them an unmarked line is not a continuation. */
const ENDS_SENTENCE = /[.;:!?]["”’)]?$|\.\/\.$/u;

export function romanValue(text: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const v = values[text[i]!]!;
    const next = values[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  // Only canonical numerals (IIII, VX … are not headings).
  const back = toRoman(total);
  return back === text ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

const isUpper = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
const isEnding = (text: string) => {
  const key = matchKey(text);
  return key.startsWith('noi nhan') || /^(TM|KT|TL|TUQ|Q)\.\s*\S/u.test(text);
};

/** "ngày 15 tháng 01 năm 2022" → 2022-01-15; blanks ("ngày … tháng …") → null. */
function dateFromWords(day: string, month: string, year: string): IsoDate | null {
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  return /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && isValidCivilDate(date) ? toIsoDate(date) : null;
}

type Kind =
  | { kind: 'heading'; level: 'roman' | 'arabic' | 'word'; parts: number[]; label: string; text: string }
  | { kind: 'letter'; index: number; label: string; text: string }
  | { kind: 'item'; marker: '-' | '+'; text: string }
  | { kind: 'plain'; text: string };

function classify(line: SourceLine, wordCounters: number[]): Kind {
  const text = cleanText(line.text);
  if (line.list) {
    // Word numbering: mammoth gives whether a list is ordered and its level, not
    // the number's format, so ordered levels 0 and 1 are headings (1., 1.1.), deeper
    // ordered levels are items; bullets are items, "+" from the second level down.
    const { ordered, level } = line.list;
    if (ordered && level <= 1) {
      wordCounters.length = level + 1;
      wordCounters[level] = (wordCounters[level] ?? 0) + 1;
      for (let i = 0; i < level; i += 1) wordCounters[i] ??= 1;
      return { kind: 'heading', level: 'word', parts: [...wordCounters], label: `${wordCounters.join('.')}.`, text };
    }
    const bullet = BULLET.exec(text);
    return { kind: 'item', marker: level >= 1 && !ordered ? '+' : '-', text: bullet && !ordered ? bullet[2]! : text };
  }
  const roman = ROMAN.exec(text);
  if (roman && romanValue(roman[1]!) !== null) {
    return { kind: 'heading', level: 'roman', parts: [romanValue(roman[1]!)!], label: text.slice(0, text.length - roman[2]!.length).replace(/\s+/g, ''), text: roman[2]! };
  }
  const arabic = ARABIC.exec(text);
  if (arabic && (arabic[2] || arabic[1]!.includes('.'))) {
    return { kind: 'heading', level: 'arabic', parts: arabic[1]!.split('.').map(Number), label: `${arabic[1]}${arabic[2] ?? ''}`, text: arabic[3]! };
  }
  const letter = LETTER.exec(text);
  if (letter) {
    return { kind: 'letter', index: 'abcdđefghijklmnopqrstuvwxyz'.replace('đ', '').indexOf(letter[1]!) + 1 || 1, label: text.slice(0, text.length - letter[2]!.length).replace(/\s+/g, ''), text: letter[2]! };
  }
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'item', marker: bullet[1] === '+' ? '+' : '-', text: bullet[2]! };
  return { kind: 'plain', text };
}

export class DocumentError extends Error {}

/** Reads the structure of a program document. Throws DocumentError (Vietnamese) when there is no program in it. */
export function parseProgramDocument(source: SourceLine[], unit = 'dòng'): ParsedDocument {
  const lines = source.map((l) => ({ ...l, text: cleanText(l.text) })).filter((l) => l.text !== '');
  const doc: ParsedDocument = {
    issuerLines: [], number: null, place: null, issued: null, dateText: null, title: '', titleLines: [],
    basis: '', preamble: '', headings: [], items: [], notImported: [], notes: [], ending: null,
  };
  if (lines.length === 0) throw new DocumentError('tệp không có chữ nào');

  const endAt = lines.findIndex((l) => isEnding(l.text));
  const body = endAt < 0 ? lines : lines.slice(0, endAt);
  if (endAt >= 0) doc.ending = { from: lines[endAt]!.n, to: lines[lines.length - 1]!.n };

  // 1. Header block and title: the title is the first upper-case line naming the
  // kind of document, or, failing that, the first upper-case line that is not a header line.
  let i = 0;
  const header: typeof body = [];
  const isHeaderLine = (text: string) => {
    const key = matchKey(text);
    return key === 'cong hoa xa hoi chu nghia viet nam' || key === 'doc lap tu do hanh phuc' || NUMBER_LINE.test(text) || DATE_LINE.test(text) || /^[\s_\-–—=*.]+$/.test(text);
  };
  const titleAt = body.findIndex((l) => isUpper(l.text) && /^(chuong trinh|ke hoach)\b/.test(matchKey(l.text)));
  const firstBody = body.findIndex((l) => /^can cu\b/.test(matchKey(l.text)) || classify(l, []).kind === 'heading');
  let start = titleAt >= 0 && (firstBody < 0 || titleAt < firstBody) ? titleAt : -1;
  if (start < 0) {
    // No "CHƯƠNG TRÌNH …" line: the first upper-case line after the header lines.
    const limit = firstBody < 0 ? body.length : firstBody;
    for (let j = 0; j < limit; j += 1) {
      if (isUpper(body[j]!.text) && !isHeaderLine(body[j]!.text) && j > 0 && isHeaderLine(body[j - 1]!.text)) { start = j; break; }
    }
  }
  if (start < 0) throw new DocumentError('không tìm thấy tiêu đề văn bản (dòng chữ in hoa, ví dụ "CHƯƠNG TRÌNH PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG …")');
  header.push(...body.slice(0, start));
  for (const line of header) {
    const number = NUMBER_LINE.exec(line.text);
    const date = DATE_LINE.exec(line.text);
    const key = matchKey(line.text);
    if (number) doc.number = number[1]!;
    else if (date) {
      doc.place = date[1] ?? null;
      doc.issued = dateFromWords(date[2]!, date[3]!, date[4]!);
      doc.dateText = line.text;
      if (!doc.issued) doc.notes.push({ line: line.n, text: line.text, reason: 'ngày ban hành chưa điền đủ: để trống (trang ghi "Chưa rõ")' });
    } else if (key === 'cong hoa xa hoi chu nghia viet nam' || key === 'doc lap tu do hanh phuc' || key === '') continue;
    else if (isUpper(line.text)) doc.issuerLines.push(line.text);
    else doc.notImported.push({ line: line.n, text: line.text, reason: 'ở phần đầu văn bản (trước tiêu đề) nhưng không phải cơ quan ban hành, số hay ngày tháng' });
  }
  i = start;
  const title: string[] = [];
  while (i < body.length && isUpper(body[i]!.text) && classify(body[i]!, []).kind !== 'heading') {
    title.push(body[i]!.text);
    doc.titleLines.push(body[i]!.n);
    i += 1;
  }
  // Nghị định 30/2020/NĐ-CP sets the title in two parts: the kind in capitals ("CHƯƠNG TRÌNH"), then its
  // subject (trích yếu) on a line or two in ordinary letters. A title without its year takes them;
  // the basis, a heading or a sentence (long, or ending in ".", ":" or ";") is not a subject line.
  const isRule = (text: string) => !/[\p{L}\p{N}]/u.test(text);
  if (!/(?<!\d)(19|20)\d\d(?!\d)/.test(title.join(' '))) {
    for (let taken = 0; taken < 2 && i < body.length; taken += 1) {
      const line = body[i]!;
      const text = line.text.trim();
      if (isRule(text) || /^can cu\b/.test(matchKey(text)) || classify(line, []).kind === 'heading' || text.length > 160 || /[.:;]$/.test(text)) break;
      title.push(line.text);
      doc.titleLines.push(line.n);
      i += 1;
    }
  }
  doc.title = cleanText(title.join(' '));
  // A rule drawn under the title is decoration: no words to import.
  while (i < body.length && isRule(body[i]!.text)) i += 1;

  // 2. Basis and preamble: everything before the first heading.
  const basis: string[] = [];
  const preamble: string[] = [];
  const counters: number[] = [];
  for (; i < body.length; i += 1) {
    const line = body[i]!;
    if (classify(line, [...counters]).kind === 'heading') break;
    if (/^can cu\b/.test(matchKey(line.text)) && preamble.length === 0) basis.push(line.text);
    else preamble.push(line.text);
  }
  doc.basis = cleanText(basis.join(' '));
  doc.preamble = cleanText(preamble.join(' '));

  // 3. Headings and items.
  let roman = 0;
  type Last = { kind: 'heading'; heading: ParsedHeading } | { kind: 'item'; item: ParsedItem };
  // lastTop: the last heading not made from a letter; lastDash: the "-" item "+" items belong to.
  const state: { current: ParsedHeading | null; lastTop: ParsedHeading | null; lastDash?: number; last: Last | null } = { current: null, lastTop: null, last: null };
  const numbers = new Set<string>();
  const addHeading = (number: string, label: string, text: string, n: number) => {
    if (numbers.has(number)) {
      doc.notImported.push({ line: n, text: `${label} ${text}`, reason: `số mục ${number} đã có ở trên; sửa số mục trong văn bản` });
      return;
    }
    numbers.add(number);
    const heading = { number, label, title: text, line: n };
    doc.headings.push(heading);
    state.current = heading;
    state.lastDash = undefined;
    state.last = { kind: 'heading', heading };
  };
  const addItem = (marker: '-' | '+', text: string, n: number, label?: string) => {
    if (!state.current) return;
    let parent: number | undefined;
    if (marker === '+') {
      if (state.lastDash === undefined) {
        doc.notes.push({ line: n, text, reason: 'ý "+" không có nhiệm vụ "-" nào ở trên trong cùng mục: nhập thành nhiệm vụ "-"' });
        marker = '-';
      } else parent = state.lastDash;
    }
    const item: ParsedItem = { order: doc.items.length + 1, marker, text, lines: [n], section: state.current.number, ...(parent !== undefined ? { parent } : {}), ...(label ? { label } : {}) };
    doc.items.push(item);
    if (marker === '-') state.lastDash = doc.items.length - 1;
    state.last = { kind: 'item', item };
  };
  for (; i < body.length; i += 1) {
    const line = body[i]!;
    const c = classify(line, counters);
    if (c.kind === 'heading') {
      let parts = c.parts;
      if (c.level === 'roman') roman = parts[0]!;
      else if (roman > 0) parts = [roman, ...parts];
      addHeading(parts.join('.'), c.label, c.text, line.n);
      state.lastTop = state.current;
    } else if (c.kind === 'letter') {
      // "a) …" followed by dash items is a sub-heading; on its own it is an item.
      const next = body[i + 1];
      const nextKind = next ? classify(next, [...counters]).kind : null;
      if (nextKind === 'item' && state.lastTop) addHeading(`${state.lastTop.number}.${c.index}`, c.label, c.text, line.n);
      else if (state.current) addItem('-', c.text, line.n, c.label);
      else doc.notImported.push({ line: line.n, text: line.text, reason: 'ý a), b) đứng trước mọi đề mục' });
    } else if (c.kind === 'item') {
      addItem(c.marker, c.text, line.n);
    } else {
      const previous = state.last;
      // A heading in capitals does not go on in ordinary letters: that line is a paragraph under it.
      const underCapitals = previous?.kind === 'heading' && isUpper(previous.heading.title) && !isUpper(c.text);
      const open = previous && !underCapitals && !ENDS_SENTENCE.test(previous.kind === 'item' ? previous.item.text : previous.heading.title);
      if (previous && open) {
        // A paragraph split across lines: joined to the line above.
        if (previous.kind === 'item') {
          previous.item.text = cleanText(`${previous.item.text} ${c.text}`);
          previous.item.lines.push(line.n);
        } else previous.heading.title = cleanText(`${previous.heading.title} ${c.text}`);
      } else if (underCapitals) {
        doc.notImported.push({
          line: line.n,
          text: line.text,
          reason: 'đoạn không có dấu đầu dòng (-, +) ngay dưới đề mục in hoa: nếu là nhiệm vụ, thêm "- " ở đầu rồi nhập lại',
        });
      } else {
        doc.notImported.push({
          line: line.n,
          text: line.text,
          reason: 'đoạn không có dấu đầu dòng (-, +) hay số mục, sau một câu đã kết thúc: nếu là nhiệm vụ, thêm "- " ở đầu; nếu là phần tiếp của đoạn trên, nối vào đoạn đó',
        });
      }
    }
  }
  if (doc.headings.length === 0) throw new DocumentError(`không tìm thấy đề mục đánh số nào (1., 2.1., I., a)); văn bản có ${lines.length} ${unit} chữ nhưng không có mục nào`);
  if (!doc.basis) doc.notes.push({ line: lines[0]!.n, text: '', reason: 'không thấy đoạn "Căn cứ …" trước mục đầu tiên' });
  return doc;
}
