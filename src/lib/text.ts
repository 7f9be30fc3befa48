/**
 * Vietnamese text normalisation: one place for NFC, tone-placement folding and
 * diacritic folding, used by slugs, search and content checks.
 */

/** Unicode NFC with runs of white space folded to one space and trimmed. @example cleanText(' Uy\u0309 ban ') === 'Uỷ ban' */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// Old-style ("hoà", "Uỷ") → new-style ("hòa", "Ủy") tone placement, for the
// vowel pairs where the two conventions differ: oa, oe, uy (not after q/g).
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/**
 * Moves the tone mark of "oa", "oe", "uy" to the first vowel (the "new" style
 * used by Vietnamese government documents), so both spellings compare equal.
 * Only when the pair ends the syllable: "hoàng", "thuyền" are unchanged.
 * @example modernToneMarks('hoà bình, Uỷ ban') === 'hòa bình, Ủy ban'
 */
export function modernToneMarks(text: string): string {
  return text.normalize('NFC').replace(/(?<![qQgG])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gu, (match, first: string, second: string) => {
    const decomposed = second.normalize('NFD');
    const tone = [...decomposed].find((c) => TONE_MARKS.includes(c));
    const pairOk = (/[oO]/.test(first) && /[aAeE]/.test(decomposed[0] ?? '')) || (/[uU]/.test(first) && /[yY]/.test(decomposed[0] ?? ''));
    if (!tone || !pairOk) return match;
    const base = decomposed.replace(tone, '');
    return (first + tone).normalize('NFC') + base.normalize('NFC');
  });
}

/**
 * Removes every diacritic and maps đ→d, Đ→D, keeping case.
 * @example stripDiacritics('Đoàn kết') === 'Doan ket'
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * The search/comparison key: NFC, lower case, no diacritics, đ→d, spaces folded.
 * @example foldForSearch('Đại  đoàn kết') === 'dai doan ket'
 */
export function foldForSearch(text: string): string {
  return cleanText(stripDiacritics(text.normalize('NFC')).toLowerCase());
}

/** Levenshtein distance, for "did you mean" suggestions. @example editDistance('dang', 'dan') === 1 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
