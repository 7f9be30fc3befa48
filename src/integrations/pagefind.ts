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
import { buildDictionary, pageTexts } from '../lib/search/dictionary';
import { paths } from '../lib/urls';
import { PAGEFIND_WASM, preloadTag, searchPreloads } from '../lib/search/preload';

/**
 * Writes the search page's preloads (src/lib/search/preload.ts) after its stylesheets, once
 * Pagefind has written the index: the names of the index's metadata and chunks and of the
 * page's script chunks are known only now. The first results then wait for one round trip
 * after the HTML instead of five.
 */
function addSearchPreloads(site: string): number {
  const page = join(site, paths.search(), 'index.html');
  if (!existsSync(page)) return 0;
  const html = readFileSync(page, 'utf8');
  const head = html.indexOf('</head>');
  if (head < 0) throw new Error(`${page}: không thấy </head>`);
  const buildTag = /<form id="search-page-form"[^>]* data-build="(\d+)"/.exec(html)?.[1];
  if (!buildTag) throw new Error(`${page}: không thấy data-build của ô tìm kiếm`);
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: string }> };
  const chunks = readdirSync(join(site, 'pagefind', 'index'));
  const script = /<script type="module" src="(\/_astro\/[\w.-]+\.js)"/.exec(html)?.[1];
  const scriptImports = script ? [...new Set([...readFileSync(join(site, script), 'utf8').matchAll(/from"(\.\/[\w.-]+\.js)"/g)].map((m) => m[1]!))] : [];
  const links = searchPreloads({ buildTag, dictionary: paths.searchDictionary(), entry, chunks, script, scriptImports, scriptDir: '/_astro/' });
  // After the last stylesheet of the head (the first paint needs them), else at its end.
  const styles = [...html.slice(0, head).matchAll(/<link rel="stylesheet"[^>]*>/g)].at(-1);
  const at = styles ? styles.index + styles[0].length : head;
  writeFileSync(page, html.slice(0, at) + links.map(preloadTag).join('') + html.slice(at));
  // What the header's search box prefetches on focus (src/scripts/search-warm.ts): the same files and the page's stylesheets.
  const stylesheets = [...html.slice(0, head).matchAll(/<link rel="stylesheet" href="(\/_astro\/[\w.-]+\.css)"/g)].map((m) => m[1]!);
  writeFileSync(join(site, paths.searchWarm()), JSON.stringify([...stylesheets, ...links.map((l) => l.href)]));
  return links.length;
}

/**
 * The search page's dictionary (src/lib/search/dictionary.ts) from what was
 * just written: the text Pagefind indexed (its fragments: gzip, then
 * "pagefind_dcd" and JSON) and the calendars' open data.
 */
function writeDictionary(site: string): { words: number; bytes: number; pages: number } {
  // The search page preloads the WebAssembly by name: stop if Pagefind ever names it otherwise.
  if (!existsSync(join(site, PAGEFIND_WASM))) throw new Error(`Pagefind: không có ${PAGEFIND_WASM}; sửa PAGEFIND_WASM trong src/lib/search/preload.ts theo tên tệp Pagefind tạo ra.`);
  const fragments = join(site, 'pagefind', 'fragment');
  const pages = readdirSync(fragments).filter((f) => f.endsWith('.pf_fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as { url?: string; content?: string; meta?: Record<string, unknown> };
    const meta: Record<string, string> = {};
    for (const [k, v] of Object.entries(data.meta ?? {})) if (typeof v === 'string') meta[k] = v;
    // As Pagefind's data() gives it: zero-width spaces removed.
    return { id: f.replace(/\.pf_fragment$/, ''), url: data.url ?? '', meta, content: (data.content ?? '').replace(/\u200B/g, '') };
  });
  const texts = pages.map((p) => `${p.meta.title ?? ''}\n${p.content}`);
  const calendars = join(site, 'lich');
  const years = existsSync(calendars) ? readdirSync(calendars).filter((f) => /^\d{4}\.json$/.test(f)).sort().map((f) => JSON.parse(readFileSync(join(calendars, f), 'utf8')) as { year: number; events: [] }) : [];
  const dictionary = buildDictionary(texts, years, pageTexts(pages));
  const file = join(site, paths.searchDictionary());
  mkdirSync(join(file, '..'), { recursive: true });
  const json = JSON.stringify(dictionary);
  writeFileSync(file, json);
  return { words: Object.values(dictionary.words).join(' ').split(' ').length, bytes: Buffer.byteLength(json), pages: Object.keys(dictionary.pages ?? {}).length };
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
        addSearchPreloads(site);
        logger.info(`Pagefind: ${added.page_count} trang được lập chỉ mục; từ điển tìm kiếm ${dictionary.words} từ (${(dictionary.bytes / 1024).toFixed(1)} KB${dictionary.pages ? `, kèm văn bản của ${dictionary.pages} trang` : ''}).`);
      },
    },
  };
}
