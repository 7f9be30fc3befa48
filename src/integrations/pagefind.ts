/**
 * Builds the Pagefind search index as part of `astro build`, into the build's
 * own output folder (which may be ASTRO_OUT_DIR, not dist/, for atomic swaps).
 * In `astro dev` it serves the index of the last build, since dev pages are
 * never written to disk; the search page says so when there is none.
 * The idea follows Starlight's integration; the code is our own.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

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
        logger.info(`Pagefind: ${added.page_count} trang được lập chỉ mục.`);
        await close();
      },
    },
  };
}
