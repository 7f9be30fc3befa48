import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it.each([
    ['Ngày hội đại đoàn kết toàn dân tộc', 'ngay-hoi-dai-doan-ket-toan-dan-toc'],
    ['Đảng Cộng sản Việt Nam', 'dang-cong-san-viet-nam'],
    ['Quy định số 124-QĐ/TW', 'quy-dinh-so-124-qd-tw'],
    ['“Người Việt Nam ưu tiên dùng hàng Việt Nam”', 'nguoi-viet-nam-uu-tien-dung-hang-viet-nam'],
    ['Uỷ ban và Ủy ban', 'uy-ban-va-uy-ban'],
    ['  Bảo hiểm xã hội, Bảo hiểm y tế 2016 - 2020 ', 'bao-hiem-xa-hoi-bao-hiem-y-te-2016-2020'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title.normalize('NFD'))).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Tuyên truyền về an toàn giao thông, phòng chống tội phạm, ma túy, mại dâm, HIV/AIDS', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('tuyen-truyen-ve-an-toan-giao-thong-phong');
  });
  it('rejects malformed slugs', () => {
    for (const bad of ['', 'Dang', 'đảng', 'a--b', '-a', 'a b']) expect(isSlug(bad)).toBe(false);
  });
});
