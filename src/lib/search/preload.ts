/**
 * What the search page asks for as soon as its HTML arrives, so the first
 * results do not wait for a chain of requests (page → script → entry → wasm):
 * Pagefind's script (modulepreload), its entry file, its WebAssembly and the
 * search dictionary (preload as fetch). Pagefind runs on the page's own
 * thread (noWorker) so it uses these responses: a Web Worker fetches through
 * its own client and would download them again.
 * The entry is fetched as `pagefind-entry.json?ts=<tag>`: Pagefind adds a
 * cache-busting `ts`, which the page fixes to its build (`metaCacheTag`) so
 * the preloaded URL is the one Pagefind asks for.
 */
export const PAGEFIND_BASE = '/pagefind/';
/** Pagefind 1.x names the WebAssembly by language; Vietnamese has no stemmer, so "unknown". */
export const PAGEFIND_WASM = `${PAGEFIND_BASE}wasm.unknown.pagefind`;

export function searchPreloads(buildTag: string, dictionary: string): { href: string; module: boolean }[] {
  return [
    { href: `${PAGEFIND_BASE}pagefind.js`, module: true },
    { href: `${PAGEFIND_BASE}pagefind-entry.json?ts=${encodeURIComponent(buildTag)}`, module: false },
    { href: PAGEFIND_WASM, module: false },
    { href: dictionary, module: false },
  ];
}

/** Index chunks preloaded with the page only while the index is this small (a big site's query needs one or two of many). */
export const MAX_PRELOADED_CHUNKS = 3;

/**
 * What the build adds to the written search page once Pagefind has written
 * its index (names the page cannot know while it is rendered): the index's
 * metadata file, its chunks while there are few, and the chunks the page's
 * own script imports (one round trip each otherwise).
 * @example indexPreloads({ languages: { vi: { hash: 'vi_1' } } }, ['vi_2.pf_index'], ['./dates.js'], '/_astro/') // ['/pagefind/pagefind.vi_1.pf_meta', '/pagefind/index/vi_2.pf_index', '/_astro/dates.js']
 */
export function indexPreloads(entry: { languages?: Record<string, { hash?: string }> }, chunks: string[], scriptImports: string[], scriptDir: string): { href: string; module: boolean }[] {
  const out: { href: string; module: boolean }[] = [];
  for (const lang of Object.values(entry.languages ?? {})) if (lang.hash && /^[\w-]+$/.test(lang.hash)) out.push({ href: `${PAGEFIND_BASE}pagefind.${lang.hash}.pf_meta`, module: false });
  const indexFiles = chunks.filter((c) => /^[\w-]+\.pf_index$/.test(c)).sort();
  if (indexFiles.length <= MAX_PRELOADED_CHUNKS) for (const c of indexFiles) out.push({ href: `${PAGEFIND_BASE}index/${c}`, module: false });
  for (const i of scriptImports) if (/^\.\/[\w.-]+\.js$/.test(i)) out.push({ href: scriptDir + i.slice(2), module: true });
  return out;
}

/** The HTML of a preload link (hrefs come from file names the build wrote, checked above). */
export function preloadTag(p: { href: string; module: boolean }): string {
  return p.module ? `<link rel="modulepreload" href="${p.href}">` : `<link rel="preload" href="${p.href}" as="fetch" crossorigin="anonymous">`;
}
