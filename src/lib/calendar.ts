/**
 * Month grids for the calendar pages: Monday-first weeks of days, each with
 * its Vietnamese lunar date. Pure and time-zone independent (dates are strings).
 */
import { daysInMonth, toIsoDate, weekdayIndex, WEEKDAYS_VI, type IsoDate } from './dates';
import { canChiYear, formatLunarShort, solarToLunar, type LunarDate } from './lunar';

/** Weekday names Monday first, as Vietnamese wall calendars print them. */
export const WEEKDAYS_MONDAY_FIRST = [...WEEKDAYS_VI.slice(1), WEEKDAYS_VI[0]] as const;

/** Month names as headings read them. @example monthNameVi(5) === 'Tháng 5' */
export function monthNameVi(month: number): string {
  checkMonth(month);
  return `Tháng ${month}`;
}

export interface DayCell {
  date: IsoDate;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  column: number;
  lunar: LunarDate;
  /** What the cell prints: "1/4" on the first day of a lunar month and on the 1st of the solar month, else the day. */
  lunarLabel: string;
  /** `data-lunar` value, always "D/M". */
  lunarData: string;
}

/** A week row: seven slots, null before the 1st and after the last day of the month. */
export type Week = (DayCell | null)[];

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Not a valid month: ${month}`);
}

/** The cell of one day. @example dayCell('2020-05-23').lunarLabel === '1/4 nhuận' */
export function dayCell(date: IsoDate): DayCell {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lunar = solarToLunar({ year, month, day });
  const full = lunar.day === 1 || day === 1;
  return {
    date,
    day,
    column: (weekdayIndex(date) + 6) % 7,
    lunar,
    lunarLabel: full ? formatLunarShort(lunar) : String(lunar.day),
    lunarData: `${lunar.day}/${lunar.month}`,
  };
}

/**
 * The weeks of a month, Monday first (4 to 6 rows).
 * @example monthWeeks(2020, 6)[0][0]?.date === '2020-06-01' // a Monday
 */
export function monthWeeks(year: number, month: number): Week[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new Error(`Year out of the calendar's range 1900–2100: ${year}`);
  checkMonth(month);
  const weeks: Week[] = [];
  let week: Week = [];
  const days = daysInMonth(year, month);
  for (let day = 1; day <= days; day++) {
    const cell = dayCell(toIsoDate({ year, month, day }));
    if (day === 1) week = Array<DayCell | null>(cell.column).fill(null);
    week.push(cell);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array<null>(7 - week.length).fill(null)]);
  return weeks;
}

/**
 * The lunar months a solar month spans, for its heading.
 * @example lunarMonthsLabel(2020, 5) === 'tháng 4 – tháng 4 nhuận năm Canh Tý'
 */
export function lunarMonthsLabel(year: number, month: number): string {
  const labels: string[] = [];
  for (const week of monthWeeks(year, month)) {
    for (const cell of week) {
      if (!cell) continue;
      const { lunar } = cell;
      const label = `tháng ${lunar.month}${lunar.leap ? ' nhuận' : ''} năm ${canChiYear(lunar.year)}`;
      if (labels.at(-1) !== label) labels.push(label);
    }
  }
  // "tháng 4 năm Canh Tý – tháng 4 nhuận năm Canh Tý" reads better with the year said once.
  const years = new Set(labels.map((l) => l.slice(l.indexOf(' năm '))));
  if (years.size === 1) {
    const suffix = [...years][0]!;
    return `${labels.map((l) => l.slice(0, -suffix.length)).join(' – ')}${suffix}`;
  }
  return labels.join(' – ');
}

/**
 * The month before (`step` -1) or after (+1), across New Year, when its year is published; else null.
 * @example neighbourMonth(2026, 12, 1, [2020, 2026, 2027]) // { year: 2027, month: 1 }
 * @example neighbourMonth(2020, 12, 1, [2020, 2026, 2027]) // null
 */
export function neighbourMonth(year: number, month: number, step: -1 | 1, years: number[]): { year: number; month: number } | null {
  const index = year * 12 + (month - 1) + step;
  const next = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return years.includes(next.year) ? next : null;
}

/**
 * The order /lich/ lists years in: this year, next year, any later ones, then past years, latest first.
 * @example yearsForReaders([2020, 2026, 2027], 2026) // [2026, 2027, 2020]
 */
export function yearsForReaders(years: number[], thisYear: number): number[] {
  const unique = [...new Set(years)];
  const ahead = unique.filter((y) => y >= thisYear).sort((a, b) => a - b);
  const past = unique.filter((y) => y < thisYear).sort((a, b) => b - a);
  return [...ahead, ...past];
}
