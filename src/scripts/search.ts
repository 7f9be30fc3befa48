/**
 * Enhances the search page: runs the query from the URL and as the user
 * types, and renders results. Pagefind's own script is fetched only when
 * there is something to search for. Bundled as an external module (no inline
 * script, for a strict Content-Security-Policy).
 */
import { mergeHits, normaliseQuery, queryVariants } from '../lib/search-query';
import { isWanted, makeExcerpt, matchInfo, queryTerms, rankByForms, rankPartial, type Segment } from '../lib/search-rank';
import { formatDateVi, formatDateWithWeekdayVi, formatRangeVi } from '../lib/dates';
import { correctionHolds, explain, matchQueries, understandQuery, type Understood } from '../lib/search/understand';
import { dateLabel, eventsForDate, type EventForDate } from '../lib/search/dates';
import { readDictionary, type Dictionary } from '../lib/search/dictionary';
import { paths } from '../lib/urls';
import { PAGEFIND_BASE } from '../lib/search/preload';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** User-timing marks for bench/search.mjs's breakdown of the time to first results (a few entries a search). */
const mark = (name: string) => performance.mark?.(`search:${name}`);
mark('script');

const PAGE_SIZE = 10;
/**
 * Pagefind's best results whose text is read and re-ranked by whole words
 * (src/lib/search-rank.ts); the rest keep Pagefind's order. On a site too big
 * for the dictionary to carry the pages' text, each costs one small fragment
 * request (~0.5 KB), so this is kept near one screen.
 */
const RERANK_WINDOW = 14;
/** Pages judged for a query no page holds whole (its words' results, merged). */
const PARTIAL_WINDOW = 20;
/** Fewer pages than this hold every word: the pages holding most of them follow. */
const FEW = 3;
const DEBOUNCE_MS = 250;
const FILTER_NAMES = ['type', 'year', 'section'] as const;

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const status = document.querySelector<HTMLElement>('#search-status')!;
const resultsBox = document.querySelector<HTMLElement>('#search-results')!;
const fallback = document.querySelector<HTMLElement>('#search-fallback')!;

let dictionaryPromise: Promise<Dictionary | null> | null = null;
/** Every page's text, from the dictionary while the site is small: results need no fragment round trip. */
let pageTexts: Dictionary['pages'] = null;
/** The build's vocabulary, abbreviations and event days; without it, search still works (no corrections, no dates). */
function loadDictionary(): Promise<Dictionary | null> {
  dictionaryPromise ??= fetch(paths.searchDictionary())
    .then((r) => (r.ok ? r.json() : null))
    .then((json) => (json ? readDictionary(json) : null))
    .then((d) => ((pageTexts = d?.pages ?? null), d))
    .catch(() => null);
  return dictionaryPromise;
}

/**
 * Files of the index that failed to arrive. Pagefind skips an index chunk it could not fetch
 * without a word (and fetches it again next time), which would read as "no page has these words":
 * so the page's fetch, which Pagefind uses on this thread (noWorker), is watched for its files.
 */
let indexFailures = 0;
const pageFetch = window.fetch.bind(window);
window.fetch = async (resource, init) => {
  const url = resource instanceof Request ? resource.url : String(resource);
  const watched = new URL(url, location.href).pathname.startsWith(PAGEFIND_BASE);
  try {
    const response = await pageFetch(resource, init);
    if (watched && !response.ok) indexFailures += 1;
    return response;
  } catch (error) {
    if (watched) indexFailures += 1;
    throw error;
  }
};

let pagefindPromise: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    // A variable keeps the bundler from resolving the index's script at build time.
    const url = `${PAGEFIND_BASE}pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as { createInstance(options: Record<string, unknown>): Pagefind };
    // On the page's thread (noWorker): it then uses the responses the page preloaded as its HTML
    // arrived (src/lib/search/preload.ts); a worker would fetch script, entry and WebAssembly again,
    // one after the other. The index is small (tens of KB), so the main thread stays free enough.
    mark('pagefind-script');
    const pagefind = module.createInstance({ basePath: PAGEFIND_BASE, noWorker: true, metaCacheTag: form.dataset.build ?? '' });
    await pagefind.options({
      // Pagefind matches every word as a prefix ("tra" finds "trận"): rank
      // words close in length to the query's higher, an exact diacritic match
      // ("đảng" for "đảng") above a folded one, and the title above the text.
      ranking: { termSimilarity: 2, diacriticSimilarity: 1, metaWeights: { title: 10 } },
    });
    mark('pagefind-ready');
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = null));
  return pagefindPromise;
}

interface State {
  q: string;
  /** "Tìm đúng": search the words as typed, without corrections. */
  exact?: boolean;
  /** Searched while typing, so the last word may be unfinished. */
  typing?: boolean;
  filters: Record<string, string>;
  sort: string;
}

function readForm(): State {
  const data = new FormData(form);
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = String(data.get(name) ?? '');
    if (value) filters[name] = value;
  }
  return { q: normaliseQuery(String(data.get('q') ?? '')), filters, sort: String(data.get('sort') ?? ''), exact: exactTyped };
}
/** Set by a "Tìm đúng" link (?dung=1) until the query changes. */
let exactTyped = new URLSearchParams(location.search).get('dung') === '1';

function writeForm(params: URLSearchParams) {
  input.value = normaliseQuery(params.get('q'));
  for (const select of selects) {
    const value = params.get(select.name) ?? '';
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  }
}

function syncUrl(state: State) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
  if (state.sort) params.set('sort', state.sort);
  if (state.exact && state.q) params.set('dung', '1');
  const query = params.toString();
  const next = `${location.pathname}${query ? `?${query}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}

/** An excerpt as DOM: text nodes, and <mark> for the query's words (never HTML from the index). */
function excerptNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text)));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindData, query: string, used: Set<string>): HTMLLIElement {
  const li = el('li', 'search-result');
  // The words this result was matched on (a form of the query: "bảo hiểm y tế" for "BHYT"); tests read it.
  li.dataset.words = query;
  const heading = el('h2', 'search-result__title');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = el('p', 'meta search-result__meta');
  if (data.meta.type) meta.append(el('span', 'tag', data.meta.type));
  if (data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date)) {
    const time = el('time', undefined, formatDateVi(data.meta.date));
    time.dateTime = data.meta.date;
    meta.append(' ', time);
  }
  const excerpt = el('p', 'search-result__excerpt');
  excerpt.append(...excerptNodes(makeExcerpt(data.content, data.meta.title ?? '', query, used).segments));
  li.append(heading, meta);
  if (excerpt.textContent) li.append(excerpt); // a page with no text of its own beyond its title
  return li;
}

function emptyState(state: State): HTMLElement {
  const box = el('div', 'search-empty prose');
  box.append(el('p', undefined, state.q ? `Không tìm thấy trang nào có “${state.q}”.` : 'Không có trang nào khớp bộ lọc đã chọn.'));
  const tips = el('ul');
  const tip = (text: string) => tips.append(el('li', undefined, text));
  if (state.q.includes(' ')) tip('Thử ít từ hơn, ví dụ chỉ một hai từ chính: “nông thôn”, “đoàn kết”.');
  tip('Kiểm tra chính tả; gõ không dấu cũng được, ví dụ “giam ngheo”.');
  if (Object.keys(state.filters).length) tip('Bỏ bớt bộ lọc (chọn “Tất cả”).');
  tip('Với văn bản, gõ số hiệu, ví dụ “124-QĐ/TW”.');
  box.append(tips);
  const more = el('p');
  const index = el('a', undefined, 'Mục lục A–Z');
  index.href = paths.index();
  const calendar = el('a', undefined, 'Lịch sự kiện');
  calendar.href = paths.calendars();
  more.append('Hoặc xem ', index, ' (mọi trang, theo vần) và ', calendar, ' (các ngày kỷ niệm, sự kiện).');
  box.append(more);
  return box;
}

/** The lines that say what the page did with the query: corrections, abbreviations, names, words set aside, words not found. */
function noteBox(u: Understood, partialMissing: string[] | null, exact: boolean, shown: string | undefined): HTMLElement | null {
  const box = el('div', 'search-notes');
  box.id = 'search-understood';
  const { understood, corrected } = explain(u, shown);
  if (corrected && !exact) {
    const p = el('p', 'search-notes__corrected');
    const again = el('a', undefined, u.typed);
    again.href = `${paths.search()}?${new URLSearchParams({ q: u.typed, dung: '1' })}`;
    p.append('Đang hiện kết quả cho: ', el('strong', undefined, corrected), ' · Tìm đúng: ', again);
    box.append(p);
  }
  if (understood.length) box.append(el('p', undefined, `Đã hiểu ${understood.join('; ')}.`));
  if (u.ignored.length) box.append(el('p', undefined, `Bỏ qua khi so khớp các từ để hỏi: ${u.ignored.join(', ')}.`));
  if (partialMissing) {
    const missing = partialMissing.length ? ` Không tìm thấy: ${partialMissing.join(', ')}.` : '';
    box.append(el('p', 'search-notes__partial', `Không trang nào có đủ các từ; dưới đây là các trang có nhiều từ nhất.${missing}`));
  }
  return box.childElementCount ? box : null;
}

/** An event found for a typed date: its page, and each of its days with the year's title. */
function renderEvent(e: EventForDate): HTMLLIElement {
  const li = el('li', 'search-result search-result--date');
  li.dataset.words = '';
  const heading = el('h2', 'search-result__title');
  const latest = e.occurrences[e.occurrences.length - 1]!;
  const link = el('a', undefined, latest.title);
  link.href = e.url;
  heading.append(link);
  const meta = el('p', 'meta search-result__meta');
  meta.append(el('span', 'tag', 'Sự kiện'));
  const days = el('ul', 'search-result__days');
  for (const o of e.occurrences) {
    const day = el('li');
    const time = el('time', undefined, o.start === o.end ? formatDateWithWeekdayVi(o.start) : formatRangeVi(o.start, o.end));
    time.dateTime = o.start;
    day.append(time, `: ${o.title}`);
    days.append(day);
  }
  li.append(heading, meta, days);
  return li;
}

/** The date's events and, for a month, the month's calendar pages. */
function dateBox(u: Understood, events: EventForDate[], years: number[]): HTMLElement {
  const box = el('div', 'search-dates');
  const d = u.date!;
  const label = dateLabel(d);
  box.append(el('p', 'search-dates__title', events.length ? `Sự kiện ${d.day === undefined ? 'trong ' : 'ngày '}${label}:` : `Không có sự kiện nào ${d.day === undefined ? 'trong' : 'vào ngày'} ${label} trong lịch các năm ${years.join(', ')}.`));
  if (d.day === undefined) {
    const links = el('p', 'meta');
    links.append(`Lịch tháng ${d.month}: `);
    (d.year !== undefined ? [d.year] : years).forEach((y, i) => {
      const a = el('a', undefined, `tháng ${d.month}/${y}`);
      a.href = paths.calendarMonth(y, d.month);
      links.append(...(i ? [' · ', a] : [a]));
    });
    box.append(links);
  }
  return box;
}

let searchToken = 0;
interface Pending {
  /** Results in the order shown; those not yet shown may still be dropped (see showMore). */
  results: PagefindResult[];
  data: Map<string, Promise<PagefindData>>;
  /** Results already checked for whole words (the re-ranked window). */
  checked: Set<string>;
  shown: number;
  list: HTMLOListElement;
  query: string;
  /** The words each checked result was matched on, when not `query`. */
  wordsOf: Map<string, string>;
  /** Index of the first result holding only some of the words, or null. */
  partialFrom: number | null;
  typing: boolean;
  /** Excerpts already on screen, so none repeats. */
  used: Set<string>;
}
let pending: Pending | null = null;

/** A result's page data: from the dictionary's pages, else its fragment, fetched once per search. */
function dataOf(data: Map<string, Promise<PagefindData>>, result: PagefindResult): Promise<PagefindData> {
  let promise = data.get(result.id);
  const page = pageTexts?.get(result.id);
  if (!promise) data.set(result.id, (promise = page ? Promise.resolve(page) : result.data()));
  return promise;
}

/** What the text search found: results in order, their data, and the words each was matched on. */
interface Found {
  merged: PagefindResult[];
  data: Map<string, Promise<PagefindData>>;
  checked: Set<string>;
  wordsOf: Map<string, string>;
  /** Concepts no page held (partial results), or null when pages hold every word. */
  partialMissing: string[] | null;
  partialFrom: number | null;
  forms: string[];
  holdsAll: boolean;
}

/** Asks the index for the understood query; null when a newer search has started. */
async function textSearch(pagefind: Pagefind, state: State, u: Understood | null, token: number): Promise<Found | null> {
  // A query can be written several ways ("BHYT" / "bảo hiểm y tế"): each is asked, with its "d"→"đ" variants.
  const forms = u ? matchQueries(u) : [];
  const options: PagefindSearchOptions = { filters: state.filters };
  if (state.sort === 'date') options.sort = { date: 'desc' };
  const ask = async (texts: (string | null)[]) => {
    const variants = texts.flatMap((t): { text: string | null; exact: boolean }[] => (t === null ? [{ text: null, exact: true }] : queryVariants(t)));
    const responses = await Promise.all(variants.map((v) => pagefind.search(v.text, options)));
    return responses.flatMap((r, i) => (r?.results ?? []).map((result) => ({ id: result.id, score: result.score, exact: variants[i]!.exact, item: result })));
  };
  const hits = await ask(u ? forms : [null]);
  if (token !== searchToken) return null;
  mark('searched');
  let merged = mergeHits(hits).map((m) => m.item);
  if (options.sort) {
    // Sorted searches: keep Pagefind's date order, variants' results in turn.
    const order = new Map(hits.map((h, i) => [h.id, i] as const));
    merged = merged.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  const data = new Map<string, Promise<PagefindData>>();
  const checked = new Set<string>();
  const wordsOf = new Map<string, string>();
  let partialMissing: string[] | null = null;
  /** Where the pages holding only some of the words begin (null: none shown). */
  let partialFrom: number | null = null;
  let holdsAll = false;
  if (u && forms.length && !options.sort) {
    // Re-rank Pagefind's best results by whole words (see src/lib/search-rank.ts).
    const head = merged.slice(0, RERANK_WINDOW);
    const pages = await Promise.all(head.map((r) => dataOf(data, r)));
    if (token !== searchToken) return null;
    mark('texts');
    const ranked = rankByForms(forms, head.map((r, i) => ({ id: r.id, score: -i, title: pages[i]!.meta.title ?? '', text: pages[i]!.content, result: r })));
    // Pages matched only through the start of other words are dropped (later ones when shown),
    // and so are pages that do not confirm a tentative correction.
    const tentative = u.concepts.filter((c) => c.tentative);
    const wanted = ranked.filter((r) => isWanted(r.match, state.typing) && tentative.every((c) => correctionHolds(c, r.title, r.text)));
    holdsAll = wanted.length > 0;
    for (const r of wanted) {
      checked.add(r.result.id);
      wordsOf.set(r.result.id, r.form);
    }
    merged = [...wanted.map((r) => r.result), ...(tentative.length ? [] : merged.slice(RERANK_WINDOW))];
    // Few or no pages hold every word: then the pages holding most of them, each concept asked on its own.
    // Parts to count: the concepts, or the words of a single phrase ("bảo hiểm thất nghiệp").
    const parts = u.concepts.length > 1 ? u.concepts.map((c) => ({ typed: c.typed, forms: c.forms })) : queryTerms(u.concepts[0]?.forms[0] ?? '').map((t) => ({ typed: t.text, forms: [t.text] }));
    if (merged.length < FEW && !state.typing && !u.date && parts.length > 1 && !tentative.length) {
      const partHits = await ask(parts.flatMap((c) => c.forms));
      if (token !== searchToken) return null;
      const partHead = mergeHits(partHits).map((m) => m.item).filter((r) => !checked.has(r.id)).slice(0, PARTIAL_WINDOW);
      const partPages = await Promise.all(partHead.map((r) => dataOf(data, r)));
      if (token !== searchToken) return null;
      const partial = rankPartial(parts.map((c) => c.forms), partHead.map((r, i) => ({ id: r.id, score: -i, title: partPages[i]!.meta.title ?? '', text: partPages[i]!.content, result: r })));
      // Unchecked results past the window go: the list is the whole-word pages, then the partial ones.
      partialFrom = wanted.length;
      merged = [...wanted.map((r) => r.result), ...partial.map((r) => r.result)];
      for (const r of partial) {
        checked.add(r.result.id);
        wordsOf.set(r.result.id, r.partial.words);
      }
      partialMissing = parts.filter((_, ci) => !partial.some((r) => r.partial.held[ci])).map((c) => c.typed);
    }
  }
  return { merged, data, checked, wordsOf, partialMissing, partialFrom, forms, holdsAll };
}

/** The search could not read the index: said plainly, never as "no result"; the links below stay. */
function showLoadFailure() {
  resultsBox.replaceChildren();
  resultsBox.removeAttribute('aria-busy');
  fallback.hidden = false;
  status.textContent = import.meta.env.DEV
    ? 'Chưa có chỉ mục tìm kiếm: khi phát triển, chạy “npm run build” một lần rồi tải lại trang.'
    : 'Không tải được bộ tìm kiếm. Hãy thử lại, hoặc dùng Mục lục A–Z bên dưới.';
}

async function search(state: State) {
  const token = ++searchToken;
  try {
    await runSearch(state, token);
  } catch {
    // A page text (fragment) that did not arrive, or any other failure: say so rather than go quiet.
    if (token === searchToken) showLoadFailure();
  }
}

async function runSearch(state: State, token: number) {
  syncUrl(state);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters && !state.sort) {
    resultsBox.replaceChildren();
    fallback.hidden = false;
    status.textContent = '';
    pending = null;
    return;
  }
  resultsBox.setAttribute('aria-busy', 'true');
  // A submitted search answers at once, even while the index is still on its way (a slow phone).
  if (!state.typing) status.textContent = 'Đang tìm…';
  const failuresBefore = indexFailures;
  const pagefind = await loadPagefind();
  mark('pagefind-awaited');
  const dictionary = state.q ? await loadDictionary() : null;
  if (token !== searchToken) return;
  mark('dictionary');
  const understand = (tentative: boolean) => (state.q ? understandQuery(state.q, state.exact ? null : (dictionary?.vocabulary ?? null), dictionary?.abbreviations ?? [], { tentative }) : null);
  let u = understand(true);
  let found = await textSearch(pagefind, state, u, token);
  if (found && u?.concepts.some((c) => c.tentative) && !found.holdsAll) {
    // A correction to another real-looking word that no page confirms: search the words as typed.
    u = understand(false);
    found = await textSearch(pagefind, state, u, token);
  }
  if (!found || token !== searchToken) return;
  if (indexFailures !== failuresBefore) throw new Error('index files did not arrive');
  const { merged, data, checked, wordsOf, partialMissing, partialFrom, forms } = found;
  const dated = u?.date && dictionary ? eventsForDate(u.date, dictionary.events, dictionary.years) : [];
  const list = el('ol', 'search-result-list');
  pending = { results: merged, data, checked, shown: 0, list, query: forms[0] ?? state.q, wordsOf, partialFrom, typing: Boolean(state.typing), used: new Set() };
  const onlyPartial = partialFrom === 0 && merged.length > 0;
  const notes = u ? noteBox(u, onlyPartial ? partialMissing : null, Boolean(state.exact), onlyPartial ? undefined : wordsOf.get(merged[0]?.id ?? '')) : null;
  const datePart = u?.date && dictionary ? [dateBox(u, dated, dictionary.years)] : [];
  list.append(...dated.map(renderEvent));
  resultsBox.replaceChildren(...(notes ? [notes] : []), ...datePart, list);
  await showMore(token, false);
  if (token !== searchToken) return;
  resultsBox.removeAttribute('aria-busy');
  fallback.hidden = false;
  const where = state.q ? ` cho “${state.q}”` : '';
  const count = pending.results.length + dated.length;
  mark('rendered');
  status.textContent = count ? `Tìm thấy ${count} kết quả${where}.` : `Không có kết quả${where}.`;
  if (!count) resultsBox.replaceChildren(...(notes ? [notes] : []), ...datePart, emptyState(state));
}

async function showMore(token: number, moveFocus: boolean) {
  if (!pending) return;
  const state = pending;
  const terms = queryTerms(state.query);
  const shown: { d: PagefindData; words: string; at: number }[] = [];
  // Results past the re-ranked window are checked as they are shown: those
  // matched only through the start of other words are dropped here too.
  while (shown.length < PAGE_SIZE && state.shown < state.results.length) {
    const slice = state.results.slice(state.shown, state.shown + PAGE_SIZE - shown.length);
    const data = await Promise.all(slice.map((r) => dataOf(state.data, r)));
    if (token !== searchToken) return;
    const keep = slice.map((r, i) => ({ r, d: data[i]! })).filter(({ r, d }) => !terms.length || state.checked.has(r.id) || isWanted(matchInfo(terms, d.meta.title ?? '', d.content), state.typing));
    state.results.splice(state.shown, slice.length, ...keep.map((k) => k.r));
    shown.push(...keep.map((k, i) => ({ d: k.d, words: state.wordsOf.get(k.r.id) ?? state.query, at: state.shown + i })));
    state.shown += keep.length;
  }
  const items = shown.map(({ d, words, at }) => {
    const li = renderResult(d, words, state.used);
    if (state.partialFrom !== null && at >= state.partialFrom) li.dataset.partial = '';
    return li;
  });
  for (const [i, item] of items.entries()) {
    // Below the pages holding every word, a plain line before those holding only some.
    if (shown[i]!.at === state.partialFrom && state.partialFrom > 0) state.list.append(el('li', 'search-divider', 'Các trang dưới đây chỉ có một phần các từ đã gõ.'));
    state.list.append(item);
  }
  resultsBox.querySelector('.search-more')?.remove();
  if (state.shown < state.results.length) {
    const more = el('button', 'search-more', `Xem thêm kết quả (còn ${state.results.length - state.shown})`);
    more.type = 'button';
    more.addEventListener('click', () => {
      const token = searchToken;
      showMore(token, true).catch(() => token === searchToken && showLoadFailure());
    });
    resultsBox.append(more);
  }
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

let debounce: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(debounce);
  exactTyped = false;
  void search(readForm());
});
input.addEventListener('input', () => {
  clearTimeout(debounce);
  exactTyped = false;
  // Fetch the index chunks for what is typed while the debounce waits.
  const typed = normaliseQuery(input.value);
  if (typed && pagefindPromise) void pagefindPromise.then((pf) => pf.preload(typed)).catch(() => {});
  debounce = setTimeout(() => void search({ ...readForm(), typing: true }), DEBOUNCE_MS);
});
for (const select of selects) select.addEventListener('change', () => void search(readForm()));

// Arrow keys move between the search box and the result links.
function resultLinks(): HTMLAnchorElement[] {
  return [...resultsBox.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
}
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = resultLinks()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});
resultsBox.addEventListener('keydown', (event) => {
  const links = resultLinks();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : index === 0 ? input : links[index - 1];
    next?.focus();
  } else if (event.key === 'Escape') {
    input.focus();
  }
});

window.addEventListener('popstate', () => {
  writeForm(new URLSearchParams(location.search));
  void search(readForm());
});

writeForm(new URLSearchParams(location.search));
// A shared link with filters opens with the filters shown.
if (selects.some((s) => s.value)) document.querySelector<HTMLDetailsElement>('#search-filters-box')!.open = true;
const initial = readForm();
if (initial.q || Object.keys(initial.filters).length || initial.sort) {
  // The links under the results wait for them (the area keeps its height, so nothing moves).
  fallback.hidden = true;
  status.textContent = 'Đang tìm…';
  // Their files are preloaded; start reading them now, the search itself waits for the paint.
  void loadDictionary();
  loadPagefind().catch(() => {});
  // Pagefind splits every query with Intl.Segmenter, whose data the browser loads on first use
  // (≈ 230 ms on a 4×-slowed CPU, bench/search.mjs): load it now, while the index downloads.
  setTimeout(() => {
    try {
      [...new Intl.Segmenter(document.documentElement.lang || 'vi', { granularity: 'grapheme' }).segment('a')];
    } catch {
      // No Intl.Segmenter: Pagefind reads the query character by character.
    }
  }, 0);
}
// Start the search after the first paint: the page is readable while Pagefind
// loads and compiles. (A timer too, for browsers without paint timing.)
let started = false;
const start = () => {
  if (started) return;
  started = true;
  // A resident who typed and searched before the page got here (a slow phone) keeps that search.
  if (searchToken > 0) return;
  mark('start');
  void search(initial);
};
if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      setTimeout(start, 0);
    }
  }).observe({ type: 'paint', buffered: true });
}
setTimeout(start, 1000);
