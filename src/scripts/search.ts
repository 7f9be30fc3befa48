/**
 * Enhances the search page: runs the query from the URL and as the user
 * types, and renders results. Pagefind's own script is fetched only when
 * there is something to search for. Bundled as an external module (no inline
 * script, for a strict Content-Security-Policy).
 */
import { mergeHits, normaliseQuery, queryVariants } from '../lib/search-query';
import { isWanted, makeExcerpt, matchInfo, queryTerms, rankResults, type Segment } from '../lib/search-rank';
import { formatDateVi } from '../lib/dates';

interface PagefindData {
  url: string;
  excerpt: string;
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

const PAGE_SIZE = 10;
/**
 * Pagefind's best results whose text is fetched and re-ranked by whole words
 * (src/lib/search-rank.ts); the rest keep Pagefind's order. Each costs one
 * small fragment request (~0.5 KB), so this is kept near one screen.
 */
const RERANK_WINDOW = 14;
const DEBOUNCE_MS = 250;
const FILTER_NAMES = ['type', 'year', 'section'] as const;

const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const status = document.querySelector<HTMLElement>('#search-status')!;
const resultsBox = document.querySelector<HTMLElement>('#search-results')!;
const fallback = document.querySelector<HTMLElement>('#search-fallback')!;

let pagefindPromise: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    // A variable keeps the bundler from resolving the index's script at build time.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Pagefind's worker (its default) runs the WebAssembly and the index off
    // the main thread: on a slow phone the page stays responsive (TBT) for
    // 12 KB more script. Pagefind falls back to the main thread by itself.
    await pagefind.options({
      // Pagefind matches every word as a prefix ("tra" finds "trận"): rank
      // words close in length to the query's higher, an exact diacritic match
      // ("đảng" for "đảng") above a folded one, and the title above the text.
      ranking: { termSimilarity: 2, diacriticSimilarity: 1, metaWeights: { title: 10 } },
    });
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = null));
  return pagefindPromise;
}

interface State {
  q: string;
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
  return { q: normaliseQuery(String(data.get('q') ?? '')), filters, sort: String(data.get('sort') ?? '') };
}

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
  typing: boolean;
  /** Excerpts already on screen, so none repeats. */
  used: Set<string>;
}
let pending: Pending | null = null;

/** A result's page data, fetched once per search. */
function dataOf(data: Map<string, Promise<PagefindData>>, result: PagefindResult): Promise<PagefindData> {
  let promise = data.get(result.id);
  if (!promise) data.set(result.id, (promise = result.data()));
  return promise;
}

async function search(state: State) {
  const token = ++searchToken;
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
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (token !== searchToken) return;
    resultsBox.removeAttribute('aria-busy');
    status.textContent = import.meta.env.DEV
      ? 'Chưa có chỉ mục tìm kiếm: khi phát triển, chạy “npm run build” một lần rồi tải lại trang.'
      : 'Không tải được bộ tìm kiếm. Hãy thử lại, hoặc dùng Mục lục A–Z bên dưới.';
    return;
  }
  const variants = state.q ? queryVariants(state.q) : [{ text: null, exact: true }];
  const options: PagefindSearchOptions = { filters: state.filters };
  if (state.sort === 'date') options.sort = { date: 'desc' };
  const responses = await Promise.all(variants.map((v) => pagefind.search(v.text, options)));
  if (token !== searchToken) return; // a newer search has started
  const hits = responses.flatMap((r, i) => (r?.results ?? []).map((result) => ({ id: result.id, score: result.score, exact: variants[i]!.exact, item: result })));
  let merged = mergeHits(hits).map((m) => m.item);
  if (options.sort) {
    // Sorted searches: keep Pagefind's date order, variants' results in turn.
    const order = new Map(hits.map((h, i) => [h.id, i] as const));
    merged = merged.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  const data = new Map<string, Promise<PagefindData>>();
  const checked = new Set<string>();
  if (state.q && !options.sort) {
    // Re-rank Pagefind's best results by whole words (see src/lib/search-rank.ts).
    const head = merged.slice(0, RERANK_WINDOW);
    const pages = await Promise.all(head.map((r) => dataOf(data, r)));
    if (token !== searchToken) return;
    const ranked = rankResults(state.q, head.map((r, i) => ({ id: r.id, score: -i, title: pages[i]!.meta.title ?? '', text: pages[i]!.content, result: r })));
    // Pages matched only through the start of other words are dropped (later ones when shown).
    const wanted = ranked.filter((r) => isWanted(r.match, state.typing)).map((r) => r.result);
    for (const r of wanted) checked.add(r.id);
    merged = [...wanted, ...merged.slice(RERANK_WINDOW)];
  }
  const list = el('ol', 'search-result-list');
  pending = { results: merged, data, checked, shown: 0, list, query: state.q, typing: Boolean(state.typing), used: new Set() };
  resultsBox.replaceChildren(list);
  await showMore(token, false);
  if (token !== searchToken) return;
  resultsBox.removeAttribute('aria-busy');
  fallback.hidden = false;
  const where = state.q ? ` cho “${state.q}”` : '';
  const count = pending.results.length;
  status.textContent = count ? `Tìm thấy ${count} kết quả${where}.` : `Không có kết quả${where}.`;
  if (!count) resultsBox.replaceChildren(emptyState(state));
}

async function showMore(token: number, moveFocus: boolean) {
  if (!pending) return;
  const state = pending;
  const terms = queryTerms(state.query);
  const shown: PagefindData[] = [];
  // Results past the re-ranked window are checked as they are shown: those
  // matched only through the start of other words are dropped here too.
  while (shown.length < PAGE_SIZE && state.shown < state.results.length) {
    const slice = state.results.slice(state.shown, state.shown + PAGE_SIZE - shown.length);
    const data = await Promise.all(slice.map((r) => dataOf(state.data, r)));
    if (token !== searchToken) return;
    const keep = slice.map((r, i) => ({ r, d: data[i]! })).filter(({ r, d }) => !terms.length || state.checked.has(r.id) || isWanted(matchInfo(terms, d.meta.title ?? '', d.content), state.typing));
    state.results.splice(state.shown, slice.length, ...keep.map((k) => k.r));
    state.shown += keep.length;
    shown.push(...keep.map((k) => k.d));
  }
  const items = shown.map((d) => renderResult(d, state.query, state.used));
  state.list.append(...items);
  resultsBox.querySelector('.search-more')?.remove();
  if (state.shown < state.results.length) {
    const more = el('button', 'search-more', `Xem thêm kết quả (còn ${state.results.length - state.shown})`);
    more.type = 'button';
    more.addEventListener('click', () => void showMore(searchToken, true));
    resultsBox.append(more);
  }
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

let debounce: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(debounce);
  void search(readForm());
});
input.addEventListener('input', () => {
  clearTimeout(debounce);
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
}
// Start the engine after the first paint: the page is readable while Pagefind
// loads and compiles. (A timer too, for browsers without paint timing.)
let started = false;
const start = () => {
  if (started) return;
  started = true;
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
