// The search page's dictionary, built from the indexed text and the calendars' open data.
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_TEXT, buildDictionary, pageTexts, readDictionary, type PageText } from '../../src/lib/search/dictionary';

describe('buildDictionary', () => {
  const file = buildDictionary(
    ['Chăm lo người nghèo. Người có công.', 'Tham gia Bảo hiểm y tế (BHYT) toàn dân; hoà bình, hòa bình.'],
    [{ year: 2020, events: [{ slug: 'quoc-khanh', title: 'Kỷ niệm 75 năm Quốc khánh', date: '2020-09-02' }, { slug: 'x', title: 'Tháng', start: '2020-10-17', end: '2020-11-18' }, { slug: 'bad', title: 'Hỏng', date: '2020-9-2' }] }],
  );
  it('counts words by folded form in their usual spelling, modern tone placement, no numbers', () => {
    expect(file.words).toEqual({ '1': 'bhyt bảo chăm có công dân gia hiểm lo nghèo tham toàn tế y', '2': 'bình hòa người' });
  });
  it('keeps the abbreviations the text defines and the events with valid dates, with their pages', () => {
    expect(file.abbreviations).toEqual([['BHYT', 'Bảo hiểm y tế']]);
    expect(file.events).toEqual([
      { slug: 'quoc-khanh', title: 'Kỷ niệm 75 năm Quốc khánh', start: '2020-09-02', end: '2020-09-02', url: '/su-kien/quoc-khanh/' },
      { slug: 'x', title: 'Tháng', start: '2020-10-17', end: '2020-11-18', url: '/su-kien/x/' },
    ]);
    expect(file.years).toEqual([2020]);
  });
  it('reads back what it wrote, and skips what is malformed', () => {
    const read = readDictionary(JSON.parse(JSON.stringify(file)));
    expect(read.vocabulary.has('nguoi')).toBe(true);
    expect(read.vocabulary.words.get('hoa')).toEqual({ spelling: 'hòa', count: 2 });
    const bad = readDictionary({ words: { x: 'a', '2': 5 }, abbreviations: [['A'], 'B'], events: [{ title: 'x', start: 'no', end: 'no', url: '/' }, { title: 'y', start: '2020-01-01', end: '2020-01-01', url: 'https://other.example/' }], years: ['2020', 99999] });
    expect([bad.vocabulary.words.size, bad.abbreviations, bad.events, bad.years]).toEqual([0, [], [], []]);
    expect(readDictionary(null).events).toEqual([]);
  });
});

describe('the pages carried with a small site', () => {
  const pages: (PageText & { id: string })[] = [
    { id: 'vi_b', url: '/su-kien/quoc-khanh/', meta: { title: 'Quốc khánh', type: 'Sự kiện' }, content: 'Kỷ niệm Quốc khánh.' },
    { id: 'vi_a', url: '/thong-bao/x/', meta: { title: 'Thông báo', date: '2026-11-20' }, content: 'Lịch tiếp công dân.' },
  ];
  it('carries every page by Pagefind id while the text is small, and none past the limit', () => {
    const carried = pageTexts(pages);
    expect(Object.keys(carried!)).toEqual(['vi_a', 'vi_b']);
    expect(carried!.vi_b).toEqual({ url: '/su-kien/quoc-khanh/', meta: { title: 'Quốc khánh', type: 'Sự kiện' }, content: 'Kỷ niệm Quốc khánh.' });
    expect(pageTexts(pages, 20)).toBeUndefined();
    expect(pageTexts([{ id: 'vi_c', url: '/x/', meta: {}, content: 'x'.repeat(MAX_PAGE_TEXT + 1) }])).toBeUndefined();
    expect(buildDictionary([], [], carried).pages).toEqual(carried);
    expect('pages' in buildDictionary([], [])).toBe(false);
  });
  it('reads back the pages; a page that is not a site path with text is dropped, and no pages means fragments', () => {
    const read = readDictionary(JSON.parse(JSON.stringify(buildDictionary([], [], pageTexts(pages)))));
    expect(read.pages?.get('vi_a')).toEqual({ url: '/thong-bao/x/', meta: { title: 'Thông báo', date: '2026-11-20' }, content: 'Lịch tiếp công dân.' });
    const bad = readDictionary({ pages: { a: { url: 'https://other.example/', meta: {}, content: '' }, b: { url: '//other.example/', meta: {}, content: '' }, c: { url: '/x/', meta: { title: 5 }, content: 'x' }, d: { url: '/y/', content: 1 } } });
    expect([...bad.pages!.entries()]).toEqual([['c', { url: '/x/', meta: {}, content: 'x' }]]);
    expect(readDictionary({}).pages).toBeNull();
    expect(readDictionary({ pages: [] }).pages).toBeNull();
  });
});
