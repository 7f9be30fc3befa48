/**
 * Vietnamese syllables, folded (no marks, đ→d, lower case): their shape
 * (onset + rhyme), and an edit distance that knows it. Every Vietnamese word
 * is a run of such syllables, so typos are corrected one syllable at a time.
 */

// Longest onsets first, so "ngh" is not read as "ng" + "h".
const ONSET = '(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?';
const RHYME = '([aeiouy]+)(ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${RHYME}$`);

/** The onset and rhyme of a folded syllable, or null when the word is not one ("bhyt", "nhug"). */
export function splitSyllable(folded: string): { onset: string; rhyme: string } | null {
  const m = SYLLABLE.exec(folded);
  if (!m) return null;
  const onset = m[1] ?? '';
  // "gi" before a vowel is an onset ("gia"); alone ("gi") it is g + i.
  if (onset === 'gi' && !m[2]) return { onset: 'g', rhyme: folded.slice(1) };
  return { onset, rhyme: folded.slice(onset.length) };
}

// The vowel groups a folded Vietnamese rhyme can have ("qu" and "gi" are onsets).
const NUCLEI = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'ie', 'iu', 'oa', 'oe', 'oi', 'oo', 'ua', 'ue', 'ui', 'uo', 'uu', 'uy', 'ye', 'ieu', 'yeu', 'oai', 'oay', 'oeo', 'uay', 'uoi', 'uou', 'uya', 'uye', 'uyu']);

/**
 * Whether a folded word is spelt as a Vietnamese syllable can be: an onset,
 * vowels, a final consonant, and the spelling rules (ngh/gh/k before e, ê, i;
 * ng/g/c elsewhere). "ngeo" and "nhug" are not; "lich" is.
 * @example isSyllable('nghe') === true; isSyllable('ngeo') === false; isSyllable('bhyt') === false
 */
export function isSyllable(folded: string): boolean {
  const parts = splitSyllable(folded);
  if (!parts) return false;
  const vowels = /^[aeiouy]+/.exec(parts.rhyme)?.[0] ?? '';
  if (!NUCLEI.has(vowels)) return false;
  // "oo" only before a final consonant ("xoong"); "ooi" is not a rhyme.
  if (vowels === 'oo' && vowels === parts.rhyme) return false;
  const front = /^[ei]/.test(parts.rhyme);
  if (front && ['ng', 'g', 'c'].includes(parts.onset)) return false;
  if (!front && ['ngh', 'gh', 'k'].includes(parts.onset)) return false;
  return parts.onset !== 'q';
}

/**
 * Onsets residents mix up when typing (spelling rules ng/ngh, g/gh, c/k/q, and
 * the southern/northern sound mergers d/gi/r, ch/tr, s/x, n/l): half a typo.
 */
const CLOSE_ONSETS = [['ng', 'ngh'], ['g', 'gh'], ['c', 'k'], ['c', 'q'], ['k', 'q'], ['d', 'gi'], ['d', 'r'], ['gi', 'r'], ['ch', 'tr'], ['s', 'x'], ['n', 'l'], ['v', 'd']];
const close = new Set(CLOSE_ONSETS.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** Damerau–Levenshtein distance (insert, delete, replace, swap two neighbours: 1 each). */
export function damerau(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * How far a typed word is from a word of the site, syllable-aware: when both
 * are syllables, a commonly confused onset costs 0.5 ("ngeo" → "ngheo") and
 * the rest is counted on the rhymes; otherwise letter by letter.
 * @example syllableDistance('ngeo', 'ngheo') === 0.5; syllableDistance('nhug', 'nhung') === 1
 */
export function syllableDistance(typed: string, word: string): number {
  const a = splitSyllable(typed);
  const b = splitSyllable(word);
  if (!a || !b) return damerau(typed, word);
  const onset = a.onset === b.onset ? 0 : close.has(`${a.onset}|${b.onset}`) ? 0.5 : damerau(a.onset, b.onset);
  return Math.min(damerau(typed, word), onset + damerau(a.rhyme, b.rhyme));
}
