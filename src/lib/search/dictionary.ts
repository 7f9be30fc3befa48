/**
 * The search page's dictionary, `/tim-kiem/tu-dien.json`, written at build
 * time from what the build already made: the indexed text (Pagefind's
 * fragments) for the vocabulary and the abbreviations content defines, and
 * the calendars' open data (`/lich/<năm>.json`, from `occurrencesInYear`)
 * for the events on each day. Nothing here recomputes a calendar rule.
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

export interface DictionaryFile {
  words: VocabularyFile;
  abbreviations: [string, string][];
  events: DictionaryEvent[];
  /** The published years (those with calendars). */
  years: number[];
}

/** What the page uses: the vocabulary read, the rest as written. */
export interface Dictionary {
  vocabulary: Vocabulary;
  abbreviations: [string, string][];
  events: DictionaryEvent[];
  years: number[];
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

/** Builds the file from the indexed texts and the years' open data. */
export function buildDictionary(texts: string[], years: { year: number; events: YearJsonEvent[] }[]): DictionaryFile {
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
  return { words: buildVocabulary(texts), abbreviations: abbreviations.sort((a, b) => (a[0] < b[0] ? -1 : 1)), events, years: years.map((y) => y.year).sort((a, b) => a - b) };
}

/** Reads the file fetched by the page; a malformed part is left empty. */
export function readDictionary(json: unknown): Dictionary {
  const file = (json ?? {}) as Partial<DictionaryFile>;
  const words = file.words && typeof file.words === 'object' ? file.words : {};
  const abbreviations = Array.isArray(file.abbreviations) ? file.abbreviations.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') : [];
  const events = Array.isArray(file.events) ? file.events.filter((e) => e && typeof e.title === 'string' && ISO.test(e.start) && ISO.test(e.end) && typeof e.url === 'string' && e.url.startsWith('/')) : [];
  const years = Array.isArray(file.years) ? file.years.filter((y) => Number.isInteger(y) && y >= 1000 && y <= 9999) : [];
  return { vocabulary: readVocabulary(words), abbreviations, events, years };
}
