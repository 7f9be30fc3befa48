import { describe, expect, it } from 'vitest';
import { FOLDED_WEIGHT, MAX_QUERY_LENGTH, mergeHits, normaliseQuery, queryVariants } from '../../src/lib/search-query';

const texts = (q: string, max?: number) => queryVariants(q, max).map((v) => v.text);

describe('normaliseQuery', () => {
  it('turns pasted NFD text into NFC', () => {
    const nfd = 'Đại đoàn kết'.normalize('NFD');
    expect(nfd).not.toBe('Đại đoàn kết');
    expect(normaliseQuery(nfd)).toBe('Đại đoàn kết');
  });
  it('folds white space and trims', () => {
    expect(normaliseQuery('  nong\tthon \n moi ')).toBe('nong thon moi');
  });
  it('gives an empty string for blank or missing input', () => {
    expect(normaliseQuery('')).toBe('');
    expect(normaliseQuery('   ')).toBe('');
    expect(normaliseQuery(null)).toBe('');
    expect(normaliseQuery(undefined)).toBe('');
  });
  it('cuts a pasted paragraph to a sane length', () => {
    expect(normaliseQuery('a '.repeat(500)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('queryVariants', () => {
  it('asks the typed query first, marked exact', () => {
    expect(queryVariants('nong thon moi')).toEqual([{ text: 'nong thon moi', exact: true }]);
  });
  it('adds "đ" for a word typed with "d"', () => {
    expect(queryVariants('dang cong san')).toEqual([
      { text: 'dang cong san', exact: true },
      { text: 'đang cong san', exact: false },
    ]);
  });
  it('keeps the case of an initial capital D', () => {
    expect(texts('Dang')).toEqual(['Dang', 'Đang']);
  });
  it('tries every combination, fewest substitutions first', () => {
    expect(texts('dai doan ket')).toEqual(['dai doan ket', 'đai doan ket', 'dai đoan ket', 'đai đoan ket']);
  });
  it('does not touch "d" inside a word or a typed "đ"', () => {
    expect(texts('Đảng')).toEqual(['Đảng']);
    expect(texts('124-QĐ/TW')).toEqual(['124-QĐ/TW']);
    expect(texts('Long Khánh')).toEqual(['Long Khánh']);
  });
  it('adds modern tone placement as a second exact variant', () => {
    expect(queryVariants('hoà bình')).toEqual([
      { text: 'hoà bình', exact: true },
      { text: 'hòa bình', exact: true },
    ]);
    expect(texts('Uỷ ban')).toEqual(['Uỷ ban', 'Ủy ban']);
  });
  it('normalises NFD input before expanding', () => {
    expect(texts('hoà bình'.normalize('NFD'))).toEqual(['hoà bình', 'hòa bình']);
  });
  it('is capped, and always keeps the query as typed', () => {
    const many = queryVariants('di dau do den dong dat', 8);
    expect(many).toHaveLength(8);
    expect(many[0]).toEqual({ text: 'di dau do den dong dat', exact: true });
    expect(new Set(many.map((v) => v.text)).size).toBe(8);
  });
  it('gives no variant for blank input', () => {
    expect(queryVariants('  ')).toEqual([]);
  });
});

describe('mergeHits', () => {
  it('keeps one entry per page, scored by its best variant', () => {
    const merged = mergeHits([
      { id: 'a', score: 2, exact: true, item: 'a1' },
      { id: 'a', score: 5, exact: true, item: 'a2' },
      { id: 'b', score: 3, exact: true, item: 'b1' },
    ]);
    expect(merged.map((m) => [m.id, m.score, m.item])).toEqual([['a', 5, 'a2'], ['b', 3, 'b1']]);
  });
  it('ranks a match spelt as typed above the same score found through "đ"', () => {
    const merged = mergeHits([
      { id: 'folded', score: 10, exact: false, item: null },
      { id: 'exact', score: 10, exact: true, item: null },
    ]);
    expect(merged.map((m) => m.id)).toEqual(['exact', 'folded']);
    expect(merged[1]!.score).toBeCloseTo(10 * FOLDED_WEIGHT);
  });
  it('still lets a much better folded match win', () => {
    const merged = mergeHits([
      { id: 'weak', score: 3, exact: true, item: null },
      { id: 'strong', score: 30, exact: false, item: null },
    ]);
    expect(merged[0]!.id).toBe('strong');
  });
  it('handles no hits', () => {
    expect(mergeHits([])).toEqual([]);
  });
});
