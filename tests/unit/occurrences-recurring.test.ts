// Lunar yearly days and yearly periods (issue 21, point 3) expanded by the one
// rule, occurrencesInYear. Expected dates are published calendar facts (Tết and
// Giỗ Tổ Hùng Vương as printed on Vietnamese wall calendars and in the yearly
// holiday notices), not output of the module.
import { describe, expect, it } from 'vitest';
import { occurrencesInYear, occurrencesInYears, repeatText, type EventRule } from '../../src/lib/occurrences';
import { solarToLunar } from '../../src/lib/lunar';
import { toCivilDate } from '../../src/lib/dates';

const lunar = (lunarMonthDay: string, slug = 'x'): EventRule => ({ kind: 'lunar', slug, title: slug, lunarMonthDay });
const days = (rule: EventRule, year: number) => occurrencesInYear([rule], year).map((o) => o.start);

// Mùng 1 Tết in Vietnam (UTC+7): 2030 is 02/02 in Vietnam, 03/02 in China.
const TET: Record<number, string> = {
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29',
  2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-02',
};
// Giỗ Tổ Hùng Vương, 10/3 âm lịch; 2023 has a leap 2nd month, so it is late.
const GIO_TO: Record<number, string> = {
  2020: '2020-04-02', 2021: '2021-04-21', 2022: '2022-04-10', 2023: '2023-04-29', 2024: '2024-04-18', 2025: '2025-04-07', 2026: '2026-04-26', 2027: '2027-04-16',
};

describe('lunar yearly rule', () => {
  it.each(Object.entries(TET))('Tết Nguyên đán %s', (year, date) => {
    expect(days(lunar('01-01'), Number(year))).toEqual([date]);
  });
  it.each(Object.entries(GIO_TO))('Giỗ Tổ Hùng Vương %s', (year, date) => {
    expect(days(lunar('03-10'), Number(year))).toEqual([date]);
  });

  it('takes the ordinary month, never the leap month of the same number', () => {
    // 2020 has a leap 4th month, 2023 a leap 2nd, 2025 a leap 6th: Rằm of the ordinary month.
    expect(days(lunar('04-15'), 2020)).toEqual(['2020-05-07']); // Phật đản 2020 (leap 15/4 would be 06/06)
    expect(days(lunar('02-15'), 2023)).toEqual(['2023-03-06']); // leap 15/2 would be 05/04
    expect(days(lunar('06-15'), 2025)).toEqual(['2025-07-09']); // leap 15/6 would be 08/08
  });

  it('day 30 of a month of 29 days is kept on the 29th: giao thừa is always the day before Tết', () => {
    for (const [year, tet] of Object.entries(TET)) {
      const eve = new Date(`${tet}T00:00:00Z`);
      eve.setUTCDate(eve.getUTCDate() - 1);
      expect(occurrencesInYears([lunar('12-30')], [Number(year) - 1, Number(year)]).map((o) => o.start)).toContain(eve.toISOString().slice(0, 10));
    }
  });

  it('every lunar year gives exactly one day, on that lunar date, 1950–2099; months 11–12 may fall in the next solar year', () => {
    for (const md of ['01-01', '03-10', '07-15', '11-01', '12-23', '12-01']) {
      const [month, day] = md.split('-').map(Number);
      const all = occurrencesInYears([lunar(md)], Array.from({ length: 150 }, (_, i) => 1950 + i));
      const lunarYears = all.map((o) => {
        const l = solarToLunar(toCivilDate(o.start));
        expect({ month: l.month, leap: l.leap }).toEqual({ month, leap: false });
        expect(l.day === day || (day === 30 && l.day === 29)).toBe(true);
        return l.year;
      });
      expect(new Set(lunarYears).size).toBe(lunarYears.length);
      // 1950…2099 solar years hold lunar years 1949/1950…2099 without a gap.
      for (let y = 1950; y <= 2098; y++) expect(lunarYears).toContain(y);
    }
    expect(days(lunar('12-23'), 2020)).toEqual(['2020-01-17']); // ông Công ông Táo of lunar 2019
  });

  it('refuses a lunar day that is not MM-DD with a day up to 30, naming the event', () => {
    for (const bad of ['3-10', '13-01', '03-31', '00-10', '03-00', '']) expect(() => days(lunar(bad, 'gio-to'), 2026)).toThrow(/gio-to/);
  });
});

describe('yearly period rule', () => {
  const peak: EventRule = { kind: 'yearly-range', slug: 'thang-cao-diem', title: 'Tháng cao điểm vì người nghèo', startMonthDay: '10-17', endMonthDay: '11-18' };
  it('is in every year on the same days, not only in the first', () => {
    for (const year of [2020, 2026, 2027, 2031]) {
      expect(occurrencesInYear([peak], year)).toEqual([
        { slug: 'thang-cao-diem', title: peak.title, start: `${year}-10-17`, end: `${year}-11-18`, anniversary: null, round: false, holiday: false },
      ]);
    }
  });
  it('a period across New Year is in both years, and listed once', () => {
    const winter: EventRule = { kind: 'yearly-range', slug: 'dong', title: 'Đông', startMonthDay: '12-20', endMonthDay: '01-05' };
    expect(occurrencesInYear([winter], 2027).map((o) => [o.start, o.end])).toEqual([['2026-12-20', '2027-01-05'], ['2027-12-20', '2028-01-05']]);
    expect(occurrencesInYears([winter], [2026, 2027]).map((o) => o.start)).toEqual(['2025-12-20', '2026-12-20', '2027-12-20']);
  });
  it('29/02 falls on 28/02 in common years; an impossible day names the event', () => {
    const feb: EventRule = { ...peak, startMonthDay: '02-01', endMonthDay: '02-29' };
    expect(occurrencesInYear([feb], 2027)[0]!.end).toBe('2027-02-28');
    expect(occurrencesInYear([feb], 2028)[0]!.end).toBe('2028-02-29');
    expect(() => occurrencesInYear([{ ...peak, endMonthDay: '11-31' }], 2026)).toThrow(/thang-cao-diem/);
  });
  it('says how it repeats', () => {
    expect(repeatText(peak)).toBe('Hằng năm, từ 17/10 đến 18/11');
    expect(repeatText(lunar('03-10'))).toBe('Hằng năm, ngày 10 tháng 3 âm lịch');
    expect(repeatText({ kind: 'single', slug: 's', title: 's', date: '2026-01-01' })).toBeNull();
  });
});

describe('holidays', () => {
  it('an occurrence carries the holiday mark of its rule, whatever the kind', () => {
    const rules: EventRule[] = [
      { kind: 'yearly', slug: 'tet-duong-lich', title: 'Tết Dương lịch', monthDay: '01-01', holiday: true },
      { ...lunar('01-01', 'tet-nguyen-dan'), holiday: true },
      { kind: 'anniversary', slug: 'quoc-khanh', title: 'Quốc khánh', origin: '1945-09-02', holiday: true },
      { kind: 'yearly', slug: 'ngay-hoi', title: 'Ngày hội', monthDay: '11-18' },
    ];
    expect(occurrencesInYear(rules, 2026).map((o) => [o.slug, o.start, o.holiday])).toEqual([
      ['tet-duong-lich', '2026-01-01', true],
      ['tet-nguyen-dan', '2026-02-17', true],
      ['quoc-khanh', '2026-09-02', true],
      ['ngay-hoi', '2026-11-18', false],
    ]);
  });
});
