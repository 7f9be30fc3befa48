import { stripDiacritics } from './text';

/**
 * URL slug from Vietnamese text: no diacritics, đ→d, lower case, words joined
 * by hyphens. Stable for a given title, so public URLs do not move.
 * @example slugify('Ngày hội Đại đoàn kết toàn dân tộc') === 'ngay-hoi-dai-doan-ket-toan-dan-toc'
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}

/** True when a string is already a well-formed slug. @example isSlug('le-ky-niem-2020') === true */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
