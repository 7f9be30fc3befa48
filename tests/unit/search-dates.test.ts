// Dates and months typed into the search box, and the events on them (src/lib/search/dates.ts).
import { describe, expect, it } from 'vitest';
import { dateLabel, eventsForDate, parseDateQuery } from '../../src/lib/search/dates';

describe('parseDateQuery', () => {
  it('reads days in the ways residents write them', () => {
    expect(parseDateQuery('18/11')?.date).toEqual({ day: 18, month: 11, text: '18/11' });
    expect(parseDateQuery('2/9')?.date).toMatchObject({ day: 2, month: 9 });
    expect(parseDateQuery('19-5')?.date).toMatchObject({ day: 19, month: 5 });
    expect(parseDateQuery('02-09-2027')?.date).toEqual({ day: 2, month: 9, year: 2027, text: '02-09-2027' });
    expect(parseDateQuery('03.02.2020')?.date).toMatchObject({ day: 3, month: 2, year: 2020 });
    expect(parseDateQuery('ngày 19 tháng 5')?.date).toEqual({ day: 19, month: 5, text: 'ngày 19 tháng 5' });
    expect(parseDateQuery('ngày 19 tháng 5'.normalize('NFD'))?.date).toMatchObject({ day: 19, month: 5 });
    expect(parseDateQuery('ngay 20 thang 12 nam 2026')?.date).toMatchObject({ day: 20, month: 12, year: 2026 });
  });
  it('reads months, with or without a year', () => {
    expect(parseDateQuery('tháng 11')?.date).toEqual({ month: 11, text: 'tháng 11' });
    expect(parseDateQuery('THANG 11 NAM 2027')?.date).toMatchObject({ month: 11, year: 2027 });
    expect(parseDateQuery('tháng 2/2027')?.date).toMatchObject({ month: 2, year: 2027 });
    expect(parseDateQuery('11/2027')?.date).toMatchObject({ month: 11, year: 2027 });
  });
  it('keeps the other words', () => {
    expect(parseDateQuery('su kien thang 12 o dau')?.rest).toBe('su kien o dau');
  });
  it('refuses days that do not exist and numbers that are not dates', () => {
    for (const q of ['31/2', '13/13', '0/5', '29/2/2027', 'thang 13', '124-QĐ/TW', '88/NQLT', '2019 - 2021', 'nong thon moi']) expect(parseDateQuery(q), q).toBeNull();
    expect(parseDateQuery('29/2')?.date).toMatchObject({ day: 29, month: 2 }); // exists in leap years
  });
  it('names the date as the site writes it', () => {
    expect(dateLabel({ day: 2, month: 9, text: '' })).toBe('02/09');
    expect(dateLabel({ month: 11, year: 2027, text: '' })).toBe('tháng 11/2027');
  });
});

describe('eventsForDate', () => {
  const events = [
    { slug: 'quoc-khanh', title: 'Kỷ niệm 75 năm Quốc khánh', start: '2020-09-02', end: '2020-09-02', url: '/su-kien/quoc-khanh/' },
    { slug: 'quoc-khanh', title: 'Kỷ niệm 82 năm Quốc khánh', start: '2027-09-02', end: '2027-09-02', url: '/su-kien/quoc-khanh/' },
    { slug: 'thang-cao-diem', title: 'Tháng cao điểm vì người nghèo năm 2020', start: '2020-10-17', end: '2020-11-18', url: '/su-kien/thang-cao-diem/' },
    { slug: 'truyen-thong', title: 'Kỷ niệm 90 năm Ngày truyền thống', start: '2020-11-18', end: '2020-11-18', url: '/su-kien/truyen-thong/' },
  ];
  it('lists the events on a day in every published year, events of that day before periods including it', () => {
    const found = eventsForDate({ day: 18, month: 11, text: '' }, events, [2020, 2027]);
    expect(found.map((e) => e.slug)).toEqual(['truyen-thong', 'thang-cao-diem']);
    expect(eventsForDate({ day: 2, month: 9, text: '' }, events, [2020, 2027])[0]!.occurrences.map((o) => o.title)).toEqual(['Kỷ niệm 75 năm Quốc khánh', 'Kỷ niệm 82 năm Quốc khánh']);
  });
  it('keeps to the year typed, and lists a month', () => {
    expect(eventsForDate({ day: 2, month: 9, year: 2027, text: '' }, events, [2020, 2027])[0]!.occurrences).toHaveLength(1);
    expect(eventsForDate({ month: 10, text: '' }, events, [2020, 2027]).map((e) => e.slug)).toEqual(['thang-cao-diem']);
    expect(eventsForDate({ day: 1, month: 1, text: '' }, events, [2020, 2027])).toEqual([]);
  });
});
