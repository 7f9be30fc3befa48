/**
 * What an item's text refers to: anniversaries ("90 năm Ngày thành lập … (03/2/1930 -
 * 03/2/2020)"), dated days ("(18/11)"), campaigns in quotes after "cuộc vận động",
 * "phong trào", "chương trình", and cited documents ("Thông báo số 336-TB/TU ngày
 * 11/11/2019 của …"). Each is linked to an existing entry (matched by folded keys:
 * diacritics, tone placement, spacing and case do not matter) or created once with
 * only what the text gives.
 */
import { isValidCivilDate, toIsoDate, type IsoDate } from '../dates';
import { slugify } from '../slug';
import { cleanText } from '../text';
import { findName, foldWithPositions, matchKey, numberKey } from './fold';

export interface KnownEvent {
  id: string;
  title: string;
  kind: 'anniversary' | 'yearly' | 'range' | 'single' | 'yearly-range' | 'lunar';
  origin?: IsoDate;
  monthDay?: string;
  start?: IsoDate;
  end?: IsoDate;
  date?: IsoDate;
  isNew?: boolean;
}
export interface KnownCampaign {
  id: string;
  title: string;
  kind: 'cuoc-van-dong' | 'phong-trao-thi-dua' | 'chuong-trinh';
  aliases: string[];
  events: string[];
  isNew?: boolean;
}
export interface KnownDocument {
  id: string;
  title: string;
  kind: string;
  number: string | null;
  date: IsoDate | null;
  issuer: string | null;
  subject: string | null;
  isNew?: boolean;
}

/** The entries already in content/, plus the ones this import creates (so nothing is created twice). */
export interface KnownEntries {
  events: KnownEvent[];
  campaigns: KnownCampaign[];
  documents: KnownDocument[];
}

export interface Links {
  events: string[];
  campaigns: string[];
  documents: string[];
  /** Remarks for the report ("90 năm" does not match the dates, …). */
  remarks: string[];
}

type Found = { id: string; at: number };
const ordered = (found: Found[]) => [...new Map(found.sort((a, b) => a.at - b.at).map((f) => [f.id, f])).keys()];

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || 'muc';
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

function civil(d: string, m: string, y: string): IsoDate | null {
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  return isValidCivilDate(date) ? toIsoDate(date) : null;
}

const monthDayOf = (e: KnownEvent) => (e.kind === 'yearly' ? e.monthDay : e.kind === 'anniversary' ? e.origin?.slice(5) : undefined);

/** Whether an event belongs in a program of `year`: yearly ones always, dated ones only in that year. */
/** Every recurring kind comes round each year; a dated one only in its own year. */
const fitsYear = (e: KnownEvent, year: number) =>
  e.kind === 'anniversary' || e.kind === 'yearly' || e.kind === 'yearly-range' || e.kind === 'lunar' || (e.kind === 'single' ? e.date?.startsWith(`${year}-`) : (e.start ?? '') <= `${year}-12-31` && (e.end ?? '') >= `${year}-01-01`);

const ANNIVERSARY = /(\d{1,3})\s+năm\s+([^();:]+?)\s*\(\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*[-–—]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)/giu;
const DAY_MARK = /\(\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\)/gu;

export function linkEvents(text: string, year: number, known: KnownEntries, remarks: string[]): Found[] {
  const found: Found[] = [];
  const folded = foldWithPositions(text);
  const taken = new Set(known.events.map((e) => e.id));
  for (const m of text.matchAll(ANNIVERSARY)) {
    const origin = civil(m[3]!, m[4]!, m[5]!);
    const name = cleanText(m[2]!).replace(/^(kỷ niệm|chào mừng)\s+/iu, '');
    if (!origin) {
      remarks.push(`ngày "${m[3]}/${m[4]}/${m[5]}" không có trên lịch: không tạo sự kiện "${name}"`);
      continue;
    }
    const n = Number(m[1]);
    if (Number(m[8]) - Number(m[5]) !== n) remarks.push(`"${m[0]}": ${m[1]} năm không khớp với hai mốc ${m[5]}–${m[8]}; số năm trên trang được tính từ ngày gốc ${m[3]}/${m[4]}/${m[5]}`);
    let event = known.events.find((e) => e.kind === 'anniversary' && e.origin === origin);
    if (!event) {
      event = { id: uniqueId(slugify(name), taken), title: name, kind: 'anniversary', origin, isNew: true };
      taken.add(event.id);
      known.events.push(event);
    }
    found.push({ id: event.id, at: m.index! + m[0].indexOf(m[2]!) });
  }
  for (const e of known.events) {
    if (!fitsYear(e, year)) continue;
    const at = findName(folded, e.title);
    if (at >= 0) found.push({ id: e.id, at });
  }
  for (const m of text.matchAll(DAY_MARK)) {
    const day = civil(m[1]!, m[2]!, '2000');
    if (!day) continue;
    const md = day.slice(5);
    const before = text.slice(Math.max(0, m.index! - 120), m.index!);
    const near = foldWithPositions(before);
    const named = known.events.filter((e) => monthDayOf(e) === md && findName(near, e.title) >= 0);
    if (named.length > 0) {
      for (const e of named) found.push({ id: e.id, at: m.index! - before.length + findName(near, e.title) });
      continue;
    }
    // A day with no known event: a yearly event named from the last "Ngày …" before it.
    const nameAt = before.lastIndexOf('Ngày ');
    if (nameAt < 0 || /[;:.]/.test(before.slice(nameAt))) {
      remarks.push(`ngày (${m[1]}/${m[2]}) không rõ là của sự kiện nào: chưa nối với sự kiện`);
      continue;
    }
    const name = cleanText(before.slice(nameAt));
    let event = known.events.find((e) => e.kind === 'yearly' && e.monthDay === md && matchKey(e.title) === matchKey(name));
    if (!event) {
      event = { id: uniqueId(slugify(name), taken), title: name, kind: 'yearly', monthDay: md, isNew: true };
      taken.add(event.id);
      known.events.push(event);
    }
    found.push({ id: event.id, at: m.index! - before.length + nameAt });
  }
  return found;
}

const CAMPAIGN = /(?<![\p{L}\d])(cuộc vận động|phong trào thi đua|phong trào|chương trình)\s+[“"]([^”"]+)[”"]/giu;
const CAMPAIGN_KINDS: Record<string, KnownCampaign['kind']> = {
  'cuoc van dong': 'cuoc-van-dong',
  'phong trao thi dua': 'phong-trao-thi-dua',
  'phong trao': 'phong-trao-thi-dua',
  'chuong trinh': 'chuong-trinh',
};

export function linkCampaigns(text: string, known: KnownEntries, year: number): { campaigns: Found[]; events: Found[] } {
  const campaigns: Found[] = [];
  const events: Found[] = [];
  const taken = new Set(known.campaigns.map((c) => c.id));
  for (const m of text.matchAll(CAMPAIGN)) {
    const name = cleanText(m[2]!);
    const key = matchKey(name);
    let campaign = known.campaigns.find((c) => matchKey(c.title) === key || c.aliases.some((a) => matchKey(a) === key));
    if (!campaign) {
      campaign = { id: uniqueId(slugify(name), taken), title: name, kind: CAMPAIGN_KINDS[matchKey(m[1]!)]!, aliases: [], events: [], isNew: true };
      taken.add(campaign.id);
      known.campaigns.push(campaign);
    }
    campaigns.push({ id: campaign.id, at: m.index! });
  }
  // Another name of a campaign (e.g. "Tháng cao điểm vì người nghèo"): the campaign and its events.
  const folded = foldWithPositions(text);
  for (const c of known.campaigns) {
    for (const alias of c.aliases) {
      const at = findName(folded, alias);
      if (at < 0) continue;
      campaigns.push({ id: c.id, at });
      for (const id of c.events) {
        const e = known.events.find((x) => x.id === id);
        if (e && fitsYear(e, year)) events.push({ id, at });
      }
    }
  }
  return { campaigns, events };
}

const DOC_KINDS = [
  'Nghị quyết liên tịch', 'Chương trình phối hợp', 'Thông tư liên tịch', 'Nghị quyết', 'Thông báo', 'Quy định', 'Chỉ thị', 'Kết luận',
  'Quyết định', 'Kế hoạch', 'Hướng dẫn', 'Công văn', 'Thông tư', 'Nghị định', 'Thông tri', 'Quy chế', 'Đề án', 'Chương trình', 'Luật', 'Báo cáo',
];
const NUM = String.raw`\d+[\p{L}\d]*(?:\s*[/\-–.]\s*[\p{L}\d]+)*`;
const CITED = new RegExp(String.raw`(?<![\p{L}\d])(${DOC_KINDS.join('|')})\s+(số\s+)?(${NUM})`, 'giu');
const MORE_NUMBERS = new RegExp(String.raw`^\s*(?:,|và)\s*số\s+(${NUM})`, 'iu');
const DATE_AFTER = /^\s*,?\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const ISSUER_AFTER = /^\s*(?:của|do)\s+(.+?)(?=\s+(?:về|quyết nghị|quy định|hướng dẫn|ban hành)(?![\p{L}])|\s*[;:,.](?:\s|$)|\s*$)/iu;
const SUBJECT_AFTER = /^\s*((?:về|quyết nghị)\s.+?)(?=\s*;|\.(?:\s|$)|\s*$)/iu;
const QUOTED_PLAN = /(?<![\p{L}\d])(đề án)\s+[“"]([^”"]+)[”"]/giu;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function linkDocuments(text: string, known: KnownEntries): { found: Found[]; remarks: string[] } {
  const found: Found[] = [];
  const remarks: string[] = [];
  const covered: [number, number][] = [];
  const taken = new Set(known.documents.map((d) => d.id));
  const add = (doc: KnownDocument, at: number, end: number) => {
    found.push({ id: doc.id, at });
    covered.push([at, end]);
  };
  for (const m of text.matchAll(CITED)) {
    const kind = upperFirst(cleanText(m[1]!));
    const withWord = Boolean(m[2]);
    const numbers = [cleanText(m[3]!)];
    // Without "số", only a number with a sign ("88/NQLT/…") is a document number, not "năm 2020".
    if (!withWord && !/[/\-–]/.test(numbers[0]!)) continue;
    let end = m.index! + m[0].length;
    for (let more = MORE_NUMBERS.exec(text.slice(end)); more; more = MORE_NUMBERS.exec(text.slice(end))) {
      numbers.push(cleanText(more[1]!));
      end += more[0].length;
    }
    const date = DATE_AFTER.exec(text.slice(end));
    let issued: IsoDate | null = null;
    if (date) {
      issued = date[1] ? civil(date[1], date[2]!, date[3]!) : civil(date[4]!, date[5]!, date[6]!);
      end += date[0].length;
    }
    const issuer = ISSUER_AFTER.exec(text.slice(end));
    if (issuer) end += issuer[0].length;
    const subject = SUBJECT_AFTER.exec(text.slice(end));
    for (const number of numbers) {
      const key = numberKey(number);
      const short = !/[/\-–]/.test(number);
      let doc = known.documents.find((d) => d.number && numberKey(d.number) === key && (!short || matchKey(d.kind).startsWith(matchKey(kind))));
      if (!doc) {
        const title = `${kind} ${withWord ? 'số ' : ''}${number}`;
        doc = {
          id: uniqueId(slugify(title), taken), title, kind, number, date: numbers.length === 1 ? issued : null,
          issuer: issuer ? cleanText(issuer[1]!) : null, subject: subject && numbers.length === 1 ? cleanText(subject[1]!) : null, isNew: true,
        };
        taken.add(doc.id);
        known.documents.push(doc);
      }
      add(doc, m.index!, end);
    }
  }
  const folded = foldWithPositions(text);
  for (const doc of known.documents) {
    const at = findName(folded, doc.title);
    if (at >= 0) add(doc, at, at + doc.title.length);
  }
  // A document without a number is often named by its kind and the body that issued it
  // ("Nghị quyết … Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX"): linked when
  // both are in one clause, the issuer is a long name (not "Chính phủ"), and flagged.
  for (const doc of known.documents) {
    if (doc.number || !doc.issuer || matchKey(doc.issuer).split(' ').length < 5 || found.some((f) => f.id === doc.id)) continue;
    const at = findName(folded, doc.issuer);
    if (at < 0) continue;
    const clause = text.slice(Math.max(0, at - 150), at).split(/[;]|\.\s/u).at(-1)!;
    if (findName(foldWithPositions(clause), doc.kind) < 0) continue;
    add(doc, at, at + doc.issuer.length);
    remarks.push(`nối với văn bản "${doc.title}" vì có "${doc.kind}" và tên cơ quan ban hành trong cùng một câu: kiểm tra`);
  }
  for (const m of text.matchAll(QUOTED_PLAN)) {
    if (covered.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    const subject = cleanText(m[2]!);
    let doc = known.documents.find((d) => d.subject && matchKey(d.subject) === matchKey(subject));
    if (!doc) {
      const title = `Đề án “${subject}”`;
      doc = { id: uniqueId(slugify(title), taken), title, kind: 'Đề án', number: null, date: null, issuer: null, subject, isNew: true };
      taken.add(doc.id);
      known.documents.push(doc);
    }
    add(doc, m.index!, m.index! + m[0].length);
  }
  return { found, remarks };
}

/** Every reference of one text, in the order the text names them. */
export function linkText(text: string, year: number, known: KnownEntries): Links {
  const remarks: string[] = [];
  const events = linkEvents(text, year, known, remarks);
  const campaigns = linkCampaigns(text, known, year);
  const documents = linkDocuments(text, known);
  return {
    events: ordered([...events, ...campaigns.events]),
    campaigns: ordered(campaigns.campaigns),
    documents: ordered(documents.found),
    remarks: [...remarks, ...documents.remarks],
  };
}

/** "định kỳ 3 tháng một lần": the cycle in months, when the text gives one. */
export function cycleMonths(text: string): number | undefined {
  const m = /định kỳ\s+(\d{1,2})\s+tháng\s+(?:một|1)\s+lần/iu.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 12 ? n : undefined;
}
