/**
 * Anniversary arithmetic: the number ("90 năm") is always computed from the
 * origin date, never typed by hand, so the same event serves every year.
 */
import { toCivilDate, toIsoDate, type IsoDate } from './dates';

/** How many years `year` is after the origin date's year. @example anniversaryNumber('1930-02-03', 2020) === 90 */
export function anniversaryNumber(origin: IsoDate, year: number): number {
  return year - toCivilDate(origin).year;
}

/** Vietnamese "năm chẵn": a round anniversary, a multiple of 5. @example isRoundAnniversary(90) === true */
export function isRoundAnniversary(n: number): boolean {
  return n > 0 && n % 5 === 0;
}

/**
 * The day the anniversary falls on in `year`. A 29 February origin falls on
 * 28 February in common years, so the event is never dropped from a year.
 * @example anniversaryDate('1930-02-03', 2020) === '2020-02-03'
 */
export function anniversaryDate(origin: IsoDate, year: number): IsoDate {
  const { month, day } = toCivilDate(origin);
  const leapDayInCommonYear = month === 2 && day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1;
  return toIsoDate({ year, month, day: leapDayInCommonYear ? 28 : day });
}

/** "Kỷ niệm 90 năm" label, or null in the origin year itself or before it. @example anniversaryLabel('1930-02-03', 2020) === 'Kỷ niệm 90 năm' */
export function anniversaryLabel(origin: IsoDate, year: number): string | null {
  const n = anniversaryNumber(origin, year);
  return n > 0 ? `Kỷ niệm ${n} năm` : null;
}
