// The preloads of the search page (src/lib/search/preload.ts).
import { describe, expect, it } from 'vitest';
import { MAX_PRELOADED_CHUNKS, preloadTag, searchPreloads, type SearchPageFiles } from '../../src/lib/search/preload';

const files: SearchPageFiles = { buildTag: '123', dictionary: '/tim-kiem/tu-dien.json', entry: { languages: { vi: { hash: 'vi_a2' } } }, chunks: ['vi_1.pf_index'], script: '/_astro/search.B1.js', scriptImports: ['./dates.C0.js'], scriptDir: '/_astro/' };

describe('search preloads', () => {
  it('names, in the order they are needed: the page script and its chunks, the engine, its WebAssembly, its entry with the build tag Pagefind asks for, the index, the dictionary', () => {
    expect(searchPreloads(files).map((p) => p.href)).toEqual([
      '/_astro/search.B1.js', '/_astro/dates.C0.js', '/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind-entry.json?ts=123', '/pagefind/pagefind.vi_a2.pf_meta', '/pagefind/index/vi_1.pf_index', '/tim-kiem/tu-dien.json',
    ]);
    expect(searchPreloads(files).filter((p) => p.module).map((p) => p.href)).toEqual(['/_astro/search.B1.js', '/_astro/dates.C0.js', '/pagefind/pagefind.js']);
  });
  it('leaves out anything malformed', () => {
    const links = searchPreloads({ ...files, entry: { languages: { vi: { hash: 'vi_a2' }, x: { hash: '../evil' } } }, chunks: ['vi_1.pf_index', 'vi_1.pf_index.gz', 'a b.pf_index'], script: 'https://other.example/x.js', scriptImports: ['./dates.C0.js', '../up.js', 'https://other.example/x.js'] });
    expect(links.map((l) => l.href)).toEqual(['/_astro/dates.C0.js', '/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind-entry.json?ts=123', '/pagefind/pagefind.vi_a2.pf_meta', '/pagefind/index/vi_1.pf_index', '/tim-kiem/tu-dien.json']);
    expect(searchPreloads({ ...files, buildTag: '1&x="' }).find((l) => l.href.includes('entry'))?.href).toBe('/pagefind/pagefind-entry.json?ts=1%26x%3D%22');
  });
  it('writes each as a link tag', () => {
    const [script, , , wasm] = searchPreloads(files);
    expect(preloadTag(wasm!)).toBe('<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin="anonymous">');
    expect(preloadTag(script!)).toBe('<link rel="modulepreload" href="/_astro/search.B1.js">');
  });
  it('leaves the chunks of a big index to the query', () => {
    const many = Array.from({ length: MAX_PRELOADED_CHUNKS + 1 }, (_, i) => `vi_${i}.pf_index`);
    expect(searchPreloads({ ...files, chunks: many }).some((l) => l.href.includes('/index/'))).toBe(false);
  });
});
