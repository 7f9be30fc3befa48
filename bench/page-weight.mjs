// Page weight per page type on a first visit (empty cache), in headless Chromium
// against scripts/serve-dist.mjs: bytes of HTML, CSS, JS, fonts and other,
// raw and as sent compressed. The test server does not compress, so the
// compressed size of each response is that of the .br/.gz file the build wrote
// beside it (what nginx's brotli_static/gzip_static send), else the raw size
// (files under 512 B are not precompressed). For search, bytes are counted once
// the query in the address has run and its results are on screen.
// Budget for reading pages: at most 1 KB of JS (the header search box's warm-up, and the share
// button's on pages people share; neither fetches anything until used), under 27 KB (27 × 1024 B) in all, compressed.
//   npm run build && npx tsx bench/page-weight.mjs        (PORT=4371, DIST=dist)
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium-path.mjs';

const DIST = resolve(process.env.DIST ?? 'dist');
const PORT = Number(process.env.PORT ?? 4371);
const BUDGET = 27 * 1024;
const JS_BUDGET = 1024;
export const PAGE_TYPES = [
  { name: 'home', path: '/', reading: true },
  { name: 'item', path: '/chuong-trinh/2020/ngay-hoi-dai-doan-ket-toan-dan-toc/', reading: true },
  { name: 'event', path: '/su-kien/quoc-khanh/', reading: true },
  { name: 'month calendar', path: '/lich/2020/05/', reading: true },
  { name: 'search', path: '/tim-kiem/?q=dai+doan+ket', reading: false, search: true },
];


/** Starts scripts/serve-dist.mjs and resolves once it listens. */
export function serveDist(port, dist) {
  return new Promise((done, fail) => {
    const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), dist], { stdio: ['ignore', 'pipe', 'inherit'] });
    server.on('error', fail);
    server.on('exit', (code) => fail(new Error(`serve-dist exited (${code})`)));
    server.stdout.once('data', () => done(server));
  });
}

const kind = (path, type) => {
  const ext = extname(path).toLowerCase();
  if (type.includes('text/html')) return 'html';
  if (ext === '.css' || type.includes('text/css')) return 'css';
  if (['.js', '.mjs'].includes(ext) || type.includes('javascript')) return 'js';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext) || type.startsWith('font/')) return 'font';
  return 'other';
};

/** The file the server sent for a URL path (directories → index.html). */
function fileFor(pathname) {
  let file = join(DIST, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : join(DIST, '404.html');
}
const sizeOr = (file, fallback) => (existsSync(file) ? statSync(file).size : fallback);

async function weigh(browser, base, type) {
  const context = await browser.newContext(); // fresh: empty cache, a first visit
  const page = await context.newPage();
  const fetched = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin !== base) { fetched.push({ path: url.href, kind: 'other', raw: 0, br: 0, gz: 0, foreign: true }); return; }
    let body;
    try { body = await response.body(); } catch { return; }
    const file = fileFor(url.pathname);
    fetched.push({
      path: url.pathname, kind: kind(url.pathname, response.headers()['content-type'] ?? ''), raw: body.length,
      br: sizeOr(`${file}.br`, body.length), gz: sizeOr(`${file}.gz`, body.length),
    });
  });
  const response = await page.goto(`${base}${type.path}`, { waitUntil: 'networkidle' });
  if (response?.status() === 404) { await context.close(); return null; }
  if (type.search) {
    await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return fetched;
}

const kb = (n) => (n / 1024).toFixed(1);
const KINDS = ['html', 'css', 'js', 'font', 'other'];

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`No build in ${DIST}: run npm run build first.`);
    process.exit(1);
  }
  const server = await serveDist(PORT, DIST);
  const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: CHROMIUM_ARGS });
  const base = `http://127.0.0.1:${PORT}`;
  const rows = [];
  try {
    for (const type of PAGE_TYPES) rows.push({ type, fetched: await weigh(browser, base, type) });
  } finally {
    await browser.close();
    server.removeAllListeners('exit');
    server.kill();
  }

  console.log(`\nPage weight, first visit (KB = 1024 B; raw / brotli / gzip as sent by a server using the build's .br/.gz)`);
  console.log(`${'page'.padEnd(15)} ${'req'.padStart(3)}  ${KINDS.map((k) => `${k} raw/br/gz`.padStart(20)).join('')}  ${'total raw/br/gz'.padStart(20)}  budget`);
  for (const { type, fetched } of rows) {
    if (!fetched) { console.log(`${type.name.padEnd(15)} n/a (${type.path} is not in this build)`); continue; }
    const sum = (list, f) => list.reduce((n, x) => n + x[f], 0);
    const cells = KINDS.map((k) => {
      const list = fetched.filter((x) => x.kind === k);
      return `${kb(sum(list, 'raw'))}/${kb(sum(list, 'br'))}/${kb(sum(list, 'gz'))}`.padStart(20);
    });
    const total = `${kb(sum(fetched, 'raw'))}/${kb(sum(fetched, 'br'))}/${kb(sum(fetched, 'gz'))}`.padStart(20);
    const js = sum(fetched.filter((x) => x.kind === 'js'), 'gz');
    const foreign = fetched.filter((x) => x.foreign).length;
    let verdict = '–';
    if (type.reading) {
      const jsOk = js <= JS_BUDGET;
      const sizeOk = sum(fetched, 'gz') < BUDGET; // gzip: the larger of the two encodings
      verdict = `JS ≤ 1 KB: ${jsOk ? 'PASS' : 'OVER'}; < 27 KB: ${sizeOk ? 'PASS' : 'OVER'}`;
    }
    console.log(`${type.name.padEnd(15)} ${String(fetched.length).padStart(3)}  ${cells.join('')}  ${total}  ${verdict}${foreign ? `  (${foreign} request(s) to another host!)` : ''}`);
  }
  console.log('\nRequests per page:');
  for (const { type, fetched } of rows) {
    if (!fetched) continue;
    console.log(`  ${type.name} (${type.path})`);
    for (const f of fetched) console.log(`    ${f.kind.padEnd(5)} ${f.path.padEnd(72)} ${kb(f.raw).padStart(7)} raw ${kb(f.br).padStart(6)} br ${kb(f.gz).padStart(6)} gz`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
