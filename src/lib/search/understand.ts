/**
 * What a resident's query means, before the index is asked: filler and
 * question words set aside, abbreviations and everyday names paired with the
 * names the site writes (both ways), words the site does not have corrected
 * to the nearest site words, and a date or month read. Pure; the search page
 * (src/scripts/search.ts) runs it and says in Vietnamese what it understood.
 */
import { foldForSearch, modernToneMarks } from '../text';
import { FILLERS } from './fillers';
import { ABBREVIATIONS, SYNONYMS } from './equivalents';
import { isSyllable, syllableDistance } from './syllables';
import { parseDateQuery, type DateQuery } from './dates';
import type { Vocabulary } from './vocabulary';

/** One thing the resident asked for: any of its forms on a page counts. */
export interface Concept {
  /** The words as typed. */
  typed: string;
  /** How the page names it: the abbreviation in capitals ("BHXH" for "bhxh"). */
  label?: string;
  /** Queries for the index meaning this concept, the one to show first. */
  forms: string[];
  /** Why there is more than one form, or why the form differs from what was typed. */
  via?: 'abbreviation' | 'synonym' | 'typo';
  /**
   * A correction to another real-looking syllable ("lich" → "tịch"): kept
   * only where a page has the corrected word next to a neighbouring query word.
   */
  tentative?: boolean;
  /** The query's words either side (folded), for checking a tentative correction. */
  neighbours?: string[];
  /** Where it stands in `Understood.base`. */
  start: number;
  end: number;
}

export interface Understood {
  /** The query as typed (NFC, spaces folded, modern tone placement). */
  typed: string;
  /** The query without its date, which the concepts index. */
  base: string;
  concepts: Concept[];
  /** Filler and question words left out of matching, as typed, and where they are in `base`. */
  ignored: string[];
  fillerRanges: { start: number; end: number }[];
  date: DateQuery | null;
  /** The words typed that the site does not have and could not be corrected. */
  unknown: string[];
}

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const words = (s: string): Word[] => [...s.normalize('NFC').matchAll(WORD)].map((m) => ({ text: m[0], folded: foldForSearch(m[0]), start: m.index, end: m.index + m[0].length }));
const hasMarks = (w: string) => foldForSearch(w) !== w.toLowerCase();

interface Group {
  phrases: { words: string[]; text: string }[];
  via: 'abbreviation' | 'synonym';
}
/** Abbreviation and synonym groups, each phrase as folded words. */
export function equivalenceGroups(extraAbbreviations: [string, string][] = []): Group[] {
  const groups: Group[] = [];
  const seen = new Set<string>();
  for (const [abbr, full] of [...ABBREVIATIONS, ...extraAbbreviations]) {
    const key = foldForSearch(abbr).replace(/[^a-z]/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const phrases = [{ words: words(abbr).map((w) => w.folded), text: abbr }, { words: words(full).map((w) => w.folded), text: full }];
    // "KT-XH" is also typed "KTXH".
    if (phrases[0]!.words.length > 1) phrases.push({ words: [key], text: abbr.replace(/[^\p{L}]/gu, '') });
    groups.push({ phrases, via: 'abbreviation' });
  }
  for (const names of SYNONYMS) groups.push({ phrases: names.map((n) => ({ words: words(n).map((w) => w.folded), text: n })), via: 'synonym' });
  return groups;
}

/**
 * Whether typed words stand for an abbreviation: written in capitals, or not
 * a Vietnamese syllable at all ("bhyt"); a lower-case syllable ("tu", "tp"
 * is not one, "ho" is) is taken as the word it spells.
 */
function abbreviationTyped(typed: Word[]): boolean {
  return typed.every((w) => w.text === w.text.toUpperCase() || !isSyllable(w.folded));
}

const DATE_CONTEXT = new Set(['ngay', 'thang', 'nam', 'la', 'vao', 'dip', 'su', 'kien', 'lich', 'co', 'nhung', 'hom', 'gi', 'nao']);

/** The largest distance a correction may have, by the word's length. */
const maxDistance = (word: string) => (word.length <= 2 ? 0 : 1);

/**
 * The site words nearest a word the site does not have (at most two, equally
 * near, most frequent first), or a split into two site words when two were
 * typed without a space ("nongthon"). Empty when nothing is near enough.
 * @example correctWord('ngeo', vocabulary) // ['nghèo']
 */
export function correctWord(folded: string, vocabulary: Vocabulary, keep = 2): string[] {
  if (vocabulary.has(folded) || /\d/.test(folded)) return [];
  const limit = maxDistance(folded);
  let best = Infinity;
  let found: { word: string; count: number }[] = [];
  if (limit > 0) {
    for (const [word, entry] of vocabulary.words) {
      if (Math.abs(word.length - folded.length) > 2) continue;
      const d = syllableDistance(folded, word);
      if (d > limit || d > best) continue;
      if (d < best) {
        best = d;
        found = [];
      }
      found.push({ word: entry.spelling, count: entry.count });
    }
  }
  if (found.length) return found.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)).slice(0, keep).map((f) => f.word);
  for (let i = 2; i <= folded.length - 2; i++) {
    const a = vocabulary.words.get(folded.slice(0, i));
    const b = vocabulary.words.get(folded.slice(i));
    if (a && b && isSyllable(folded.slice(0, i)) && isSyllable(folded.slice(i))) return [`${a.spelling} ${b.spelling}`];
  }
  return [];
}

/**
 * Reads a query. Fillers are matched on whole phrases (the longest first);
 * abbreviations and synonyms likewise; a word left over that the site does
 * not have is corrected. When every word is a filler, they are all kept.
 * @example understandQuery('BHYT la gi', vocabulary).concepts // [{ typed: 'BHYT', forms: ['BHYT', 'bảo hiểm y tế'], via: 'abbreviation' }]
 */
export function understandQuery(raw: string, vocabulary: Vocabulary | null, extraAbbreviations: [string, string][] = [], { tentative = true } = {}): Understood {
  const typed = modernToneMarks(raw.normalize('NFC').replace(/\s+/g, ' ').trim());
  const parsed = parseDateQuery(typed);
  const base = parsed ? parsed.rest : typed;
  const all = words(base);
  const taken: ('filler' | 'group' | null)[] = all.map(() => null);
  const ignored: string[] = [];
  const concepts: Concept[] = [];

  // 1. Fillers, longest phrase first.
  const fillers = FILLERS.map((f) => ({ ...f, list: words(f.words) })).sort((a, b) => b.list.length - a.list.length);
  for (const f of fillers) {
    for (let i = 0; i + f.list.length <= all.length; i++) {
      const run = all.slice(i, i + f.list.length);
      if (run.some((_, j) => taken[i + j] !== null)) continue;
      const same = run.every((w, j) => w.folded === f.list[j]!.folded && (hasMarks(w.text) ? w.text.toLowerCase() === f.list[j]!.text : f.bare));
      if (same) run.forEach((_, j) => (taken[i + j] = 'filler'));
    }
  }
  // Around a date, the words that only say "which day" ("ngày 2/9 là ngày gì", "sự kiện tháng 11").
  if (parsed) all.forEach((w, i) => DATE_CONTEXT.has(w.folded) && (taken[i] = 'filler'));
  if (!parsed && !taken.some((t) => t !== 'filler')) taken.fill(null);
  all.forEach((w, i) => taken[i] === 'filler' && ignored.push(w.text));

  // 2. Abbreviations and synonyms, longest phrase first, in typed order.
  const groups = equivalenceGroups(extraAbbreviations);
  const phrases = groups.flatMap((g, gi) => g.phrases.map((p, pi) => ({ ...p, gi, pi }))).sort((a, b) => b.words.length - a.words.length);
  const found: { at: number; len: number; concept: Concept }[] = [];
  for (const p of phrases) {
    for (let i = 0; i + p.words.length <= all.length; i++) {
      const run = all.slice(i, i + p.words.length);
      if (run.some((_, j) => taken[i + j] !== null) || run.some((w, j) => w.folded !== p.words[j])) continue;
      const group = groups[p.gi]!;
      if (group.via === 'abbreviation' && p.pi !== 1 && !abbreviationTyped(run)) continue;
      run.forEach((_, j) => (taken[i + j] = 'group'));
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const text = base.slice(start, end);
      const others = group.phrases.filter((_, pi) => pi !== p.pi && !(group.via === 'abbreviation' && pi === 2)).map((o) => o.text);
      const label = group.via === 'abbreviation' && p.pi !== 1 ? group.phrases[0]!.text : text;
      found.push({ at: i, len: run.length, concept: { typed: text, label, forms: [text, ...others], via: group.via, start, end } });
    }
  }

  // 3. The other words, one concept each; a word the site lacks is corrected.
  const unknown: string[] = [];
  all.forEach((w, i) => {
    if (taken[i] !== null) return;
    if (concepts.some((c) => foldForSearch(c.typed) === w.folded) || found.some((f) => foldForSearch(f.concept.typed) === w.folded)) return;
    // A word spelt as a syllable can be (a real word the site lacks) is corrected only when confirmed.
    const unsure = isSyllable(w.folded);
    const neighbours = [all[i - 1], all[i + 1]].filter((n): n is Word => n !== undefined && taken[all.indexOf(n)] !== 'filler').map((n) => n.folded);
    // A tentative correction keeps more candidates: the pages say which one stands next to the neighbours.
    const fixes = vocabulary && (!unsure || (tentative && neighbours.length)) ? correctWord(w.folded, vocabulary, unsure ? 5 : 2) : [];
    const at = { start: w.start, end: w.end };
    if (fixes.length) found.push({ at: i, len: 1, concept: { typed: w.text, forms: fixes, via: 'typo', ...(unsure ? { tentative: true, neighbours } : {}), ...at } });
    else {
      if (vocabulary && !vocabulary.has(w.folded)) unknown.push(w.text);
      found.push({ at: i, len: 1, concept: { typed: w.text, forms: [w.text], ...at } });
    }
  });
  concepts.push(...found.sort((a, b) => a.at - b.at).map((f) => f.concept));
  const fillerRanges = all.filter((_, i) => taken[i] === 'filler').map((w) => ({ start: w.start, end: w.end }));
  return { typed, base, concepts, ignored, fillerRanges, date: parsed?.date ?? null, unknown };
}

/**
 * The full queries to ask the index: the query as typed without its fillers
 * and with corrections (punctuation kept: "124-QĐ/TW" stays one number), then
 * with each other form of one concept in turn (at most `max`).
 * @example matchQueries(understandQuery('BHYT la gi', v)) // ['BHYT', 'bảo hiểm y tế']
 */
export function matchQueries(u: Pick<Understood, 'base' | 'concepts' | 'fillerRanges'>, max = 6): string[] {
  const build = (swap?: { concept: Concept; form: string }) => {
    const cuts = [
      ...u.fillerRanges.map((r) => ({ ...r, text: '' })),
      ...u.concepts.flatMap((c) => (swap?.concept === c ? [{ start: c.start, end: c.end, text: swap.form }] : c.via === 'typo' ? [{ start: c.start, end: c.end, text: c.forms[0]! }] : [])),
    ].sort((a, b) => b.start - a.start);
    let q = u.base;
    for (const cut of cuts) q = q.slice(0, cut.start) + cut.text + q.slice(cut.end);
    return q.replace(/\s+/g, ' ').trim();
  };
  const out = [build()];
  for (const concept of u.concepts) {
    for (const form of concept.forms.slice(1)) {
      const q = build({ concept, form });
      if (out.length < max && !out.includes(q)) out.push(q);
    }
  }
  return out.filter(Boolean);
}

/**
 * Whether a page confirms a tentative correction: one of its forms stands
 * right next to one of the query's neighbouring words ("tham nhũng" for
 * "tham nhun"), in the title or the text.
 */
export function correctionHolds(concept: Concept, title: string, text: string): boolean {
  if (!concept.tentative) return true;
  const fixes = new Set(concept.forms.map((f) => foldForSearch(f)));
  const near = new Set(concept.neighbours ?? []);
  for (const part of [title, text]) {
    const ws = words(part).map((w) => w.folded);
    for (let i = 0; i < ws.length; i++) if (fixes.has(ws[i]!) && (near.has(ws[i - 1] ?? '') || near.has(ws[i + 1] ?? ''))) return true;
  }
  return false;
}

/** The Vietnamese lines saying what the page understood ("đã hiểu BHYT là bảo hiểm y tế"). */
export function explain(u: Understood, shown?: string): { understood: string[]; corrected: string | null } {
  const understood: string[] = [];
  for (const c of u.concepts) {
    if (c.via === 'abbreviation') understood.push(`${c.label ?? c.typed} là ${c.forms.slice(1).join(' / ')}`);
    if (c.via === 'synonym') understood.push(`“${c.typed}” cũng là “${c.forms.slice(1).join('”, “')}”`);
  }
  const typos = u.concepts.filter((c) => c.via === 'typo');
  // `shown`: the form of the query the first result matched ("tham nhũng", not "tham nhân").
  const corrected = typos.length ? (shown ?? matchQueries(u)[0] ?? null) : null;
  return { understood, corrected };
}
