/**
 * Dates and months typed into the search box: "18/11", "2/9", "02-09-2027",
 * "19.5", "ngày 19 tháng 5", "thang 11", "tháng 11 năm 2027", "11/2027".
 * Read on the folded query (marks optional).
 */
import { isValidCivilDate, toIsoDate, type IsoDate } from '../dates';
import { occurrencesInMonth, occurrencesOnDay, type Occurrence } from '../occurrences';

export interface DateQuery {
  /** 1–31, absent for a whole month. */
  day?: number;
  month: number;
  year?: number;
  /** The words of the query that are the date, as typed. */
  text: string;
}

const SEP = '[/.-]';
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<DateQuery, 'text'> }[] = [
  // ngày 19 tháng 5 (năm 2027)
  { re: /(?:^|\s)(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+(?:nam\s+)?(\d{4}))?(?=\s|$)/u, read: (m) => ({ day: +m[1]!, month: +m[2]!, year: m[3] ? +m[3] : undefined }) },
  // (ngày) 18/11, 02-09-2027
  { re: new RegExp(`(?:^|\\s)(?:ngay\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?(?=\\s|$)`, 'u'), read: (m) => ({ day: +m[1]!, month: +m[2]!, year: m[3] ? +m[3] : undefined }) },
  // tháng 11 (năm) (2027), tháng 11/2027
  { re: new RegExp(`(?:^|\\s)thang\\s+(\\d{1,2})(?:(?:\\s+(?:nam\\s+)?|${SEP})(\\d{4}))?(?=\\s|$)`, 'u'), read: (m) => ({ month: +m[1]!, year: m[2] ? +m[2] : undefined }) },
  // 11/2027
  { re: new RegExp(`(?:^|\\s)(\\d{1,2})${SEP}(\\d{4})(?=\\s|$)`, 'u'), read: (m) => ({ month: +m[1]!, year: +m[2]! }) },
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

/**
 * The date or month in a query, with the rest of the query; null when there
 * is none or it is not a real day ("31/2", "13/13"). A day without a year is
 * valid when it exists in some year (29/2).
 * @example parseDateQuery('ngay 2/9 la ngay gi') // { date: { day: 2, month: 9, text: 'ngay 2/9' }, rest: 'la ngay gi' }
 */
export function parseDateQuery(query: string): { date: DateQuery; rest: string } | null {
  const typed = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Folding keeps length for these letters, so positions map back to what was typed.
  const folded = fold(typed);
  if (folded.length !== typed.length) return null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(folded);
    if (!m) continue;
    const d = read(m);
    if (d.month < 1 || d.month > 12) return null;
    if (d.year !== undefined && (d.year < 1000 || d.year > 9999)) return null;
    if (d.day !== undefined && !isValidCivilDate({ year: d.year ?? 2024, month: d.month, day: d.day })) return null;
    const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
    const end = m.index + m[0].length;
    const date: DateQuery = { ...d, text: typed.slice(start, end) };
    if (date.day === undefined) delete date.day;
    if (date.year === undefined) delete date.year;
    return { date, rest: `${typed.slice(0, start)} ${typed.slice(end)}`.replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/** How the page names the date: "18/11", "18/11/2027", "tháng 11", "tháng 11/2027". */
export function dateLabel(d: DateQuery): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (d.day === undefined) return `tháng ${d.month}${d.year ? `/${d.year}` : ''}`;
  return `${two(d.day)}/${two(d.month)}${d.year ? `/${d.year}` : ''}`;
}

/** An event day as the dictionary lists it (src/lib/search/dictionary.ts). */
export interface DatedEvent {
  slug: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  url: string;
}

/** One event found for a date: its page and the occurrences that fall on the day or in the month. */
export interface EventForDate {
  slug: string;
  url: string;
  occurrences: { title: string; start: IsoDate; end: IsoDate }[];
}

// The search only filters by date: whether a day is a holiday plays no part in it.
const asOccurrence = (e: DatedEvent): Occurrence & { url: string } => ({ ...e, anniversary: null, round: false, holiday: false });

/**
 * The events on a day or in a month, in the given years (the published
 * years, or the one typed), through the calendar's own filters
 * (`occurrencesOnDay`, `occurrencesInMonth`). Events that begin on the day
 * come before periods that only include it; then by date.
 */
export function eventsForDate(d: DateQuery, events: DatedEvent[], years: number[]): EventForDate[] {
  const occ = events.map(asOccurrence);
  const inYears = d.year !== undefined ? [d.year] : years;
  const hits: (Occurrence & { url: string })[] = [];
  for (const year of inYears) {
    if (d.day === undefined) hits.push(...(occurrencesInMonth(occ, year, d.month) as typeof occ));
    else if (isValidCivilDate({ year, month: d.month, day: d.day })) hits.push(...(occurrencesOnDay(occ, toIsoDate({ year, month: d.month, day: d.day })) as typeof occ));
  }
  const startsThatDay = (o: Occurrence) => d.day !== undefined && o.start.slice(5) === `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const bySlug = new Map<string, EventForDate & { exact: boolean; first: string }>();
  for (const o of hits) {
    const e = bySlug.get(o.slug) ?? { slug: o.slug, url: o.url, occurrences: [], exact: false, first: o.start.slice(5) };
    if (!e.occurrences.some((x) => x.start === o.start)) e.occurrences.push({ title: o.title, start: o.start, end: o.end });
    e.exact ||= startsThatDay(o);
    bySlug.set(o.slug, e);
  }
  return [...bySlug.values()]
    .sort((a, b) => Number(b.exact) - Number(a.exact) || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0) || (a.slug < b.slug ? -1 : 1))
    .map(({ exact: _e, first: _f, ...e }) => ({ ...e, occurrences: e.occurrences.sort((x, y) => (x.start < y.start ? -1 : 1)) }));
}
