/**
 * The search page's dictionary, `/tim-kiem/tu-dien.json`, written at build
 * time from what the build already made: the indexed text (Pagefind's
 * fragments) for the vocabulary and the abbreviations content defines, and
 * the calendars' open data (`/lich/<năm>.json`, from `occurrencesInYear`)
 * for the events on each day. Nothing here recomputes a calendar rule.
 * While the site's indexed text is small, the file also carries each page's
 * text as Pagefind's fragment holds it (`pages`), so the page re-ranks and
 * shows its first results without a round trip for fragments.
 */
import { definedAbbreviations } from './equivalents';
import { buildVocabulary, readVocabulary, type Vocabulary, type VocabularyFile } from './vocabulary';
import { paths } from '../urls';

/** One event on its days, as the search page lists it. */
export interface DictionaryEvent {
  slug: string;
  /** The occurrence's title ("Kỷ niệm 90 năm …"). */
  title: string;
  start: string;
  end: string;
  url: string;
}

/** A page as Pagefind's fragment holds it (what re-ranking and a result line read). */
export interface PageText {
  url: string;
  /** Pagefind's meta: title, type, date. */
  meta: Record<string, string>;
  content: string;
}

/**
 * The most text (title and content, in characters) the dictionary carries as `pages`: about
 * 16 KB gzip, twice the site's text today (≈ 8 KB gzip for 88 pages). A bigger site's first query
 * fetches only its results' fragments instead of every page's text.
 */
export const MAX_PAGE_TEXT = 48_000;

export interface DictionaryFile {
  words: VocabularyFile;
  abbreviations: [string, string][];
  events: DictionaryEvent[];
  /** The published years (those with calendars). */
  years: number[];
  /** Each page's text by Pagefind's page id (its fragment's name), while the site is small. */
  pages?: Record<string, PageText>;
}

/** What the page uses: the vocabulary read, the rest as written. */
export interface Dictionary {
  vocabulary: Vocabulary;
  abbreviations: [string, string][];
  events: DictionaryEvent[];
  years: number[];
  /** Pages by Pagefind's id, or null (then the page fetches fragments). */
  pages: Map<string, PageText> | null;
}

/** An event of a year's open data (src/lib/calendar-files.ts, yearJson). */
interface YearJsonEvent {
  slug: string;
  title: string;
  date?: string;
  start?: string;
  end?: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The pages to carry: all of them while their text is at most `max` characters, else none. */
export function pageTexts(pages: (PageText & { id: string })[], max = MAX_PAGE_TEXT): Record<string, PageText> | undefined {
  const size = pages.reduce((n, p) => n + p.content.length + (p.meta.title ?? '').length, 0);
  if (size > max || !pages.length) return undefined;
  const out: Record<string, PageText> = {};
  for (const p of [...pages].sort((a, b) => (a.id < b.id ? -1 : 1))) out[p.id] = { url: p.url, meta: p.meta, content: p.content };
  return out;
}

/** Builds the file from the indexed texts, the years' open data and, while small, the pages' text. */
export function buildDictionary(texts: string[], years: { year: number; events: YearJsonEvent[] }[], pages?: Record<string, PageText>): DictionaryFile {
  const abbreviations: [string, string][] = [];
  for (const text of texts) for (const pair of definedAbbreviations(text)) if (!abbreviations.some(([a]) => a === pair[0])) abbreviations.push(pair);
  const events: DictionaryEvent[] = [];
  for (const year of years) {
    for (const e of year.events) {
      const start = e.date ?? e.start;
      const end = e.date ?? e.end;
      if (!start || !end || !ISO.test(start) || !ISO.test(end)) continue;
      events.push({ slug: e.slug, title: e.title, start, end, url: paths.event(e.slug) });
    }
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.slug < b.slug ? -1 : 1));
  return { words: buildVocabulary(texts), abbreviations: abbreviations.sort((a, b) => (a[0] < b[0] ? -1 : 1)), events, years: years.map((y) => y.year).sort((a, b) => a - b), ...(pages ? { pages } : {}) };
}

/** A page of the file: a site path, string meta, text; anything else is not a page. */
function readPage(value: unknown): PageText | null {
  const p = value as Partial<PageText> | null;
  if (!p || typeof p.url !== 'string' || !p.url.startsWith('/') || p.url.startsWith('//') || typeof p.content !== 'string' || !p.meta || typeof p.meta !== 'object') return null;
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.meta)) if (typeof v === 'string') meta[k] = v;
  return { url: p.url, meta, content: p.content };
}

/** Reads the file fetched by the page; a malformed part is left empty. */
export function readDictionary(json: unknown): Dictionary {
  const file = (json ?? {}) as Partial<DictionaryFile>;
  const words = file.words && typeof file.words === 'object' ? file.words : {};
  const abbreviations = Array.isArray(file.abbreviations) ? file.abbreviations.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') : [];
  const events = Array.isArray(file.events) ? file.events.filter((e) => e && typeof e.title === 'string' && ISO.test(e.start) && ISO.test(e.end) && typeof e.url === 'string' && e.url.startsWith('/')) : [];
  const years = Array.isArray(file.years) ? file.years.filter((y) => Number.isInteger(y) && y >= 1000 && y <= 9999) : [];
  let pages: Map<string, PageText> | null = null;
  if (file.pages && typeof file.pages === 'object' && !Array.isArray(file.pages)) {
    pages = new Map();
    for (const [id, value] of Object.entries(file.pages)) {
      const page = readPage(value);
      if (page) pages.set(id, page);
    }
  }
  return { vocabulary: readVocabulary(words), abbreviations, events, years, pages };
}
