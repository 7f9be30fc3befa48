/**
 * Turning what a resident types into the queries the search index is asked.
 *
 * Pagefind already matches across tone marks and vowel marks ("nong thon moi"
 * finds "nông thôn mới", "hoà" finds "hòa"), but "đ" is its own letter, not
 * "d" with a mark, so "dang" never finds "Đảng". bench/search.mjs measured,
 * on the 32 resident queries of tests/browser/search-cases.json:
 *   Pagefind as is: 30/32 found; index 88 KB.
 *   hidden folded copy of each page: 30/32 (its extra words push the right
 *     page down for "Uỷ ban trung ương"), index 141 KB (+59%), and a match in
 *     the copy shows "dai doan ket" in the excerpt instead of real Vietnamese.
 *   query-side "d"→"đ" variants (this module): 32/32, index unchanged,
 *     excerpts highlight the page's own words; median 4.4 ms per search.
 * So we ask the index again with "đ" for each word typed with "d", capped.
 */
import { cleanText, modernToneMarks } from './text';

/** One query sent to the index; `exact` when it is spelt as the user typed it. */
export interface QueryVariant {
  text: string;
  exact: boolean;
}

/** Longest query we pass on (anything longer is a pasted paragraph). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many variants per search: 3 words typed with "d" give 8. */
export const MAX_VARIANTS = 8;
/** Score multiplier for a result found only through a "d"→"đ" variant. */
export const FOLDED_WEIGHT = 0.8;

/**
 * The query as the index should see it: NFC (so pasted NFD text matches),
 * white space folded, cut to a sane length. Empty for blank input.
 * @example normaliseQuery(' Uy\u0309 ban ') === 'Uỷ ban'
 */
export function normaliseQuery(raw: string | null | undefined): string {
  return cleanText(raw ?? '').slice(0, MAX_QUERY_LENGTH).trim();
}

const D_WORD = /^[dD](?![dD])/u;

/**
 * The queries to run for what the user typed: as typed, with modern tone
 * placement, and with "đ" for words typed with an initial "d" (in Vietnamese
 * "đ" only starts a syllable). Variants with fewer substitutions come first.
 * @example queryVariants('dai doan ket').map((v) => v.text) // ['dai doan ket', 'đai doan ket', 'dai đoan ket', 'đai đoan ket']
 */
export function queryVariants(raw: string, max = MAX_VARIANTS): QueryVariant[] {
  const typed = normaliseQuery(raw);
  if (!typed) return [];
  const out: QueryVariant[] = [];
  const seen = new Set<string>();
  const add = (text: string, exact: boolean) => {
    if (out.length >= max || seen.has(text)) return;
    seen.add(text);
    out.push({ text, exact });
  };
  add(typed, true);
  const modern = modernToneMarks(typed);
  add(modern, true);

  const words = modern.split(' ');
  const dIndexes = words.flatMap((w, i) => (D_WORD.test(w) ? [i] : []));
  // Every subset of the "d" words, fewest substitutions first.
  const masks = Array.from({ length: 2 ** Math.min(dIndexes.length, 10) }, (_, m) => m).slice(1);
  masks.sort((a, b) => popCount(a) - popCount(b) || a - b);
  for (const mask of masks) {
    const swapped = words.map((w, i) => {
      const bit = dIndexes.indexOf(i);
      return bit >= 0 && mask & (1 << bit) ? (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1) : w;
    });
    add(swapped.join(' '), false);
  }
  return out;
}

function popCount(n: number): number {
  let count = 0;
  for (let x = n; x; x &= x - 1) count++;
  return count;
}

/** A result from one variant's search. */
export interface VariantHit<T> {
  id: string;
  score: number;
  exact: boolean;
  item: T;
}

/**
 * Merges the results of all variants: one entry per page, scored by its best
 * match, with matches spelt as typed ranked above those found through "đ".
 */
export function mergeHits<T>(hits: VariantHit<T>[], foldedWeight = FOLDED_WEIGHT): { id: string; score: number; item: T }[] {
  const best = new Map<string, { id: string; score: number; item: T }>();
  for (const hit of hits) {
    const score = hit.score * (hit.exact ? 1 : foldedWeight);
    const current = best.get(hit.id);
    if (!current || score > current.score) best.set(hit.id, { id: hit.id, score, item: hit.item });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The content types residents can filter by, in the order the filter lists them. */
export const SEARCH_TYPES = ['Nhiệm vụ chương trình', 'Sự kiện', 'Cuộc vận động', 'Văn bản', 'Thông báo', 'Chương trình'] as const;
