/**
 * The site's words, built at build time from the indexed text (see
 * src/integrations/pagefind.ts) and read by the search page for typo
 * correction. Stored as words grouped by count, each in its most frequent
 * spelling (lower case, marks kept): a few KB gzipped.
 */
import { foldForSearch, modernToneMarks } from '../text';

export interface Vocabulary {
  /** Folded word → its usual spelling and how often the site uses it. */
  words: Map<string, { spelling: string; count: number }>;
  has(folded: string): boolean;
}

/** The file the build writes: count → the words used that often, space-separated. */
export type VocabularyFile = Record<string, string>;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Counts the words of the given texts (letters only: numbers are not
 * corrected), keeping each folded word's most frequent spelling.
 * @example buildVocabulary(['Người nghèo', 'người']) // { '1': 'nghèo', '2': 'người' }
 */
export function buildVocabulary(texts: string[]): VocabularyFile {
  const counts = new Map<string, Map<string, number>>();
  // Each distinct word is spelled and folded once: a site of 2,000 pages repeats a few thousand words
  // millions of times (this was 2.5 s of a +1,000 build).
  const seen = new Map<string, { spelling: string; forms: Map<string, number> } | null>();
  for (const text of texts) {
    for (const [word] of text.normalize('NFC').matchAll(WORD)) {
      let known = seen.get(word);
      if (known === undefined) {
        if (/\d/.test(word)) known = null;
        else {
          const spelling = modernToneMarks(word.toLowerCase());
          const folded = foldForSearch(spelling);
          let forms = counts.get(folded);
          if (!forms) counts.set(folded, (forms = new Map<string, number>()));
          known = { spelling, forms };
        }
        seen.set(word, known);
      }
      if (known) known.forms.set(known.spelling, (known.forms.get(known.spelling) ?? 0) + 1);
    }
  }
  const byCount = new Map<number, string[]>();
  for (const forms of counts.values()) {
    const total = [...forms.values()].reduce((a, b) => a + b, 0);
    const spelling = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const list = byCount.get(total);
    if (list) list.push(spelling);
    else byCount.set(total, [spelling]);
  }
  return Object.fromEntries([...byCount].sort((a, b) => a[0] - b[0]).map(([n, ws]) => [String(n), ws.sort().join(' ')]));
}

/** Reads the build's file; anything malformed is skipped. */
export function readVocabulary(file: VocabularyFile): Vocabulary {
  const words = new Map<string, { spelling: string; count: number }>();
  for (const [n, list] of Object.entries(file)) {
    const count = Number(n);
    if (!Number.isInteger(count) || count < 1 || typeof list !== 'string') continue;
    for (const spelling of list.split(' ').filter(Boolean)) words.set(foldForSearch(spelling), { spelling, count });
  }
  return { words, has: (folded) => words.has(folded) };
}
