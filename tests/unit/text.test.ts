import { describe, expect, it } from 'vitest';
import { cleanText, foldForSearch, modernToneMarks, stripDiacritics } from '../../src/lib/text';

const nfd = (s: string) => s.normalize('NFD');

describe('cleanText', () => {
  it('turns decomposed text from office documents into NFC', () => {
    // Line 77 of the seed has "Ban Thanh tra nhân dân" typed with combining hooks.
    const out = cleanText(nfd('Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân'));
    expect(out).toBe('Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân');
    expect(out.normalize('NFC')).toBe(out);
    expect(out.length).toBeLessThan(nfd(out).length);
  });
  it('folds runs of spaces, tabs and newlines', () => {
    expect(cleanText('  Ủy ban\t MTTQ\n Việt Nam  ')).toBe('Ủy ban MTTQ Việt Nam');
  });
});

describe('modernToneMarks', () => {
  it.each([
    ['Uỷ ban', 'Ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['Khoá VIII', 'Khóa VIII'],
    ['thuỷ lợi', 'thủy lợi'],
  ])('%s → %s', (oldStyle, newStyle) => {
    expect(modernToneMarks(oldStyle)).toBe(newStyle);
    expect(modernToneMarks(nfd(oldStyle))).toBe(newStyle);
  });
  it.each(['hoàng', 'quý', 'quỳnh', 'thuyền', 'Ủy ban', 'hòa', 'toàn dân'])('leaves %s as it is', (word) => {
    expect(modernToneMarks(word)).toBe(word);
  });
});

describe('stripDiacritics and foldForSearch', () => {
  it('maps đ to d, which Unicode decomposition alone does not do', () => {
    expect(nfd('Đảng').replace(/\p{M}/gu, '')).toBe('Đang');
    expect(stripDiacritics('Đảng Cộng sản')).toBe('Dang Cong san');
  });
  it('gives one key for every way residents type a phrase', () => {
    const key = foldForSearch('Đại đoàn kết');
    for (const typed of ['dai doan ket', 'DAI DOAN KET', 'đại đoàn kết', nfd('Đại đoàn kết'), 'Đại  đoàn   kết']) {
      expect(foldForSearch(typed)).toBe(key);
    }
    expect(foldForSearch('Uỷ ban')).toBe(foldForSearch('Ủy ban'));
  });
});
