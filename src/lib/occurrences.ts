/**
 * Expands event rules (anniversaries, dated periods, single days) into the
 * occurrences of one year, and filters them for month grids, day pages and
 * "upcoming" lists. Dates are `YYYY-MM-DD` strings, which sort as text.
 */
import { anniversaryDate, anniversaryNumber, isRoundAnniversary } from './anniversary';
import { daysInMonth, toCivilDate, toIsoDate, type IsoDate } from './dates';

export type EventRule =
  /** Every year on the origin's month and day; the number of years is computed. */
  | { kind: 'anniversary'; slug: string; title: string; origin: IsoDate }
  /** A dated period, both ends inclusive. */
  | { kind: 'range'; slug: string; title: string; start: IsoDate; end: IsoDate }
  | { kind: 'single'; slug: string; title: string; date: IsoDate }
  /** Every year on the same day ('MM-DD'), with no count of years. */
  | { kind: 'yearly'; slug: string; title: string; monthDay: string };

/** Periodic work without fixed days (e.g. quarterly reports); never expanded into invented dates. */
export interface RecurringTask {
  slug: string;
  title: string;
  everyMonths: number;
  description: string;
}

export type Occurrence = {
  slug: string;
  title: string;
  start: IsoDate;
  /** Inclusive last day. */
  end: IsoDate;
  /** "Kỷ niệm N năm" number, or null for ranges and single days. */
  anniversary: number | null;
  /** True for a round anniversary (năm chẵn, multiple of 5). */
  round: boolean;
};

function checkDate(slug: string, field: string, value: IsoDate): void {
  try {
    toCivilDate(value);
  } catch (error) {
    throw new Error(`Event "${slug}": ${field} is ${(error as Error).message}`);
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new Error(`Not a valid year: ${year}`);
}

const byStartThenSlug = (a: Occurrence, b: Occurrence): number =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/**
 * Occurrences of the rules in `year`, sorted by start, then slug. An
 * anniversary appears from its first anniversary on (never in the origin
 * year); a range or single day appears when it overlaps the year (a range
 * across New Year appears, unclipped, in both years). Throws, naming the
 * slug, for an invalid date or a range that ends before it starts.
 * @example
 * occurrencesInYear([{ kind: 'anniversary', slug: 'thanh-lap-dang', title: 'Ngày thành lập Đảng Cộng sản Việt Nam', origin: '1930-02-03' }], 2020)
 * // [{ slug: 'thanh-lap-dang', title: '…', start: '2020-02-03', end: '2020-02-03', anniversary: 90, round: true }]
 */
export function occurrencesInYear(rules: EventRule[], year: number): Occurrence[] {
  checkYear(year);
  const first = toIsoDate({ year, month: 1, day: 1 });
  const last = toIsoDate({ year, month: 12, day: 31 });
  const result: Occurrence[] = [];
  for (const rule of rules) {
    const { slug, title } = rule;
    if (rule.kind === 'anniversary') {
      checkDate(slug, 'origin', rule.origin);
      const n = anniversaryNumber(rule.origin, year);
      if (n <= 0) continue;
      const day = anniversaryDate(rule.origin, year);
      result.push({ slug, title, start: day, end: day, anniversary: n, round: isRoundAnniversary(n) });
    } else if (rule.kind === 'range') {
      checkDate(slug, 'start', rule.start);
      checkDate(slug, 'end', rule.end);
      if (rule.end < rule.start) throw new Error(`Event "${slug}": end ${rule.end} is before start ${rule.start}`);
      if (rule.start <= last && rule.end >= first) {
        result.push({ slug, title, start: rule.start, end: rule.end, anniversary: null, round: false });
      }
    } else if (rule.kind === 'yearly') {
      // 2000 is a leap year, so '02-29' is accepted and falls on 28/02 in common years.
      checkDate(slug, 'monthDay', `2000-${rule.monthDay}`);
      const day = anniversaryDate(`2000-${rule.monthDay}`, year);
      result.push({ slug, title, start: day, end: day, anniversary: null, round: false });
    } else if (rule.kind === 'single') {
      checkDate(slug, 'date', rule.date);
      if (rule.date >= first && rule.date <= last) {
        result.push({ slug, title, start: rule.date, end: rule.date, anniversary: null, round: false });
      }
    } else {
      throw new Error(`Event "${(rule as { slug?: string }).slug}": unknown kind ${JSON.stringify((rule as { kind?: unknown }).kind)}`);
    }
  }
  return result.sort(byStartThenSlug);
}

/**
 * What an occurrence is called in lists and calendars: an anniversary carries its number.
 * @example occurrenceTitle({ title: 'Quốc khánh', anniversary: 75 }) === 'Kỷ niệm 75 năm Quốc khánh'
 */
export function occurrenceTitle(o: Pick<Occurrence, 'title' | 'anniversary'>): string {
  return o.anniversary !== null && o.anniversary > 0 ? `Kỷ niệm ${o.anniversary} năm ${o.title}` : o.title;
}

/**
 * The occurrences that overlap a month (1–12), in their given order.
 * @example occurrencesInMonth(occurrencesInYear(rules, 2020), 2020, 11)
 */
export function occurrencesInMonth(occ: Occurrence[], year: number, month: number): Occurrence[] {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Not a valid month: ${month}`);
  const first = toIsoDate({ year, month, day: 1 });
  const last = toIsoDate({ year, month, day: daysInMonth(year, month) });
  return occ.filter((o) => o.start <= last && o.end >= first);
}

/**
 * The occurrences that include a day, in their given order.
 * @example occurrencesOnDay(occurrencesInYear(rules, 2020), '2020-11-18')
 */
export function occurrencesOnDay(occ: Occurrence[], date: IsoDate): Occurrence[] {
  toCivilDate(date);
  return occ.filter((o) => o.start <= date && o.end >= date);
}

/**
 * At most `limit` occurrences that end on or after `today` (so a period
 * under way still counts), in their given order.
 * @example upcoming(occurrencesInYear(rules, 2020), todayInVietnam(), 5)
 */
export function upcoming(occ: Occurrence[], today: IsoDate, limit: number): Occurrence[] {
  toCivilDate(today);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`limit must be a non-negative integer, got ${limit}`);
  return occ.filter((o) => o.end >= today).slice(0, limit);
}

/**
 * How often a recurring task comes round, in Vietnamese; no dates are invented.
 * @example recurringLabel({ slug: 'bao-cao-quy', title: 'Báo cáo', everyMonths: 3, description: '' }) === 'Định kỳ 3 tháng một lần'
 * @example recurringLabel({ slug: 'giao-ban', title: 'Giao ban', everyMonths: 1, description: '' }) === 'Hằng tháng'
 */
export function recurringLabel(task: RecurringTask): string {
  const n = task.everyMonths;
  if (!Number.isInteger(n) || n < 1) throw new Error(`Task "${task.slug}": everyMonths must be a positive integer, got ${n}`);
  if (n === 1) return 'Hằng tháng';
  if (n === 12) return 'Hằng năm';
  return `Định kỳ ${n} tháng một lần`;
}

/**
 * The years the calendars are published for: every program year, plus the
 * year of `today` and the next one (so in November staff can print next
 * year's calendar). Ascending, without repeats.
 * @example yearsToPublish([2020], '2026-11-29') // [2020, 2026, 2027]
 */
export function yearsToPublish(programYears: number[], today: IsoDate): number[] {
  const { year } = toCivilDate(today);
  for (const y of programYears) checkYear(y);
  return [...new Set([...programYears, year, year + 1])].sort((a, b) => a - b);
}

/**
 * Occurrences of the rules in each of `years`, in date order; a period that
 * belongs to two years (across New Year) is listed once.
 * @example occurrencesInYears(rules, [2026, 2027])
 */
export function occurrencesInYears(rules: EventRule[], years: number[]): Occurrence[] {
  const seen = new Set<string>();
  const result: Occurrence[] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    for (const o of occurrencesInYear(rules, year)) {
      const key = `${o.slug}\u0000${o.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(o);
    }
  }
  return result.sort(byStartThenSlug);
}

/**
 * What is coming up from `today`: occurrences not yet over that start within
 * `months` months, and never fewer than `min` when that many are left.
 * @example upcomingFrom(occurrencesInYears(rules, [2026, 2027]), '2026-11-29') // 20/12/2026, 03/02/2027, …
 */
export function upcomingFrom(occ: Occurrence[], today: IsoDate, { months = 12, min = 5 }: { months?: number; min?: number } = {}): Occurrence[] {
  const { year, month, day } = toCivilDate(today);
  const shifted = month - 1 + months;
  const limitYear = year + Math.floor(shifted / 12);
  const limitMonth = (shifted % 12) + 1;
  // 29/02 + 12 months is 28/02 in a common year.
  const limit = toIsoDate({ year: limitYear, month: limitMonth, day: Math.min(day, daysInMonth(limitYear, limitMonth)) });
  const ahead = upcoming(occ, today, occ.length);
  const within = ahead.filter((o) => o.start < limit);
  return within.length >= min ? within : ahead.slice(0, min);
}

/** An event's occurrences as its page shows them. */
export interface EventTimeline {
  /** Still to come: this year's if not yet over, and the next (at most two). */
  next: Occurrence[];
  /** One entry per program year the event belongs to, with that year's occurrence(s). */
  programs: { year: number; occurrences: Occurrence[] }[];
  /** What "add to calendar" adds: the next occurrence, or the last one when none is left. */
  toAdd: Occurrence | undefined;
}

/**
 * One event across the published years, from `today`.
 * @example eventTimeline(quocKhanh, [2020, 2026, 2027], [2020], '2026-11-29').next[0].anniversary === 82
 */
export function eventTimeline(rule: EventRule, years: number[], programYears: number[], today: IsoDate): EventTimeline {
  toCivilDate(today);
  const all = occurrencesInYears([rule], years);
  const next = all.filter((o) => o.end >= today).slice(0, 2);
  const programs = [...programYears].sort((a, b) => a - b).map((year) => ({ year, occurrences: occurrencesInYear([rule], year) }));
  return { next, programs, toAdd: next[0] ?? all.at(-1) };
}

/**
 * The days an event's page lists: its program years' and the ones to come,
 * each once, in date order.
 */
export function timelineOccurrences(t: EventTimeline): Occurrence[] {
  const program = t.programs.flatMap((p) => p.occurrences);
  const extra = t.next.filter((o) => !program.some((p) => p.slug === o.slug && p.start === o.start));
  return [...program, ...extra].sort(byStartThenSlug);
}
