/**
 * What the search page asks for as soon as its HTML arrives, so the first
 * results do not wait for a chain of requests (page → script → entry → wasm):
 * the page's own script and its chunks, Pagefind's script (modulepreload), its
 * WebAssembly, its entry file, the index's metadata and chunks and the search
 * dictionary (preload as fetch). Pagefind runs on the page's own thread
 * (noWorker) so it uses these responses: a Web Worker fetches through its own
 * client and would download them again.
 * The entry is fetched as `pagefind-entry.json?ts=<tag>`: Pagefind adds a
 * cache-busting `ts`, which the page fixes to its build (`metaCacheTag`) so
 * the preloaded URL is the one Pagefind asks for.
 * The build writes these links once Pagefind has written its index (names the
 * page cannot know while it is rendered), after the page's stylesheets: over
 * HTTP/1.1 a browser opens six connections to a host, so the order decides
 * what waits for a second round trip (measured with bench/search.mjs).
 */
export const PAGEFIND_BASE = '/pagefind/';
/** Pagefind 1.x names the WebAssembly by language; Vietnamese has no stemmer, so "unknown". */
export const PAGEFIND_WASM = `${PAGEFIND_BASE}wasm.unknown.pagefind`;

/** Index chunks preloaded with the page only while the index is this small (a big site's query needs one or two of many). */
export const MAX_PRELOADED_CHUNKS = 3;

export interface Preload {
  href: string;
  module: boolean;
}

export interface SearchPageFiles {
  /** The build's tag (the page's `data-build`), Pagefind's `metaCacheTag`. */
  buildTag: string;
  /** The search dictionary's path. */
  dictionary: string;
  /** Pagefind's entry file, as written. */
  entry: { languages?: Record<string, { hash?: string }> };
  /** The names in Pagefind's `index/` folder. */
  chunks: string[];
  /** The page's module script (a path under `scriptDir`), and the chunks it imports (`./name.js`). */
  script?: string;
  scriptImports: string[];
  scriptDir: string;
}

/**
 * The search page's preloads, in the order it needs them: its script and the
 * script's chunks (nothing runs before them), Pagefind's script, its
 * WebAssembly (the largest file, started early), its entry, the index's
 * metadata and chunks while few, then the dictionary. Names that are not plain
 * file names are left out.
 * @example searchPreloads({ buildTag: '1', dictionary: '/tim-kiem/tu-dien.json', entry: { languages: { vi: { hash: 'vi_1' } } }, chunks: ['vi_2.pf_index'], script: '/_astro/s.js', scriptImports: ['./dates.js'], scriptDir: '/_astro/' }).map((p) => p.href)
 * // ['/_astro/s.js', '/_astro/dates.js', '/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind-entry.json?ts=1', '/pagefind/pagefind.vi_1.pf_meta', '/pagefind/index/vi_2.pf_index', '/tim-kiem/tu-dien.json']
 */
export function searchPreloads(files: SearchPageFiles): Preload[] {
  const out: Preload[] = [];
  const plain = /^[\w.-]+\.js$/;
  if (files.script?.startsWith(files.scriptDir) && plain.test(files.script.slice(files.scriptDir.length))) out.push({ href: files.script, module: true });
  for (const i of files.scriptImports) if (i.startsWith('./') && plain.test(i.slice(2))) out.push({ href: files.scriptDir + i.slice(2), module: true });
  out.push({ href: `${PAGEFIND_BASE}pagefind.js`, module: true });
  out.push({ href: PAGEFIND_WASM, module: false });
  out.push({ href: `${PAGEFIND_BASE}pagefind-entry.json?ts=${encodeURIComponent(files.buildTag)}`, module: false });
  for (const lang of Object.values(files.entry.languages ?? {})) if (lang.hash && /^[\w-]+$/.test(lang.hash)) out.push({ href: `${PAGEFIND_BASE}pagefind.${lang.hash}.pf_meta`, module: false });
  const indexFiles = files.chunks.filter((c) => /^[\w-]+\.pf_index$/.test(c)).sort();
  if (indexFiles.length <= MAX_PRELOADED_CHUNKS) for (const c of indexFiles) out.push({ href: `${PAGEFIND_BASE}index/${c}`, module: false });
  out.push({ href: files.dictionary, module: false });
  return out;
}

/** The HTML of a preload link (hrefs come from file names the build wrote, checked above). */
export function preloadTag(p: Preload): string {
  return p.module ? `<link rel="modulepreload" href="${p.href}">` : `<link rel="preload" href="${p.href}" as="fetch" crossorigin="anonymous">`;
}
