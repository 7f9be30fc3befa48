// Issue 12: which years are published, what is coming up from a day, and an
// event's next occurrences. Dates are read as a resident would on the build day.
import { describe, expect, it } from 'vitest';
import {
  eventTimeline,
  occurrenceTitle,
  occurrencesInYear,
  occurrencesInYears,
  yearsToPublish,
  timelineOccurrences,
  upcomingFrom,
  type EventRule,
} from '../../src/lib/occurrences';

// The site's events (content/events/), as rules.
const rules: EventRule[] = [
  { kind: 'anniversary', slug: 'ngay-thanh-lap-dang-cong-san-viet-nam', title: 'Ngày thành lập Đảng Cộng sản Việt Nam', origin: '1930-02-03' },
  { kind: 'anniversary', slug: 'ngay-sinh-chu-tich-ho-chi-minh', title: 'Ngày sinh Chủ tịch Hồ Chí Minh', origin: '1890-05-19' },
  { kind: 'anniversary', slug: 'quoc-khanh', title: 'Quốc khánh Nước CHXHCN Việt Nam', origin: '1945-09-02' },
  { kind: 'range', slug: 'thang-cao-diem-vi-nguoi-ngheo', title: 'Tháng cao điểm vì người nghèo năm 2020', start: '2020-10-17', end: '2020-11-18' },
  { kind: 'anniversary', slug: 'ngay-truyen-thong-mttq-viet-nam', title: 'Ngày truyền thống MTTQ Việt Nam', origin: '1930-11-18' },
  { kind: 'yearly', slug: 'ngay-hoi-dai-doan-ket-toan-dan-toc', title: 'Ngày hội đại đoàn kết toàn dân tộc', monthDay: '11-18' },
  { kind: 'anniversary', slug: 'ngay-thanh-lap-mat-tran-dan-toc-giai-phong-mien-nam-viet-nam', title: 'Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam', origin: '1960-12-20' },
];
const quocKhanh = rules[2]!;
const line = (o: { start: string; title: string; anniversary: number | null }) => `${o.start} ${occurrenceTitle(o)}`;

describe('yearsToPublish', () => {
  it('is every program year, the build year and the next, ascending, once each', () => {
    expect(yearsToPublish([2020], '2026-11-29')).toEqual([2020, 2026, 2027]);
    expect(yearsToPublish([2020], '2027-01-15')).toEqual([2020, 2027, 2028]);
    expect(yearsToPublish([2020], '2020-03-01')).toEqual([2020, 2021]);
    expect(yearsToPublish([2021, 2020], '2020-12-31')).toEqual([2020, 2021]);
    expect(yearsToPublish([], '2026-11-29')).toEqual([2026, 2027]);
  });
  it('refuses a bad day or year', () => {
    expect(() => yearsToPublish([2020], '2026-13-01')).toThrow();
    expect(() => yearsToPublish([20.5], '2026-11-29')).toThrow(/year/);
  });
});

describe('anniversary numbers are the year’s own', () => {
  it('02/09/2027 is "Kỷ niệm 82 năm"', () => {
    expect(occurrencesInYear([quocKhanh], 2027).map(line)).toEqual(['2027-09-02 Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam']);
  });
});

describe('occurrencesInYears', () => {
  it('lists a period across New Year once, in date order', () => {
    const tet: EventRule = { kind: 'range', slug: 'tet', title: 'Tết vì người nghèo', start: '2026-12-15', end: '2027-02-10' };
    const occ = occurrencesInYears([tet, quocKhanh], [2027, 2026]);
    expect(occ.map((o) => o.start)).toEqual(['2026-09-02', '2026-12-15', '2027-09-02']);
  });
});

describe('upcomingFrom (home page "Sắp diễn ra")', () => {
  const upcomingOn = (today: string) => upcomingFrom(occurrencesInYears(rules, yearsToPublish([2020], today)), today).map(line);

  it('on 29/11/2026: the next twelve months, with 2026/2027 numbers, nothing past', () => {
    expect(upcomingOn('2026-11-29')).toEqual([
      '2026-12-20 Kỷ niệm 66 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam',
      '2027-02-03 Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam',
      '2027-05-19 Kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh',
      '2027-09-02 Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam',
      '2027-11-18 Ngày hội đại đoàn kết toàn dân tộc',
      '2027-11-18 Kỷ niệm 97 năm Ngày truyền thống MTTQ Việt Nam',
    ]);
  });

  it('on 01/03/2020: the rest of 2020 and early 2021', () => {
    expect(upcomingOn('2020-03-01')).toEqual([
      '2020-05-19 Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh',
      '2020-09-02 Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam',
      '2020-10-17 Tháng cao điểm vì người nghèo năm 2020',
      '2020-11-18 Ngày hội đại đoàn kết toàn dân tộc',
      '2020-11-18 Kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam',
      '2020-12-20 Kỷ niệm 60 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam',
      '2021-02-03 Kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam',
    ]);
  });

  it('keeps a period under way, and today’s event', () => {
    expect(upcomingOn('2020-11-18').slice(0, 3)).toEqual([
      '2020-10-17 Tháng cao điểm vì người nghèo năm 2020',
      '2020-11-18 Ngày hội đại đoàn kết toàn dân tộc',
      '2020-11-18 Kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam',
    ]);
    expect(upcomingOn('2020-11-19')[0]).toBe('2020-12-20 Kỷ niệm 60 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam');
  });

  it('gives at least five when twelve months hold fewer', () => {
    const occ = occurrencesInYears([quocKhanh], [2026, 2027, 2028, 2029, 2030, 2031]);
    expect(upcomingFrom(occ, '2026-11-29').map((o) => o.start)).toEqual(['2027-09-02', '2028-09-02', '2029-09-02', '2030-09-02', '2031-09-02']);
    expect(upcomingFrom(occ, '2031-09-03')).toEqual([]);
  });

  it('handles 29 February as today', () => {
    const occ = occurrencesInYears(rules, [2024, 2025]);
    expect(upcomingFrom(occ, '2024-02-29', { min: 0 }).at(-1)!.start).toBe('2025-02-03');
  });
});

describe('eventTimeline (event pages and their .ics)', () => {
  it('on 29/11/2026 Quốc khánh’s next is 02/09/2027, 82 years; the program year keeps 2020, 75 years', () => {
    const t = eventTimeline(quocKhanh, [2020, 2026, 2027], [2020], '2026-11-29');
    expect(t.next.map(line)).toEqual(['2027-09-02 Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam']);
    expect(t.programs).toEqual([{ year: 2020, occurrences: occurrencesInYear([quocKhanh], 2020) }]);
    expect(line(t.toAdd!)).toBe('2027-09-02 Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam');
    expect(timelineOccurrences(t).map((o) => o.start)).toEqual(['2020-09-02', '2027-09-02']);
  });

  it('on 15/01/2027 it is this year’s and the next', () => {
    const t = eventTimeline(quocKhanh, [2020, 2027, 2028], [2020], '2027-01-15');
    expect(t.next.map(line)).toEqual(['2027-09-02 Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam', '2028-09-02 Kỷ niệm 83 năm Quốc khánh Nước CHXHCN Việt Nam']);
  });

  it('on 01/03/2020 the program year’s own day is the next one, listed once', () => {
    const t = eventTimeline(quocKhanh, [2020, 2021], [2020], '2020-03-01');
    expect(t.next.map((o) => o.start)).toEqual(['2020-09-02', '2021-09-02']);
    expect(timelineOccurrences(t).map((o) => o.start)).toEqual(['2020-09-02', '2021-09-02']);
  });

  it('a past dated period has nothing to come; "add to calendar" keeps its own dates', () => {
    const t = eventTimeline(rules[3]!, [2020, 2026, 2027], [2020], '2026-11-29');
    expect(t.next).toEqual([]);
    expect(t.toAdd).toMatchObject({ start: '2020-10-17', end: '2020-11-18' });
  });

  it('an event in no program still has its next days', () => {
    const t = eventTimeline(quocKhanh, [2026, 2027], [], '2026-11-29');
    expect(t.programs).toEqual([]);
    expect(t.next.map((o) => o.start)).toEqual(['2027-09-02']);
  });
});
