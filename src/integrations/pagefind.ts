/**
 * Builds the Pagefind search index as part of `astro build`, into the build's
 * own output folder (which may be ASTRO_OUT_DIR, not dist/, for atomic swaps).
 * In `astro dev` it serves the index of the last build, since dev pages are
 * never written to disk; the search page says so when there is none.
 * The idea follows Starlight's integration; the code is our own.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { buildDictionary } from '../lib/search/dictionary';
import { paths } from '../lib/urls';
import { PAGEFIND_WASM, indexPreloads, preloadTag } from '../lib/search/preload';

/**
 * Adds to the written search page the preloads it could not name while it was rendered
 * (src/lib/search/preload.ts: index metadata, the few index chunks, its script's own chunks),
 * so the first results wait for one round trip after the HTML instead of five.
 */
function addIndexPreloads(site: string): number {
  const page = join(site, paths.search(), 'index.html');
  if (!existsSync(page)) return 0;
  const html = readFileSync(page, 'utf8');
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: string }> };
  const chunks = readdirSync(join(site, 'pagefind', 'index'));
  const script = /<script type="module" src="(\/_astro\/[\w.-]+\.js)"/.exec(html)?.[1];
  const imports = script ? [...readFileSync(join(site, script), 'utf8').matchAll(/from"(\.\/[\w.-]+\.js)"/g)].map((m) => m[1]!) : [];
  const links = indexPreloads(entry, chunks, [...new Set(imports)], '/_astro/');
  if (!html.includes('</head>')) throw new Error(`${page}: không thấy </head>`);
  writeFileSync(page, html.replace('</head>', `${links.map(preloadTag).join('')}</head>`));
  return links.length;
}

/**
 * The search page's dictionary (src/lib/search/dictionary.ts) from what was
 * just written: the text Pagefind indexed (its fragments: gzip, then
 * "pagefind_dcd" and JSON) and the calendars' open data.
 */
function writeDictionary(site: string): { words: number; bytes: number } {
  // The search page preloads the WebAssembly by name: stop if Pagefind ever names it otherwise.
  if (!existsSync(join(site, PAGEFIND_WASM))) throw new Error(`Pagefind: không có ${PAGEFIND_WASM}; sửa PAGEFIND_WASM trong src/lib/search/preload.ts theo tên tệp Pagefind tạo ra.`);
  const fragments = join(site, 'pagefind', 'fragment');
  const texts = readdirSync(fragments).filter((f) => f.endsWith('.pf_fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as { content?: string; meta?: { title?: string } };
    return `${data.meta?.title ?? ''}\n${data.content ?? ''}`;
  });
  const calendars = join(site, 'lich');
  const years = existsSync(calendars) ? readdirSync(calendars).filter((f) => /^\d{4}\.json$/.test(f)).sort().map((f) => JSON.parse(readFileSync(join(calendars, f), 'utf8')) as { year: number; events: [] }) : [];
  const dictionary = buildDictionary(texts, years);
  const file = join(site, paths.searchDictionary());
  mkdirSync(join(file, '..'), { recursive: true });
  const json = JSON.stringify(dictionary);
  writeFileSync(file, json);
  return { words: Object.values(dictionary.words).join(' ').split(' ').length, bytes: Buffer.byteLength(json) };
}

export default function pagefind(): AstroIntegration {
  let outDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = join(outDir, 'pagefind');
        if (!existsSync(root)) logger.warn('Chưa có chỉ mục tìm kiếm: chạy `npm run build` một lần để dùng tìm kiếm trong chế độ dev.');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          if (file.endsWith('.js')) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Vietnamese has no Pagefind stemmer; forcing "vi" keeps one index even
        // if a page ever lacks lang="vi", and marks the index language.
        // maxFragments is left at its default (one fragment per page): bundled
        // into 12 files the fragments compress better but a first query fetches
        // more bytes (102.9 vs 98.4 KB for "nong thon moi"; README, Benchmarks).
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        const dictionary = writeDictionary(site);
        addIndexPreloads(site);
        logger.info(`Pagefind: ${added.page_count} trang được lập chỉ mục; từ điển tìm kiếm ${dictionary.words} từ (${(dictionary.bytes / 1024).toFixed(1)} KB).`);
      },
    },
  };
}
