// Month grids (src/lib/calendar.ts). Weekdays and lunar dates are published
// 2020 calendar facts: 1/6/2020 was a Monday, 1/2/2020 a Saturday; 1/4 âm lịch
// = 23/4/2020, 1/4 nhuận = 23/5/2020, 1/5 = 21/6/2020 (see lunar.test.ts).
import { describe, expect, it } from 'vitest';
import { dayCell, lunarMonthsLabel, monthNameVi, monthWeeks, WEEKDAYS_MONDAY_FIRST } from '../../src/lib/calendar';

const dates = (year: number, month: number) => monthWeeks(year, month).flat().filter((c) => c !== null).map((c) => c.date);

describe('monthWeeks', () => {
  it('starts on Monday and names the weekdays in Vietnamese', () => {
    expect(WEEKDAYS_MONDAY_FIRST).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
    const june = monthWeeks(2020, 6);
    expect(june[0]![0]!.date).toBe('2020-06-01');
    expect(june).toHaveLength(5);
  });

  it('pads the first week before a Saturday 1st and the last week after the month', () => {
    const feb = monthWeeks(2020, 2);
    expect(feb[0]!.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(feb[0]![5]!.date).toBe('2020-02-01');
    expect(feb[0]![6]!.date).toBe('2020-02-02');
    expect(feb.at(-1)).toHaveLength(7);
    expect(feb.at(-1)![5]!.date).toBe('2020-02-29');
    expect(feb.at(-1)![6]).toBeNull();
  });

  it('has every day of the month once, in order, in 4 to 6 rows of 7', () => {
    for (let month = 1; month <= 12; month++) {
      const weeks = monthWeeks(2020, month);
      expect(weeks.length).toBeGreaterThanOrEqual(4);
      expect(weeks.length).toBeLessThanOrEqual(6);
      for (const week of weeks) expect(week).toHaveLength(7);
      const days = dates(2020, month);
      expect(days).toHaveLength(new Date(Date.UTC(2020, month, 0)).getUTCDate());
      expect(days[0]).toBe(`2020-${String(month).padStart(2, '0')}-01`);
      expect([...days].sort()).toEqual(days);
    }
    // August 2020 runs from a Saturday to a Monday: six rows.
    expect(monthWeeks(2020, 8)).toHaveLength(6);
    // February 2021 starts on a Monday and has 28 days: four rows.
    expect(monthWeeks(2021, 2)).toHaveLength(4);
  });

  it('refuses bad input', () => {
    expect(() => monthWeeks(2020, 0)).toThrow(/month/);
    expect(() => monthWeeks(2020, 13)).toThrow(/month/);
    expect(() => monthWeeks(2020, 1.5)).toThrow(/month/);
    expect(() => monthWeeks(1800, 1)).toThrow(/range/);
    expect(() => monthWeeks(Number.NaN, 1)).toThrow();
    expect(() => monthNameVi(0)).toThrow();
  });
});

describe('dayCell lunar labels', () => {
  it('prints D/M on the first day of a lunar month, with "nhuận" in a leap month', () => {
    expect(dayCell('2020-04-23')).toMatchObject({ lunarLabel: '1/4', lunarData: '1/4', lunar: { leap: false } });
    expect(dayCell('2020-05-23')).toMatchObject({ lunarLabel: '1/4 nhuận', lunarData: '1/4', lunar: { leap: true } });
    expect(dayCell('2020-06-21')).toMatchObject({ lunarLabel: '1/5', lunarData: '1/5' });
    expect(dayCell('2020-01-25')).toMatchObject({ lunarLabel: '1/1', lunar: { year: 2020 } });
  });

  it('prints D/M on the 1st of the solar month and the day alone otherwise', () => {
    expect(dayCell('2020-05-01').lunarLabel).toBe('9/4');
    expect(dayCell('2020-05-02').lunarLabel).toBe('10');
    expect(dayCell('2020-06-01').lunarLabel).toBe('10/4 nhuận');
    expect(dayCell('2020-02-03')).toMatchObject({ lunarLabel: '10', lunarData: '10/1', column: 0 });
    expect(dayCell('2020-09-02')).toMatchObject({ lunarLabel: '15', lunarData: '15/7', column: 2 });
  });

  it('refuses a day that does not exist', () => {
    expect(() => dayCell('2020-02-30')).toThrow();
    expect(() => dayCell('20-2-3')).toThrow();
  });
});

describe('lunarMonthsLabel', () => {
  it('names the lunar months a solar month spans, the year once', () => {
    expect(lunarMonthsLabel(2020, 5)).toBe('tháng 4 – tháng 4 nhuận năm Canh Tý');
    expect(lunarMonthsLabel(2020, 6)).toBe('tháng 4 nhuận – tháng 5 năm Canh Tý');
  });
  it('names both years across Tết', () => {
    // Tết Canh Tý: 25/1/2020.
    expect(lunarMonthsLabel(2020, 1)).toBe('tháng 12 năm Kỷ Hợi – tháng 1 năm Canh Tý');
  });
});
