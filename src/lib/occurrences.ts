/**
 * Expands event rules (anniversaries, dated periods, single days) into the
 * occurrences of one year, and filters them for month grids, day pages and
 * "upcoming" lists. Dates are `YYYY-MM-DD` strings, which sort as text.
 */
import { anniversaryDate, anniversaryNumber, isRoundAnniversary } from './anniversary';
import { daysInMonth, toCivilDate, toIsoDate, type IsoDate } from './dates';
import { lunarToSolar } from './lunar';

/** What every rule carries: `holiday` marks a public holiday (ngày nghỉ lễ, Bộ luật Lao động 2019, Điều 112). */
type RuleBase = { slug: string; title: string; holiday?: boolean };

export type EventRule = RuleBase &
  (
    /** Every year on the origin's month and day; the number of years is computed. */
    | { kind: 'anniversary'; origin: IsoDate }
    /** A dated period, both ends inclusive. */
    | { kind: 'range'; start: IsoDate; end: IsoDate }
    | { kind: 'single'; date: IsoDate }
    /** Every year on the same day ('MM-DD'), with no count of years. */
    | { kind: 'yearly'; monthDay: string }
    /** Every year from one day to another ('MM-DD', inclusive); an end before the start runs into the next year. */
    | { kind: 'yearly-range'; startMonthDay: string; endMonthDay: string }
    /** Every lunar year on a lunar day ('MM-DD' âm lịch) of the ordinary month, never of a leap month. */
    | { kind: 'lunar'; lunarMonthDay: string }
  );

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
  /** True on a public holiday (ngày nghỉ lễ). */
  holiday: boolean;
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

/** '02-29' is accepted (2000 is a leap year) and falls on 28/02 in common years. */
function yearlyDay(slug: string, field: string, monthDay: string, year: number): IsoDate {
  checkDate(slug, field, `2000-${monthDay}`);
  return anniversaryDate(`2000-${monthDay}`, year);
}

function parseMonthDay(slug: string, field: string, monthDay: string): { month: number; day: number } {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 30) throw new Error(`Event "${slug}": ${field} is not a lunar MM-DD: ${JSON.stringify(monthDay)}`);
  return { month, day };
}

/**
 * The solar day of a lunar day in a lunar year, in the ordinary (not leap)
 * month. Day 30 of a month that has 29 days is kept on its last day, 29 (as
 * anniversaries on the 30th are kept), so the event never disappears.
 */
function lunarDay(month: number, day: number, lunarYear: number): IsoDate {
  try {
    return toIsoDate(lunarToSolar({ year: lunarYear, month, day, leap: false }));
  } catch (error) {
    if (day === 30) return toIsoDate(lunarToSolar({ year: lunarYear, month, day: 29, leap: false }));
    throw error;
  }
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
    const holiday = rule.holiday === true;
    const plain = { slug, title, anniversary: null, round: false, holiday };
    /** A period or day, kept when it overlaps the year (unclipped). */
    const span = (start: IsoDate, end: IsoDate) => {
      if (start <= last && end >= first) result.push({ ...plain, start, end });
    };
    if (rule.kind === 'anniversary') {
      checkDate(slug, 'origin', rule.origin);
      const n = anniversaryNumber(rule.origin, year);
      if (n <= 0) continue;
      const day = anniversaryDate(rule.origin, year);
      result.push({ ...plain, start: day, end: day, anniversary: n, round: isRoundAnniversary(n) });
    } else if (rule.kind === 'range') {
      checkDate(slug, 'start', rule.start);
      checkDate(slug, 'end', rule.end);
      if (rule.end < rule.start) throw new Error(`Event "${slug}": end ${rule.end} is before start ${rule.start}`);
      span(rule.start, rule.end);
    } else if (rule.kind === 'yearly') {
      const day = yearlyDay(slug, 'monthDay', rule.monthDay, year);
      span(day, day);
    } else if (rule.kind === 'yearly-range') {
      // A period across New Year (e.g. 12-20 → 01-05) that started last year also overlaps this one.
      const crosses = rule.endMonthDay < rule.startMonthDay;
      for (const from of crosses ? [year - 1, year] : [year]) {
        if (from < 1) continue;
        span(yearlyDay(slug, 'startMonthDay', rule.startMonthDay, from), yearlyDay(slug, 'endMonthDay', rule.endMonthDay, crosses ? from + 1 : from));
      }
    } else if (rule.kind === 'lunar') {
      const { month, day } = parseMonthDay(slug, 'lunarMonthDay', rule.lunarMonthDay);
      // Lunar months 11 and 12 of a lunar year can fall in the next solar year.
      for (const lunarYear of [year - 1, year]) {
        const date = lunarDay(month, day, lunarYear);
        span(date, date);
      }
    } else if (rule.kind === 'single') {
      checkDate(slug, 'date', rule.date);
      span(rule.date, rule.date);
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

/** What calendars write beside a public holiday, and what an event page says of it. */
export const HOLIDAY_LABEL = 'Ngày nghỉ lễ';
export const HOLIDAY_TEXT = 'Người lao động được nghỉ làm việc, hưởng nguyên lương (Bộ luật Lao động 2019, Điều 112)';

const dayMonth = (monthDay: string): string => `${monthDay.slice(3)}/${monthDay.slice(0, 2)}`;

/**
 * How a yearly rule repeats, in Vietnamese, or null for dated periods, single days and anniversaries (their pages say it otherwise).
 * @example repeatText({ kind: 'lunar', slug: 'gio-to', title: 'Giỗ Tổ Hùng Vương', lunarMonthDay: '03-10' }) === 'Hằng năm, ngày 10 tháng 3 âm lịch'
 * @example repeatText({ kind: 'yearly-range', slug: 'x', title: 'X', startMonthDay: '10-17', endMonthDay: '11-18' }) === 'Hằng năm, từ 17/10 đến 18/11'
 */
export function repeatText(rule: EventRule): string | null {
  if (rule.kind === 'yearly') return `Hằng năm, ngày ${dayMonth(rule.monthDay)}`;
  if (rule.kind === 'yearly-range') {
    const next = rule.endMonthDay < rule.startMonthDay ? ' năm sau' : '';
    return `Hằng năm, từ ${dayMonth(rule.startMonthDay)} đến ${dayMonth(rule.endMonthDay)}${next}`;
  }
  if (rule.kind === 'lunar') return `Hằng năm, ngày ${Number(rule.lunarMonthDay.slice(3))} tháng ${Number(rule.lunarMonthDay.slice(0, 2))} âm lịch`;
  return null;
}
