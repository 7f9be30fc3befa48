/**
 * Calendar dates as plain `YYYY-MM-DD` strings and {year, month, day} triples.
 * Nothing here reads the machine's time zone: dates in content are civil dates
 * in Vietnam, and a build in Los Angeles must print the same days as one in Hà Nội.
 */

export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Vietnamese weekday names, Sunday first (matching `Date#getUTCDay`). */
export const WEEKDAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** Number of days in a Gregorian month. @example daysInMonth(2020, 2) === 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the triple names a day that exists. @example isValidCivilDate({ year: 2020, month: 2, day: 30 }) === false */
export function isValidCivilDate({ year, month, day }: CivilDate): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Parses `YYYY-MM-DD`, or returns null for anything else, including 2020-02-30. @example parseIsoDate('2020-02-03') */
export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCivilDate(date) ? date : null;
}

/** Like parseIsoDate, but throws for an invalid date (for data already validated by the schemas). */
export function toCivilDate(iso: IsoDate): CivilDate {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not a valid YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return date;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** @example toIsoDate({ year: 2020, month: 2, day: 3 }) === '2020-02-03' */
export function toIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Index of the weekday, 0 = Sunday. @example weekdayIndex('2020-02-03') === 1 */
export function weekdayIndex(iso: IsoDate): number {
  const { year, month, day } = toCivilDate(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The day after (or `n` days after) a date. @example addDays('2020-02-29', 1) === '2020-03-01' */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const { year, month, day } = toCivilDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + n));
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Vietnamese short date. @example formatDateVi('2020-02-03') === '03/02/2020' */
export function formatDateVi(iso: IsoDate): string {
  const { year, month, day } = toCivilDate(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Vietnamese date with weekday. @example formatDateWithWeekdayVi('2020-02-03') === 'Thứ Hai, 03/02/2020' */
export function formatDateWithWeekdayVi(iso: IsoDate): string {
  return `${WEEKDAYS_VI[weekdayIndex(iso)]}, ${formatDateVi(iso)}`;
}

/** A date range in Vietnamese. @example formatRangeVi('2020-10-17', '2020-11-18') === '17/10/2020 – 18/11/2020' */
export function formatRangeVi(start: IsoDate, end: IsoDate): string {
  return start === end ? formatDateVi(start) : `${formatDateVi(start)} – ${formatDateVi(end)}`;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), whatever the machine's zone. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  const shifted = new Date(now.getTime() + 7 * 3600 * 1000);
  return toIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}
