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
