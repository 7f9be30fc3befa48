import { describe, expect, it } from 'vitest';
import { addDays, formatDateVi, formatDateWithWeekdayVi, formatRangeVi, parseIsoDate, todayInVietnam, weekdayIndex } from '../../src/lib/dates';
import { anniversaryDate, anniversaryLabel, anniversaryNumber, isRoundAnniversary } from '../../src/lib/anniversary';

describe('dates', () => {
  it('formats as Vietnamese readers expect', () => {
    expect(formatDateVi('2020-02-03')).toBe('03/02/2020');
    // 3 Feb 2020 was a Monday, 2 Sep 2020 a Wednesday, 18 Nov 2020 a Wednesday, 19 May 2020 a Tuesday.
    expect(formatDateWithWeekdayVi('2020-02-03')).toBe('Thứ Hai, 03/02/2020');
    expect(formatDateWithWeekdayVi('2020-09-02')).toBe('Thứ Tư, 02/09/2020');
    expect(formatDateWithWeekdayVi('2020-05-19')).toBe('Thứ Ba, 19/05/2020');
    expect(formatDateWithWeekdayVi('2020-11-22')).toBe('Chủ Nhật, 22/11/2020');
    expect(formatRangeVi('2020-10-17', '2020-11-18')).toBe('17/10/2020 – 18/11/2020');
  });
  it('refuses impossible and day-first dates', () => {
    expect(parseIsoDate('2020-02-30')).toBeNull();
    expect(parseIsoDate('2019-02-29')).toBeNull();
    expect(parseIsoDate('18/11/2020')).toBeNull();
    expect(parseIsoDate('2020-13-01')).toBeNull();
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(() => formatDateVi('2020-02-30')).toThrow(/2020-02-30/);
  });
  it('does day arithmetic across months and leap years', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(weekdayIndex('1930-02-03')).toBe(1);
  });
  it('knows today in Vietnam whatever the machine zone', () => {
    expect(todayInVietnam(new Date('2020-02-02T17:30:00Z'))).toBe('2020-02-03');
    expect(todayInVietnam(new Date('2020-02-02T16:59:00Z'))).toBe('2020-02-02');
  });
});

describe('anniversaries', () => {
  it('computes the numbers the 2020 program names', () => {
    expect(anniversaryNumber('1930-02-03', 2020)).toBe(90);
    expect(anniversaryNumber('1890-05-19', 2020)).toBe(130);
    expect(anniversaryNumber('1945-09-02', 2020)).toBe(75);
    expect(anniversaryNumber('1930-11-18', 2020)).toBe(90);
    expect(anniversaryNumber('1960-12-20', 2020)).toBe(60);
    expect(anniversaryLabel('1930-02-03', 2021)).toBe('Kỷ niệm 91 năm');
    expect(anniversaryLabel('2020-02-03', 2020)).toBeNull();
  });
  it('marks round (năm chẵn) anniversaries', () => {
    expect(isRoundAnniversary(90)).toBe(true);
    expect(isRoundAnniversary(75)).toBe(true);
    expect(isRoundAnniversary(91)).toBe(false);
    expect(isRoundAnniversary(0)).toBe(false);
  });
  it('keeps a 29 February origin inside common years', () => {
    expect(anniversaryDate('1932-02-29', 2021)).toBe('2021-02-28');
    expect(anniversaryDate('1932-02-29', 2024)).toBe('2024-02-29');
  });
});
