// The preloads of the search page (src/lib/search/preload.ts).
import { describe, expect, it } from 'vitest';
import { MAX_PRELOADED_CHUNKS, indexPreloads, preloadTag, searchPreloads } from '../../src/lib/search/preload';

describe('search preloads', () => {
  it('names the engine, its entry with the build tag Pagefind will ask for, the WebAssembly and the dictionary', () => {
    expect(searchPreloads('123', '/tim-kiem/tu-dien.json').map((p) => p.href)).toEqual(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=123', '/pagefind/wasm.unknown.pagefind', '/tim-kiem/tu-dien.json']);
  });
  it('adds the index metadata, the chunks of a small index and the script\'s own chunks; nothing malformed', () => {
    const links = indexPreloads({ languages: { vi: { hash: 'vi_a2' }, x: { hash: '../evil' } } }, ['vi_1.pf_index', 'vi_1.pf_index.gz', 'a b.pf_index'], ['./dates.C0.js', '../up.js', 'https://other.example/x.js'], '/_astro/');
    expect(links).toEqual([
      { href: '/pagefind/pagefind.vi_a2.pf_meta', module: false },
      { href: '/pagefind/index/vi_1.pf_index', module: false },
      { href: '/_astro/dates.C0.js', module: true },
    ]);
    expect(preloadTag(links[0]!)).toBe('<link rel="preload" href="/pagefind/pagefind.vi_a2.pf_meta" as="fetch" crossorigin="anonymous">');
    expect(preloadTag(links[2]!)).toBe('<link rel="modulepreload" href="/_astro/dates.C0.js">');
  });
  it('leaves the chunks of a big index to the query', () => {
    const many = Array.from({ length: MAX_PRELOADED_CHUNKS + 1 }, (_, i) => `vi_${i}.pf_index`);
    expect(indexPreloads({}, many, [], '/_astro/')).toEqual([]);
  });
});
