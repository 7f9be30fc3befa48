/**
 * What the search page does with Pagefind's results before showing them:
 * re-ranks them the way residents expect, marks only whole words, and picks
 * an excerpt from the page's own text that shows the words and differs from
 * the excerpts already on screen.
 *
 * Why not Pagefind's own order and excerpt: Pagefind matches every query word
 * as a prefix with diacritics folded, so "tra" finds "trận" and "thanh" finds
 * "thành", and its excerpt marks those prefixes ("Thông" for "thon"). A page
 * that holds the words as words must come first, whatever the prefix matches
 * score. Pure functions on plain strings, so they are tested on Vietnamese
 * text without a browser.
 */
import { foldForSearch, modernToneMarks } from './text';

/** A word of a text, with where it is. */
export interface Token {
  /** The word as written (NFC). */
  text: string;
  /** Lower case, tone and vowel marks removed, "đ" read as "d". */
  folded: string;
  /** Lower case, tone marks placed the modern way ("hoà" → "hòa"), marks kept. */
  exact: string;
  start: number;
  end: number;
}

// Letters and digits make words; "124-QĐ/TW" is the words 124, QĐ, TW, as in Pagefind.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, in order. */
export function tokenize(text: string): Token[] {
  const nfc = text.normalize('NFC');
  return [...nfc.matchAll(WORD)].map((m) => ({
    text: m[0],
    folded: foldForSearch(m[0]),
    exact: modernToneMarks(m[0].toLowerCase()),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The distinct words of a query, in the order typed. */
export function queryTerms(query: string): Token[] {
  const seen = new Set<string>();
  return tokenize(query).filter((t) => !seen.has(t.exact) && seen.add(t.exact));
}

/** How a page matches the query, as whole words. */
export interface MatchInfo {
  /** Query words (folded) found as whole words in the title. */
  inTitle: number;
  /** Query words (folded) found as whole words in the title or the text. */
  inPage: number;
  /** Every query word is on the page as a whole word. */
  holdsAll: boolean;
  /**
   * Every query word but the last is on the page as a whole word, and the
   * last begins a word of the page: a word still being typed ("nong thon mo").
   */
  holdsTyping: boolean;
  /** The query words stand together, in order, in the title / in the text. */
  phraseInTitle: boolean;
  phraseInText: boolean;
  /** Query words found spelt with the same marks as typed (only counts words typed with marks). */
  exactMarks: number;
  /** Words of the title that are not query words: the fewer, the more the page is about the query. */
  titleRest: number;
}

function hasPhrase(tokens: Token[], terms: Token[]): boolean {
  if (terms.length < 2) return false;
  outer: for (let i = 0; i + terms.length <= tokens.length; i++) {
    for (let j = 0; j < terms.length; j++) if (tokens[i + j]!.folded !== terms[j]!.folded) continue outer;
    return true;
  }
  return false;
}

/** Compares a page's title and text with the query, word by word. */
export function matchInfo(terms: Token[], title: string, text: string): MatchInfo {
  const titleTokens = tokenize(title);
  const textTokens = tokenize(text);
  const titleWords = new Set(titleTokens.map((t) => t.folded));
  const pageWords = new Set([...titleWords, ...textTokens.map((t) => t.folded)]);
  const exactWords = new Set([...titleTokens, ...textTokens].map((t) => t.exact));
  const inTitle = terms.filter((t) => titleWords.has(t.folded)).length;
  const inPage = terms.filter((t) => pageWords.has(t.folded)).length;
  // A word typed without marks says nothing about which marks were meant.
  const exactMarks = terms.filter((t) => t.exact !== t.folded && exactWords.has(t.exact)).length;
  const holdsAll = terms.length > 0 && inPage === terms.length;
  const last = terms[terms.length - 1];
  const holdsTyping = holdsAll || (last !== undefined && terms.slice(0, -1).every((t) => pageWords.has(t.folded)) && [...pageWords].some((w) => w.startsWith(last.folded)));
  return {
    inTitle,
    inPage,
    holdsAll,
    holdsTyping,
    phraseInTitle: hasPhrase(titleTokens, terms),
    phraseInText: hasPhrase(textTokens, terms),
    exactMarks,
    titleRest: titleTokens.filter((t) => !terms.some((q) => q.folded === t.folded)).length,
  };
}

/**
 * Whether to show a result at all: it holds every query word as a word.
 * Pagefind also returns pages where a word only begins another ("tra" in
 * "trận", "hoa" in "hoạt"); residents never mean those, except for the last
 * word while they are still typing it (`typing`: "nong thon mo").
 */
export function isWanted(match: MatchInfo, typing = false): boolean {
  return typing ? match.holdsTyping : match.holdsAll;
}

/** A result to rank: Pagefind's score and the page's title and text. */
export interface Rankable {
  id: string;
  score: number;
  title: string;
  text: string;
}

const rankKeys = (match: MatchInfo, terms: number, score: number) => [
  match.holdsAll ? 1 : 0,
  match.holdsTyping ? 1 : 0,
  match.inTitle === terms ? 1 : 0,
  match.phraseInTitle ? 1 : 0,
  match.phraseInText ? 1 : 0,
  match.inTitle,
  match.exactMarks,
  // Last before Pagefind's score: a short title about the query before a long one naming it among
  // other things (the event "Kỷ niệm 97 năm Ngày truyền thống …" before a task that also names it);
  // counted in steps of 5 words, so titles of about the same length keep Pagefind's order.
  -Math.floor(match.titleRest / 5),
  score,
];
const compareKeys = (ka: number[], kb: number[]) => {
  for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return kb[k]! - ka[k]!;
  return 0;
};

/**
 * Orders results as residents expect: pages holding every query word as a
 * word before pages matched only through prefixes of other words; then all
 * of them in the title, the words together (in order) in the title, then in
 * the text ("văn hóa" before "văn … hòa"), more of them in the title, spelt
 * with the marks typed, fewer other words in the title; then Pagefind's score. Stable for ties.
 */
export function rankResults<T extends Rankable>(query: string, results: T[]): (T & { match: MatchInfo })[] {
  return rankByForms([query], results).map(({ form: _f, ...r }) => r as unknown as T & { match: MatchInfo });
}

/**
 * Like `rankResults` for a query that can be written several ways ("BHYT",
 * "bảo hiểm y tế"): each result is judged by the form it matches best, and
 * remembers that form (for its excerpt and marks).
 */
export function rankByForms<T extends Rankable>(forms: string[], results: T[]): (T & { match: MatchInfo; form: string })[] {
  const termsOf = forms.map((f) => queryTerms(f));
  const withInfo = results.map((r, i) => {
    let best: { match: MatchInfo; form: string; keys: number[] } | undefined;
    forms.forEach((form, fi) => {
      const terms = termsOf[fi]!;
      const match = matchInfo(terms, r.title, r.text);
      const keys = rankKeys(match, terms.length, r.score);
      if (!best || compareKeys(keys, best.keys) < 0) best = { match, form, keys };
    });
    return { ...r, match: best!.match, form: best!.form, keys: best!.keys, i };
  });
  withInfo.sort((a, b) => compareKeys(a.keys, b.keys) || a.i - b.i);
  return withInfo.map(({ i: _i, keys: _k, ...r }) => r as T & { match: MatchInfo; form: string });
}

/** A result judged against each part of a query that no page holds whole. */
export interface PartialMatch {
  /** For each concept, whether the page holds one of its forms (all its words, as words). */
  held: boolean[];
  /** The forms held, joined: the words the excerpt shows and marks. */
  words: string;
}

/**
 * For queries no page holds whole: pages ordered by how many of the query's
 * concepts they hold (each concept any of its forms: "BHYT" or "bảo hiểm y
 * tế") plus how many neighbouring query words stand together on the page,
 * then by the held words in the title, then by Pagefind's score.
 * Pages holding none are dropped.
 */
export function rankPartial<T extends Rankable>(concepts: string[][], results: T[]): (T & { partial: PartialMatch })[] {
  // Neighbouring query words standing together on the page ("đối ngoại", "nhân dân") count too:
  // most Vietnamese words are two syllables, and scattered syllables mean something else.
  const pairs: [string, string][] = [];
  const flat = concepts.flatMap((forms) => queryTerms(forms[0] ?? '').map((t) => t.folded));
  for (let k = 0; k + 1 < flat.length; k++) pairs.push([flat[k]!, flat[k + 1]!]);
  const judged = results.map((r, i) => {
    const held: boolean[] = [];
    const words: string[] = [];
    let inTitle = 0;
    for (const forms of concepts) {
      const form = forms.find((f) => matchInfo(queryTerms(f), r.title, r.text).holdsAll);
      held.push(form !== undefined);
      if (form !== undefined) {
        words.push(form);
        inTitle += matchInfo(queryTerms(form), r.title, '').inTitle;
      }
    }
    const tokens = [...tokenize(r.title), ...tokenize(r.text)].map((t) => t.folded);
    const adjacent = new Set(tokens.slice(1).map((t, k) => `${tokens[k]} ${t}`));
    const together = pairs.filter(([a, b]) => adjacent.has(`${a} ${b}`)).length;
    const count = held.filter(Boolean).length;
    return { ...r, partial: { held, words: words.join(' ') }, count, value: count + together, inTitle, i };
  });
  return judged
    .filter((r) => r.count > 0)
    .sort((a, b) => b.value - a.value || b.count - a.count || b.inTitle - a.inTitle || b.score - a.score || a.i - b.i)
    .map(({ count: _c, value: _v, inTitle: _t, i: _i, ...r }) => r as T & { partial: PartialMatch });
}

/** A piece of text, marked when it is a query word. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Which tokens of a text to mark for the query: whole words equal to a query
 * word (diacritics folded). For a query of several words, when some of them
 * stand together in the text, only those runs are marked: "dai doan ket"
 * marks "Đại đoàn kết", not the "đoạn" of "giai đoạn"; "thanh tra" marks
 * "Thanh tra", not "thành lập".
 */
function markedTokens(tokens: Token[], terms: Token[]): boolean[] {
  const wanted = new Set(terms.map((t) => t.folded));
  const hit = tokens.map((t) => wanted.has(t.folded));
  if (wanted.size < 2) return hit;
  const inRun = hit.map((h, i) => h && ((hit[i - 1] === true && tokens[i - 1]!.folded !== tokens[i]!.folded) || (hit[i + 1] === true && tokens[i + 1]!.folded !== tokens[i]!.folded)));
  return inRun.some(Boolean) ? inRun : hit;
}

/** Splits a text into segments, marking the query's words as `markedTokens` chooses; neighbours share a mark. */
export function highlight(text: string, terms: Token[]): Segment[] {
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc);
  const marks = markedTokens(tokens, terms);
  const out: Segment[] = [];
  let at = 0;
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = out[out.length - 1];
    if (last && !last.mark && !mark) last.text += piece;
    else out.push({ text: piece, mark });
  };
  tokens.forEach((token, i) => {
    if (!marks[i]) return;
    const gap = nfc.slice(at, token.start);
    const last = out[out.length - 1];
    // Marked words one space apart share one mark: "[nông thôn mới]".
    if (last?.mark && at > 0 && marks[i - 1] && /^ $/u.test(gap)) last.text += gap + token.text;
    else {
      push(gap, false);
      push(token.text, true);
    }
    at = token.end;
  });
  push(nfc.slice(at), false);
  return out;
}

/** Words in an excerpt, as Pagefind's excerptLength counts them. */
export const EXCERPT_WORDS = 26;

/**
 * The page's text without its title at the start (Pagefind's content begins
 * with the h1, which the result already shows as its link).
 */
export function ownText(title: string, content: string): string {
  const t = title.normalize('NFC').trim();
  const c = content.normalize('NFC').trim();
  if (t && c.startsWith(t)) return c.slice(t.length).replace(/^[\s.:,;–-]+/u, '');
  return c;
}

/** One excerpt: its plain text and its highlighted segments. */
export interface Excerpt {
  text: string;
  segments: Segment[];
}

/**
 * An excerpt of `text` for the query: the window of `words` words holding the
 * query's words together, or else the most distinct query words; a few words
 * around each query word the window and the title lack are added.
 * A window whose text is in `used` (excerpts already shown) is skipped for
 * the next best, so two results never show the same excerpt. Adds the
 * excerpt to `used`.
 */
export function makeExcerpt(text: string, title: string, query: string, used: Set<string>, words = EXCERPT_WORDS): Excerpt {
  const terms = queryTerms(query);
  const body = ownText(title, text);
  const tokens = tokenize(body);
  const wanted = new Set(terms.map((t) => t.folded));
  const titleWords = new Set(tokenize(title).map((t) => t.folded));
  const candidates: { start: number; end: number; found: Set<string> }[] = [];
  const size = Math.min(words, tokens.length);
  for (let i = 0; i + size <= tokens.length; i++) {
    const slice = tokens.slice(i, i + size);
    candidates.push({ start: i, end: i + size, found: new Set(slice.filter((t) => wanted.has(t.folded)).map((t) => t.folded)) });
  }
  // Best: the query's words together ("văn hóa", not "vận … hóa"), then most
  // query words, then words the title does not show, then earliest.
  const together = (c: (typeof candidates)[number]) => terms.length > 1 && hasPhrase(tokens.slice(c.start, c.end), terms);
  const value = (c: (typeof candidates)[number]) => (together(c) ? 10_000 : 0) + c.found.size * 100 + [...c.found].filter((w) => !titleWords.has(w)).length;
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => value(b.c) - value(a.c) || a.i - b.i).map((x) => x.c);
  if (!tokens.length) return { text: body, segments: highlight(body, terms) };
  const cut = (from: number, to: number) => {
    const startChar = tokens[from]!.start;
    // Keep the punctuation closing the last word (a comma, a quote, a full stop).
    const next = tokens[to]?.start ?? body.length;
    let endChar = tokens[to - 1]!.end;
    while (endChar < next && !/\s/u.test(body[endChar]!)) endChar++;
    return body.slice(startChar, endChar);
  };
  // Word ranges to text, "…" where text is left out.
  const join = (ranges: [number, number][]) => {
    const merged: [number, number][] = [];
    for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([...r]);
    }
    const pieces = merged.map(([from, to]) => cut(from, to));
    return `${merged[0]![0] > 0 ? '… ' : ''}${pieces.join(' … ')}${merged[merged.length - 1]![1] < tokens.length ? ' …' : ''}`;
  };
  let chosen: string | undefined;
  for (const first of order) {
    const ranges: [number, number][] = [[first.start, first.end]];
    // Query words the title does not show and this window lacks: a few words around each, added.
    for (const word of [...wanted].filter((w) => !first.found.has(w) && !titleWords.has(w))) {
      const at = tokens.findIndex((t) => t.folded === word);
      if (at >= 0) ranges.push([Math.max(0, at - 4), Math.min(tokens.length, at + 8)]);
    }
    const piece = join(ranges);
    if (!used.has(piece)) {
      chosen = piece;
      break;
    }
  }
  chosen ??= order[0] ? join([[order[0].start, order[0].end]]) : body;
  used.add(chosen);
  return { text: chosen, segments: highlight(chosen, terms) };
}
