import { describe, expect, it } from 'vitest';
import {
  occurrencesInMonth,
  occurrencesInYear,
  occurrencesOnDay,
  recurringLabel,
  upcoming,
  type EventRule,
} from '../../src/lib/occurrences';

const rules: EventRule[] = [
  { kind: 'anniversary', slug: 'quoc-khanh', title: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', origin: '1945-09-02' },
  { kind: 'anniversary', slug: 'thanh-lap-dang', title: 'Ngày thành lập Đảng Cộng sản Việt Nam', origin: '1930-02-03' },
  { kind: 'anniversary', slug: 'sinh-nhat-bac', title: 'Ngày sinh Chủ tịch Hồ Chí Minh', origin: '1890-05-19' },
  { kind: 'anniversary', slug: 'truyen-thong-mttq', title: 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam', origin: '1930-11-18' },
  { kind: 'anniversary', slug: 'mat-tran-dtgp-mien-nam', title: 'Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam', origin: '1960-12-20' },
  { kind: 'range', slug: 'ngay-hoi-dai-doan-ket', title: 'Tháng cao điểm Ngày hội Đại đoàn kết toàn dân tộc', start: '2020-10-17', end: '2020-11-18' },
  { kind: 'range', slug: 'tet-vi-nguoi-ngheo', title: 'Tết vì người nghèo', start: '2020-12-15', end: '2021-02-10' },
  { kind: 'single', slug: 'hoi-nghi-tong-ket', title: 'Hội nghị tổng kết công tác Mặt trận năm 2020', date: '2020-12-28' },
];

const pick = (occ: ReturnType<typeof occurrencesInYear>, slug: string) => occ.find((o) => o.slug === slug);

describe('occurrencesInYear', () => {
  const y2020 = occurrencesInYear(rules, 2020);

  it('computes the anniversary numbers of 2020 from the origin dates', () => {
    expect(pick(y2020, 'thanh-lap-dang')).toEqual({
      slug: 'thanh-lap-dang',
      title: 'Ngày thành lập Đảng Cộng sản Việt Nam',
      start: '2020-02-03',
      end: '2020-02-03',
      anniversary: 90,
      round: true,
      holiday: false,
    });
    expect(pick(y2020, 'sinh-nhat-bac')).toMatchObject({ start: '2020-05-19', anniversary: 130, round: true });
    expect(pick(y2020, 'quoc-khanh')).toMatchObject({ start: '2020-09-02', anniversary: 75, round: true });
    expect(pick(y2020, 'truyen-thong-mttq')).toMatchObject({ start: '2020-11-18', anniversary: 90, round: true });
    expect(pick(y2020, 'mat-tran-dtgp-mien-nam')).toMatchObject({ start: '2020-12-20', anniversary: 60, round: true });
  });

  it('marks non-round anniversaries in 2021', () => {
    const y2021 = occurrencesInYear(rules, 2021);
    expect(pick(y2021, 'thanh-lap-dang')).toMatchObject({ start: '2021-02-03', anniversary: 91, round: false });
    expect(pick(y2021, 'sinh-nhat-bac')).toMatchObject({ anniversary: 131, round: false });
    expect(pick(y2021, 'quoc-khanh')).toMatchObject({ anniversary: 76, round: false });
    expect(pick(y2021, 'mat-tran-dtgp-mien-nam')).toMatchObject({ anniversary: 61, round: false });
    expect(pick(occurrencesInYear(rules, 2025), 'quoc-khanh')).toMatchObject({ anniversary: 80, round: true });
  });

  it('gives no anniversary in the origin year or before it', () => {
    expect(pick(occurrencesInYear(rules, 1930), 'thanh-lap-dang')).toBeUndefined();
    expect(pick(occurrencesInYear(rules, 1929), 'thanh-lap-dang')).toBeUndefined();
    expect(pick(occurrencesInYear(rules, 1931), 'thanh-lap-dang')).toMatchObject({ anniversary: 1, round: false });
  });

  it('moves a 29 February origin to 28 February in common years', () => {
    const leap: EventRule[] = [{ kind: 'anniversary', slug: 'leap', title: 'x', origin: '2000-02-29' }];
    expect(occurrencesInYear(leap, 2021)[0]).toMatchObject({ start: '2021-02-28', anniversary: 21 });
    expect(occurrencesInYear(leap, 2024)[0]).toMatchObject({ start: '2024-02-29', anniversary: 24 });
  });

  it('shows ranges and single days only in the years they overlap, a range across New Year in both', () => {
    expect(pick(y2020, 'ngay-hoi-dai-doan-ket')).toMatchObject({ start: '2020-10-17', end: '2020-11-18', anniversary: null, round: false });
    expect(pick(y2020, 'tet-vi-nguoi-ngheo')).toMatchObject({ start: '2020-12-15', end: '2021-02-10' });
    expect(pick(y2020, 'hoi-nghi-tong-ket')).toMatchObject({ start: '2020-12-28', end: '2020-12-28', anniversary: null });
    const y2021 = occurrencesInYear(rules, 2021);
    expect(pick(y2021, 'tet-vi-nguoi-ngheo')).toMatchObject({ start: '2020-12-15', end: '2021-02-10' });
    expect(pick(y2021, 'ngay-hoi-dai-doan-ket')).toBeUndefined();
    expect(pick(y2021, 'hoi-nghi-tong-ket')).toBeUndefined();
    expect(pick(occurrencesInYear(rules, 2019), 'tet-vi-nguoi-ngheo')).toBeUndefined();
  });

  it('puts a yearly day without a count on the same day every year', () => {
    const ngayHoi = { kind: 'yearly' as const, slug: 'ngay-hoi-dai-doan-ket-toan-dan-toc', title: 'Ngày hội đại đoàn kết toàn dân tộc', monthDay: '11-18' };
    expect(occurrencesInYear([ngayHoi], 2020)).toEqual([
      { slug: ngayHoi.slug, title: ngayHoi.title, start: '2020-11-18', end: '2020-11-18', anniversary: null, round: false, holiday: false },
    ]);
    expect(occurrencesInYear([ngayHoi], 2031)[0]!.start).toBe('2031-11-18');
    expect(occurrencesInYear([{ ...ngayHoi, monthDay: '02-29' }], 2021)[0]!.start).toBe('2021-02-28');
    expect(() => occurrencesInYear([{ ...ngayHoi, monthDay: '02-30' }], 2020)).toThrow(/ngay-hoi-dai-doan-ket-toan-dan-toc/);
  });

  it('sorts by start, then slug, whatever the order of the rules', () => {
    expect(y2020.map((o) => `${o.start} ${o.slug}`)).toEqual([
      '2020-02-03 thanh-lap-dang',
      '2020-05-19 sinh-nhat-bac',
      '2020-09-02 quoc-khanh',
      '2020-10-17 ngay-hoi-dai-doan-ket',
      '2020-11-18 truyen-thong-mttq',
      '2020-12-15 tet-vi-nguoi-ngheo',
      '2020-12-20 mat-tran-dtgp-mien-nam',
      '2020-12-28 hoi-nghi-tong-ket',
    ]);
    const sameDay: EventRule[] = [
      { kind: 'single', slug: 'b', title: 'B', date: '2020-11-18' },
      { kind: 'single', slug: 'a', title: 'A', date: '2020-11-18' },
      { kind: 'range', slug: 'c', title: 'C', start: '2020-11-18', end: '2020-11-20' },
    ];
    const expected = ['a', 'b', 'c'];
    expect(occurrencesInYear(sameDay, 2020).map((o) => o.slug)).toEqual(expected);
    expect(occurrencesInYear([...sameDay].reverse(), 2020).map((o) => o.slug)).toEqual(expected);
    expect(occurrencesInYear([...rules].reverse(), 2020)).toEqual(y2020);
  });

  it('throws for bad input, naming the slug', () => {
    const bad = (rule: EventRule) => () => occurrencesInYear([rule], 2020);
    expect(bad({ kind: 'single', slug: 'hop-mat', title: 'x', date: '2020-02-30' })).toThrow(/hop-mat.*2020-02-30/);
    expect(bad({ kind: 'anniversary', slug: 'ky-niem', title: 'x', origin: '1930-2-3' })).toThrow(/ky-niem/);
    expect(bad({ kind: 'range', slug: 'dot-thi-dua', title: 'x', start: '2020-01-01', end: '2020-13-01' })).toThrow(/dot-thi-dua/);
    expect(bad({ kind: 'range', slug: 'nguoc', title: 'x', start: '2020-03-01', end: '2020-02-01' })).toThrow(/nguoc.*before/);
    // invalid even when the event is not in the year asked for
    expect(bad({ kind: 'single', slug: 'nam-khac', title: 'x', date: '2019-02-29' })).toThrow(/nam-khac/);
    expect(() => occurrencesInYear(rules, 2020.5)).toThrow(/year/);
  });
});

describe('filters', () => {
  const y2020 = occurrencesInYear(rules, 2020);

  it('occurrencesInMonth keeps those overlapping the month', () => {
    expect(occurrencesInMonth(y2020, 2020, 2).map((o) => o.slug)).toEqual(['thanh-lap-dang']);
    expect(occurrencesInMonth(y2020, 2020, 11).map((o) => o.slug)).toEqual(['ngay-hoi-dai-doan-ket', 'truyen-thong-mttq']);
    expect(occurrencesInMonth(y2020, 2020, 10).map((o) => o.slug)).toEqual(['ngay-hoi-dai-doan-ket']);
    expect(occurrencesInMonth(y2020, 2020, 12).map((o) => o.slug)).toEqual([
      'tet-vi-nguoi-ngheo',
      'mat-tran-dtgp-mien-nam',
      'hoi-nghi-tong-ket',
    ]);
    expect(occurrencesInMonth(y2020, 2020, 1)).toEqual([]);
    const y2021 = occurrencesInYear(rules, 2021);
    expect(occurrencesInMonth(y2021, 2021, 1).map((o) => o.slug)).toEqual(['tet-vi-nguoi-ngheo']);
    expect(occurrencesInMonth(y2021, 2021, 2).map((o) => o.slug)).toEqual(['tet-vi-nguoi-ngheo', 'thanh-lap-dang']);
    expect(occurrencesInMonth(y2021, 2021, 3)).toEqual([]);
    expect(() => occurrencesInMonth(y2020, 2020, 13)).toThrow(/month/);
  });

  it('occurrencesOnDay keeps those including the day', () => {
    expect(occurrencesOnDay(y2020, '2020-11-18').map((o) => o.slug)).toEqual(['ngay-hoi-dai-doan-ket', 'truyen-thong-mttq']);
    expect(occurrencesOnDay(y2020, '2020-11-19')).toEqual([]);
    expect(occurrencesOnDay(y2020, '2020-10-17').map((o) => o.slug)).toEqual(['ngay-hoi-dai-doan-ket']);
    expect(() => occurrencesOnDay(y2020, '2020-11-31')).toThrow();
  });

  it('upcoming keeps those ending on or after today, up to the limit', () => {
    expect(upcoming(y2020, '2020-11-01', 3).map((o) => o.slug)).toEqual([
      'ngay-hoi-dai-doan-ket', // under way, ends 2020-11-18
      'truyen-thong-mttq',
      'tet-vi-nguoi-ngheo',
    ]);
    expect(upcoming(y2020, '2020-11-18', 10).map((o) => o.slug)).toEqual([
      'ngay-hoi-dai-doan-ket',
      'truyen-thong-mttq',
      'tet-vi-nguoi-ngheo',
      'mat-tran-dtgp-mien-nam',
      'hoi-nghi-tong-ket',
    ]);
    expect(upcoming(y2020, '2020-12-29', 5).map((o) => o.slug)).toEqual(['tet-vi-nguoi-ngheo']); // runs into 2021
    expect(upcoming(y2020, '2021-02-11', 5)).toEqual([]);
    expect(upcoming(y2020, '2020-01-01', 0)).toEqual([]);
    expect(() => upcoming(y2020, '2020-01-01', -1)).toThrow(/limit/);
  });
});

describe('recurringLabel', () => {
  const task = (everyMonths: number) => ({ slug: 'bao-cao', title: 'Báo cáo', everyMonths, description: 'Báo cáo định kỳ' });
  it('describes the period without dates', () => {
    expect(recurringLabel(task(3))).toBe('Định kỳ 3 tháng một lần');
    expect(recurringLabel(task(1))).toBe('Hằng tháng');
    expect(recurringLabel(task(6))).toBe('Định kỳ 6 tháng một lần');
    expect(recurringLabel(task(12))).toBe('Hằng năm');
    expect(() => recurringLabel(task(0))).toThrow(/bao-cao/);
    expect(() => recurringLabel(task(1.5))).toThrow(/bao-cao/);
  });
});

describe('occurrenceTitle', () => {
  it('carries the anniversary number, and only for anniversaries', async () => {
    const { occurrenceTitle } = await import('../../src/lib/occurrences');
    expect(occurrenceTitle({ title: 'Quốc khánh', anniversary: 75 })).toBe('Kỷ niệm 75 năm Quốc khánh');
    expect(occurrenceTitle({ title: 'Ngày hội', anniversary: null })).toBe('Ngày hội');
    expect(occurrenceTitle({ title: 'Ngày gốc', anniversary: 0 })).toBe('Ngày gốc');
  });
});
