// Vietnamese lunar calendar (src/lib/lunar.ts).
// Years covered: published Tết dates 1900–2050, leap months 1995–2036, a full
// round trip of every day from 1900-01-31 to 2100-12-31.
// Expected values are published calendar facts, not output of the module.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canChiYear,
  dateFromJd,
  formatLunarLong,
  formatLunarShort,
  jdFromDate,
  lunarToSolar,
  solarToLunar,
  type LunarDate,
  type SolarDate,
} from '../../src/lib/lunar';

const s = (day: number, month: number, year: number): SolarDate => ({ year, month, day });
const l = (day: number, month: number, year: number, leap = false): LunarDate => ({ year, month, day, leap });

describe('Julian Day Numbers', () => {
  it('matches published JDNs (proleptic Gregorian)', () => {
    expect(jdFromDate(s(1, 1, 2000))).toBe(2451545);
    expect(jdFromDate(s(1, 1, 1970))).toBe(2440588);
    expect(jdFromDate(s(1, 1, 1900))).toBe(2415021);
    expect(jdFromDate(s(15, 10, 1582))).toBe(2299161); // first day of the Gregorian calendar
    expect(dateFromJd(2451545)).toEqual(s(1, 1, 2000));
    expect(dateFromJd(2299161)).toEqual(s(15, 10, 1582));
  });

  it('dateFromJd inverts jdFromDate and days are consecutive', () => {
    let prev = jdFromDate(s(31, 12, 1899));
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        const len = new Date(Date.UTC(y, m, 0)).getUTCDate(); // UTC only: independent check
        for (let d = 1; d <= len; d++) {
          const jd = jdFromDate(s(d, m, y));
          if (jd !== prev + 1) expect(jd).toBe(prev + 1);
          prev = jd;
          const back = dateFromJd(jd);
          if (back.year !== y || back.month !== m || back.day !== d) expect(back).toEqual(s(d, m, y));
        }
      }
    }
  });
});

describe('Tết Nguyên Đán (1/1 âm lịch)', () => {
  // Vietnamese Tết dates, widely published (Vietnamese calendars; they coincide
  // with the Chinese New Year except in 1968, 1985, 2007, 2030 below).
  const tet: Array<[number, SolarDate]> = [
    [1900, s(31, 1, 1900)],
    [1930, s(30, 1, 1930)],
    [1945, s(13, 2, 1945)],
    [1954, s(3, 2, 1954)],
    [1960, s(28, 1, 1960)],
    [1968, s(29, 1, 1968)], // Tết Mậu Thân; China 30/1
    [1975, s(11, 2, 1975)],
    [1985, s(21, 1, 1985)], // China 20/2: a whole month apart
    [2000, s(5, 2, 2000)],
    [2007, s(17, 2, 2007)], // China 18/2
    [2010, s(14, 2, 2010)],
    [2019, s(5, 2, 2019)],
    [2020, s(25, 1, 2020)],
    [2021, s(12, 2, 2021)],
    [2022, s(1, 2, 2022)],
    [2023, s(22, 1, 2023)],
    [2024, s(10, 2, 2024)],
    [2025, s(29, 1, 2025)],
    [2026, s(17, 2, 2026)],
    [2030, s(2, 2, 2030)], // China 3/2
    [2050, s(23, 1, 2050)],
  ];
  it.each(tet)('Tết %i', (year, date) => {
    expect(lunarToSolar(l(1, 1, year))).toEqual(date);
    expect(solarToLunar(date)).toEqual(l(1, 1, year));
    // The day before is the last day of month 12 of the previous lunar year.
    const eve = solarToLunar(dateFromJd(jdFromDate(date) - 1));
    expect(eve.year).toBe(year - 1);
    expect(eve.month).toBe(12);
    expect([29, 30]).toContain(eve.day);
  });

  it('24/1/2020 was 30 tháng Chạp Kỷ Hợi (giao thừa before Tết Canh Tý)', () => {
    expect(solarToLunar(s(24, 1, 2020))).toEqual(l(30, 12, 2019));
  });

  it('Tết Ất Tỵ 2025 had no 30 tháng Chạp: 28/1/2025 was 29/12 Giáp Thìn', () => {
    expect(solarToLunar(s(28, 1, 2025))).toEqual(l(29, 12, 2024));
    expect(() => lunarToSolar(l(30, 12, 2024))).toThrow();
  });
});

describe('UTC+7 vs UTC+8 (Vietnam vs China)', () => {
  // New moons between 16:00 and 17:00 UTC fall before midnight in UTC+7 but
  // after midnight in UTC+8. Chinese New Year dates are widely published.
  it.each([
    [1968, s(29, 1, 1968), s(30, 1, 1968)],
    [1985, s(21, 1, 1985), s(20, 2, 1985)],
    [2007, s(17, 2, 2007), s(18, 2, 2007)],
    [2030, s(2, 2, 2030), s(3, 2, 2030)],
  ])('Tết %i: VN %o, CN %o', (year, vn, cn) => {
    expect(lunarToSolar(l(1, 1, year), 7)).toEqual(vn);
    expect(lunarToSolar(l(1, 1, year), 8)).toEqual(cn);
    expect(solarToLunar(cn, 8)).toEqual(l(1, 1, year));
  });

  it('1985: in Vietnam 21/1/1985 is Tết, in China still month 12 of 1984', () => {
    const cn = solarToLunar(s(21, 1, 1985), 8);
    expect(cn.year).toBe(1984);
    expect(cn.month).toBe(12);
    // China's 1984 had a leap month 10 (published Chinese calendars).
    expect(() => lunarToSolar(l(1, 10, 1984, true), 8)).not.toThrow();
  });

  it('new moon of 14/12/2020 (16:17 UTC): month 11 starts 14/12 in Vietnam, 15/12 in China', () => {
    expect(solarToLunar(s(14, 12, 2020), 7)).toEqual(l(1, 11, 2020));
    expect(solarToLunar(s(15, 12, 2020), 8)).toEqual(l(1, 11, 2020));
  });
});

describe('leap months (tháng nhuận), published Vietnamese calendars', () => {
  // [year, leap month, first day of the leap month, first day of the following month]
  const leaps: Array<[number, number, SolarDate, SolarDate]> = [
    [2012, 4, s(21, 5, 2012), s(19, 6, 2012)],
    [2014, 9, s(24, 10, 2014), s(22, 11, 2014)],
    [2017, 6, s(23, 7, 2017), s(22, 8, 2017)],
    [2020, 4, s(23, 5, 2020), s(21, 6, 2020)],
    [2023, 2, s(22, 3, 2023), s(20, 4, 2023)],
    [2025, 6, s(25, 7, 2025), s(23, 8, 2025)],
  ];
  it.each(leaps)('%i: leap month %i', (year, month, start, next) => {
    const jdStart = jdFromDate(start);
    const jdNext = jdFromDate(next);
    expect(solarToLunar(start)).toEqual(l(1, month, year, true));
    expect(lunarToSolar(l(1, month, year, true))).toEqual(start);
    for (let jd = jdStart; jd < jdNext; jd++) {
      expect(solarToLunar(dateFromJd(jd))).toEqual(l(jd - jdStart + 1, month, year, true));
    }
    // The day before is the last day (29 or 30) of the ordinary month of the same number.
    const before = solarToLunar(dateFromJd(jdStart - 1));
    expect(before).toMatchObject({ year, month, leap: false });
    expect([29, 30]).toContain(before.day);
    expect(lunarToSolar({ ...before, day: 1 })).toEqual(dateFromJd(jdStart - before.day));
    // The day after is 1 of the next ordinary month.
    expect(solarToLunar(next)).toEqual(l(1, month + 1, year));
    // No other leap month in that lunar year.
    for (let m = 1; m <= 12; m++) {
      if (m !== month) expect(() => lunarToSolar(l(1, m, year, true))).toThrow();
    }
  });

  it('2020: 22/5 is 30/4 and 20/6 is 29/4 nhuận', () => {
    expect(solarToLunar(s(22, 5, 2020))).toEqual(l(30, 4, 2020));
    expect(solarToLunar(s(20, 6, 2020))).toEqual(l(29, 4, 2020, true));
  });
});

describe('more published years, 1912–2036', () => {
  // Tết dates and leap months of published Vietnamese calendars (the same as the
  // Chinese ones in these years): Tết Nhâm Tý 1912, Kỷ Sửu 1949 … Quý Sửu 2033;
  // the leap months of Ất Hợi 1995 (8), Mậu Dần 1998 (5), Tân Tỵ 2001 (4),
  // Giáp Thân 2004 (2), Bính Tuất 2006 (7), Kỷ Sửu 2009 (5), Mậu Thân 2028 (5),
  // Tân Hợi 2031 (3), Quý Sửu 2033 (11, the "2033 problem") and Bính Thìn 2036 (6).
  it.each<[number, SolarDate]>([
    [1912, s(18, 2, 1912)], [1949, s(29, 1, 1949)], [1950, s(17, 2, 1950)], [1976, s(31, 1, 1976)],
    [1979, s(28, 1, 1979)], [1990, s(27, 1, 1990)], [1995, s(31, 1, 1995)], [2027, s(6, 2, 2027)],
    [2028, s(26, 1, 2028)], [2029, s(13, 2, 2029)], [2031, s(23, 1, 2031)], [2032, s(11, 2, 2032)], [2033, s(31, 1, 2033)],
  ])('Tết %i', (year, date) => {
    expect(solarToLunar(date)).toEqual(l(1, 1, year));
  });
  it.each([[1995, 8], [1998, 5], [2001, 4], [2004, 2], [2006, 7], [2009, 5], [2028, 5], [2031, 3], [2033, 11], [2036, 6]])(
    '%i has leap month %i and no other',
    (year, month) => {
      for (let m = 1; m <= 12; m++) {
        if (m === month) expect(() => lunarToSolar(l(1, m, year, true))).not.toThrow();
        else expect(() => lunarToSolar(l(1, m, year, true))).toThrow();
      }
    },
  );
});

describe('2020 dates used on the site', () => {
  // From published 2020 Vietnamese calendars: 1/1 = 25/1, 1/3 = 24/3, 1/4 = 23/4,
  // 1/4 nhuận = 23/5, 1/7 = 19/8, 1/8 = 17/9, 1/10 = 15/11, 1/11 = 14/12.
  it.each<[SolarDate, LunarDate, string]>([
    [s(3, 2, 2020), l(10, 1, 2020), '10/1 Canh Tý'],
    [s(2, 4, 2020), l(10, 3, 2020), 'Giỗ Tổ Hùng Vương'],
    [s(19, 5, 2020), l(27, 4, 2020), '27/4'],
    [s(23, 5, 2020), l(1, 4, 2020, true), '1/4 nhuận'],
    [s(21, 6, 2020), l(1, 5, 2020), '1/5'],
    [s(2, 9, 2020), l(15, 7, 2020), 'Vu Lan (rằm tháng 7)'],
    [s(1, 10, 2020), l(15, 8, 2020), 'Tết Trung thu'],
    [s(18, 11, 2020), l(4, 10, 2020), '4/10'],
    [s(20, 12, 2020), l(7, 11, 2020), '7/11'],
  ])('%o is %o (%s)', (solar, lunar) => {
    expect(solarToLunar(solar)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toEqual(solar);
  });
});

describe('whole range 1900-01-31 … 2100-12-31', () => {
  it('round-trips every day and keeps the calendar well-formed', () => {
    const first = jdFromDate(s(31, 1, 1900));
    const last = jdFromDate(s(31, 12, 2100));
    let prev = solarToLunar(dateFromJd(first));
    expect(prev).toEqual(l(1, 1, 1900));
    const leapsPerYear = new Map<number, number>();
    let monthLength = 1;
    for (let jd = first + 1; jd <= last; jd++) {
      const d = dateFromJd(jd);
      const lunar = solarToLunar(d);
      const back = lunarToSolar(lunar);
      if (back.year !== d.year || back.month !== d.month || back.day !== d.day) {
        expect(back).toEqual(d); // only build the diff on failure: keeps the loop fast
      }
      if (lunar.day < 1 || lunar.day > 30 || lunar.month < 1 || lunar.month > 12) {
        expect(lunar).toBe('a valid lunar date');
      }
      if (lunar.day === 1) {
        if (monthLength !== 29 && monthLength !== 30) expect({ before: lunar, monthLength }).toBe('29 or 30 days');
        // Month numbers advance by one, or repeat once as the leap month.
        const expected = lunar.leap ? prev.month : (prev.month % 12) + 1;
        if (lunar.month !== expected || (lunar.leap && prev.leap)) expect({ prev, lunar }).toBe('month sequence');
        if (lunar.year !== prev.year + (lunar.month === 1 && !lunar.leap ? 1 : 0)) expect({ prev, lunar }).toBe('year sequence');
        if (lunar.leap) leapsPerYear.set(lunar.year, (leapsPerYear.get(lunar.year) ?? 0) + 1);
        monthLength = 1;
      } else {
        if (lunar.day !== prev.day + 1 || lunar.month !== prev.month || lunar.leap !== prev.leap) {
          expect({ prev, lunar }).toBe('consecutive days');
        }
        monthLength++;
      }
      prev = lunar;
    }
    expect(Math.max(...leapsPerYear.values())).toBe(1);
    // Metonic rhythm: 7 leap months in 19 years, so about 74 over 1900–2100.
    expect(leapsPerYear.size).toBeGreaterThanOrEqual(72);
    expect(leapsPerYear.size).toBeLessThanOrEqual(76);
  });
});

describe('refusals', () => {
  it('throws for a leap month that does not exist', () => {
    expect(() => lunarToSolar(l(1, 5, 2020, true))).toThrow(/leap/);
    expect(() => lunarToSolar(l(1, 4, 2021, true))).toThrow(Error);
  });
  it('throws for day 30 of a 29-day month', () => {
    // 4 nhuận 2020 ran 23/5–20/6/2020: 29 days.
    expect(() => lunarToSolar(l(30, 4, 2020, true))).toThrow(/29 days/);
    expect(lunarToSolar(l(29, 4, 2020, true))).toEqual(s(20, 6, 2020));
  });
  it('throws for out-of-range fields', () => {
    expect(() => lunarToSolar(l(0, 1, 2020))).toThrow();
    expect(() => lunarToSolar(l(31, 1, 2020))).toThrow();
    expect(() => lunarToSolar(l(1, 13, 2020))).toThrow();
    expect(() => lunarToSolar(l(1.5, 1, 2020))).toThrow();
  });
});

describe('independence from the host time zone', () => {
  it('does not use Date at all', () => {
    const source = readFileSync(new URL('../../src/lib/lunar.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/\bDate\b\s*[.(]|new\s+Date/);
  });
  it('gives the same answers whatever process.env.TZ is', () => {
    const saved = process.env.TZ;
    const sample = () => [solarToLunar(s(20, 12, 2020)), lunarToSolar(l(1, 1, 2007)), solarToLunar(s(1, 1, 2000))];
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = sample();
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const home = sample();
      expect(west).toEqual(home);
      expect(home[0]).toEqual(l(7, 11, 2020));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('canChiYear', () => {
  it.each([
    [1930, 'Canh Ngọ'],
    [1945, 'Ất Dậu'],
    [1960, 'Canh Tý'],
    [1968, 'Mậu Thân'],
    [1984, 'Giáp Tý'],
    [2020, 'Canh Tý'],
    [2021, 'Tân Sửu'],
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
  ])('%i → %s', (year, name) => {
    expect(canChiYear(year)).toBe(name.normalize('NFC'));
    expect(canChiYear(year).normalize('NFC')).toBe(canChiYear(year));
  });
});

describe('formatting', () => {
  it('formatLunarShort', () => {
    expect(formatLunarShort(l(15, 4, 2020))).toBe('15/4');
    expect(formatLunarShort(l(15, 4, 2020, true))).toBe('15/4 nhuận');
    expect(formatLunarShort(solarToLunar(s(2, 9, 2020)))).toBe('15/7');
  });
  it('formatLunarLong', () => {
    expect(formatLunarLong(l(15, 4, 2020))).toBe('Ngày 15 tháng 4 năm Canh Tý');
    expect(formatLunarLong(l(15, 4, 2020, true))).toBe('Ngày 15 tháng 4 nhuận năm Canh Tý');
    expect(formatLunarLong(solarToLunar(s(25, 1, 2025)))).toBe('Ngày 26 tháng 12 năm Giáp Thìn');
    const out = formatLunarLong(l(1, 1, 2021));
    expect(out).toBe(out.normalize('NFC'));
  });
});
