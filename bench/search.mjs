// Search benchmark: index size, bytes fetched for a first query, and time from
// query to rendered results in headless Chromium; plus the comparison behind
// the "d/đ" choice in src/lib/search-query.ts (plain Pagefind, query-side
// expansion, and a hidden folded copy of each page's text).
// and time from navigation to results under Slow 4G + 4× CPU, and the judged query set by rank.
// Needs a build: npm run build && npx tsx bench/search.mjs   (ROUNDS=5, PORT=4341)
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium-path.mjs';
import { foldForSearch } from '../src/lib/text.ts';
import { normaliseQuery, queryVariants, FOLDED_WEIGHT } from '../src/lib/search-query.ts';

const DIST = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const OUT = resolve('bench/out/search');
const PORT = Number(process.env.PORT ?? 4341);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
// ONLY=slow: just the cheap-phone measure (navigation to first results) and the first query's bytes.
const ONLY_SLOW = process.env.ONLY === 'slow';
const SLOW_RUNS = Number(process.env.SLOW_RUNS ?? 7);
const cases = JSON.parse(readFileSync('tests/browser/search-cases.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]; };
const walk = (dir) => readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? walk(p) : [p]; });

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error(`No index in ${DIST}/pagefind: run npm run build first.`);
  process.exit(1);
}

// 1. Index size: the data a search can fetch, and the runtime (script + wasm).
function indexSize(dir) {
  const files = walk(dir);
  const data = files.filter((f) => /\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.test(f));
  const sum = (fs) => fs.reduce((n, f) => n + statSync(f).size, 0);
  const gz = (fs) => fs.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  return { files: data.length, bytes: sum(data), gzip: gz(data) };
}
const shipped = indexSize(join(DIST, 'pagefind'));

// 2. The alternative we measured against: a hidden, folded copy of each page's text.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let folded = { files: 0, bytes: NaN, gzip: NaN };
if (!ONLY_SLOW) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
    const root = parse(readFileSync(file, 'utf8'));
    const body = root.querySelector('[data-pagefind-body]');
    if (body) body.insertAdjacentHTML('beforeend', `<p class="visually-hidden">${foldForSearch(body.textContent)}</p>`);
    await index.addHTMLFile({ url: `/${relative(DIST, file).replace(/index\.html$/, '')}`, content: root.toString() });
  }
  await index.writeFiles({ outputPath: join(OUT, 'folded', 'pagefind') });
  await pagefind.close();
  folded = indexSize(join(OUT, 'folded', 'pagefind'));
}

// 3. Serve dist/ and the folded index, counting nothing special: a plain static host.
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let root = DIST;
  if (path.startsWith('/_folded/')) { root = join(OUT, 'folded'); path = path.slice('/_folded'.length); }
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  // Like nginx's brotli_static and gzip_static: the build's .br or .gz beside a file when the browser accepts it.
  const accepts = req.headers['accept-encoding'] ?? '';
  const encoding = /\bbr\b/.test(accepts) && existsSync(`${file}.br`) ? 'br' : /gzip/.test(accepts) && existsSync(`${file}.gz`) ? 'gzip' : null;
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...(encoding ? { 'Content-Encoding': encoding } : {}) });
  createReadStream(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file).pipe(res);
}).listen(PORT, '127.0.0.1');
const base = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: CHROMIUM_ARGS });

async function timeQuery(page, q) {
  return page.evaluate(async ({ q, shown }) => {
    const input = document.querySelector('#q');
    const form = document.querySelector('#search-page-form');
    const status = document.querySelector('#search-status');
    input.value = q;
    const t0 = performance.now();
    await new Promise((done) => {
      const observer = new MutationObserver(() => { if (status.textContent.includes(`“${shown}”`)) { observer.disconnect(); done(); } });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      form.requestSubmit();
    });
    return performance.now() - t0;
  }, { q, shown: normaliseQuery(q) });
}

// 4. Bytes fetched for a first query (cold cache): what search needs (Pagefind's files and the
// dictionary), counted from navigation, since the page preloads them as its HTML arrives.
const context = await browser.newContext();
const page = await context.newPage();
const fetched = [];
// On the context, so the requests of a Pagefind worker would be counted too.
context.on('response', async (r) => { try { const body = await r.body(); const sizes = await r.request().sizes(); fetched.push({ url: new URL(r.url()).pathname, bytes: body.length, gzip: gzipSync(body).length, sent: sizes.responseBodySize }); } catch { /* redirects */ } });
await page.goto(`${base}/tim-kiem/`);
await page.waitForLoadState('networkidle');
const firstQueryMs = await timeQuery(page, 'nong thon moi');
await page.waitForLoadState('networkidle');
context.removeAllListeners('response');
const forSearch = fetched.filter((f) => f.url.startsWith('/pagefind/') || f.url === '/tim-kiem/tu-dien.json');
const firstBytes = forSearch.reduce((n, f) => n + f.bytes, 0);
const firstGzip = forSearch.reduce((n, f) => n + f.gzip, 0);
const firstSent = forSearch.reduce((n, f) => n + f.sent, 0);

// 5. Time from query to rendered results in the real page (the status is set after the list renders).
const uiTimes = [];
const judged = [];
if (!ONLY_SLOW) for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) {
    const ms = await timeQuery(page, c.nfd ? c.q.normalize('NFD') : c.q);
    if (round > 0) uiTimes.push(ms); // round 0 warms the index chunks
    if (round === 0) {
      const hrefs = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      judged.push({ c, rank: hrefs.indexOf(c.expect) + 1 });
    }
  }
}

// 5b. A resident on a cheap phone: Lighthouse's Slow 4G (DevTools values: 562.5 ms RTT,
// 1.47 Mbit/s down) and 4× CPU slowdown; from navigation to the first rendered results
// (the status line says how many were found), with the bytes transferred until then.
const SLOW_QUERIES = ['dai doan ket', 'nguoi ngheo', 'quoc khanh'];
async function coldLoad(q, { profile = false } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  let requests = 0;
  // On the context, so the requests of Pagefind's worker count too (bytes as sent, compressed).
  ctx.on('requestfinished', async (r) => { try { const s = await r.sizes(); bytes += s.responseBodySize + s.responseHeadersSize; requests++; } catch { /* gone */ } });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await p.addInitScript(() => {
    window.__longtasks = [];
    try { new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch { /* unsupported */ }
    new MutationObserver((_, observer) => {
      const status = document.querySelector('#search-status');
      if (status && /Tìm thấy/.test(status.textContent ?? '')) { window.__results = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await p.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}`);
  await p.waitForFunction(() => window.__results !== undefined, null, { timeout: 60_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const t = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      results: window.__results,
      nav: nav && { requestStart: nav.requestStart, responseStart: nav.responseStart, responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
      resources: performance.getEntriesByType('resource').map((r) => ({ url: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, firstByte: r.responseStart, size: r.transferSize, initiator: r.initiatorType })),
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('search:')).map((m) => [m.name.slice(7), m.startTime]),
      longtasks: window.__longtasks,
    };
  });
  let scripts = null;
  if (profile) {
    const { profile: prof } = await cdp.send('Profiler.stop');
    scripts = profileByUrl(prof);
  }
  const at = { bytes, requests };
  await ctx.close();
  return { q, ...t, ...at, script: metric('ScriptDuration'), task: metric('TaskDuration'), compile: metric('V8CompileDuration'), layout: metric('LayoutDuration') + metric('RecalcStyleDuration'), scripts };
}

/** Self time (ms, on the slowed CPU) of a CPU profile's samples, by script (and Pagefind's wasm, GC, idle). */
function profileByUrl(prof) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const node = byId.get(prof.samples[i]);
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    let key = f.url ? new URL(f.url).pathname.replace(/\.[\w-]{8,}\.js$/, '.js') : `(${f.functionName || 'anonymous'})`;
    if (/^wasm:|\.pagefind$/.test(f.url) || f.url.startsWith('wasm://')) key = 'Pagefind WebAssembly';
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return [...self.entries()].filter(([k]) => k !== '(idle)' && k !== '(program)').sort((a, b) => b[1] - a[1]);
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)}`.padStart(5) : '    –');
/** One cold load as a waterfall: each request's start and end, the page's phases, and main-thread time. */
function printWaterfall(run) {
  console.log(`\n    Waterfall of “${run.q}” (${run.results.toFixed(0)} ms to first results; ms from navigation, Slow 4G + 4× CPU):`);
  const n = run.nav;
  if (n) console.log(`      ${'document /tim-kiem/'.padEnd(52)} ${ms(n.requestStart)} → ${ms(n.responseEnd)}   first byte ${ms(n.responseStart)}, DOMContentLoaded ${ms(n.dcl)}, load ${ms(n.load)}`);
  for (const r of [...run.resources].sort((a, b) => a.start - b.start)) {
    if (r.start > run.results) continue;
    const name = r.url.replace(/^\/pagefind\/fragment\/.*/, '/pagefind/fragment/…');
    console.log(`      ${name.slice(0, 52).padEnd(52)} ${ms(r.start)} → ${ms(r.end)}   ${kb(r.size).padStart(8)} (${r.initiator})`);
  }
  console.log(`      page phases: first paint ${ms(run.fcp)}; ${run.marks.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; results ${run.results.toFixed(0)}`);
  const busy = run.longtasks.filter(([s]) => s < run.results);
  console.log(`      main thread until results: script ${ms(run.script)} ms, compile ${ms(run.compile)} ms, style+layout ${ms(run.layout)} ms, all tasks ${ms(run.task)} ms; long tasks (start+duration): ${busy.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' ') || 'none'}`);
  if (run.scripts) console.log(`      CPU profile, self time by script: ${run.scripts.slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join('; ')}`);
}
const slow = [];
for (let i = 0; i < SLOW_RUNS; i++) slow.push(await coldLoad(SLOW_QUERIES[i % SLOW_QUERIES.length]));
// One more load of each query with a CPU profile (not counted: the profiler itself costs time).
const profiled = [];
for (const q of SLOW_QUERIES) profiled.push(await coldLoad(q, { profile: true }));

// 6. The three strategies on the raw Pagefind API: correctness, excerpts, time.
async function strategy(name, basePath, expand) {
  const rows = [];
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const typed = normaliseQuery(c.nfd ? c.q.normalize('NFD') : c.q);
      const variants = expand ? queryVariants(typed) : [{ text: typed, exact: true }];
      const out = await page.evaluate(async ({ basePath, variants, weight }) => {
        const pf = await import('/pagefind/pagefind.js');
        window.__instances ??= {};
        window.__instances[basePath] ??= pf.createInstance({ basePath, noWorker: true, excerptLength: 26 });
        const inst = window.__instances[basePath];
        const t0 = performance.now();
        const responses = await Promise.all(variants.map((v) => inst.search(v.text)));
        const best = new Map();
        responses.forEach((r, i) => r.results.forEach((x) => {
          const s = x.score * (variants[i].exact ? 1 : weight);
          if (!best.has(x.id) || best.get(x.id).s < s) best.set(x.id, { s, x });
        }));
        const top = [...best.values()].sort((a, b) => b.s - a.s).slice(0, 10);
        const data = await Promise.all(top.map((t) => t.x.data()));
        const ms = performance.now() - t0;
        return { ms, urls: data.map((d) => d.url.replace(/^\/_folded/, '')), excerpt: data[0]?.excerpt ?? '' };
      }, { basePath, variants, weight: FOLDED_WEIGHT });
      if (round > 0) times.push(out.ms);
      if (round === 0) rows.push({ c, ...out });
    }
  }
  const found = rows.filter((r) => r.urls.slice(0, r.c.top ?? 5).includes(r.c.expect)).length;
  const text = (html) => html.replace(/<[^>]+>/g, '');
  const foldedExcerpts = rows.filter((r) => r.excerpt && text(r.excerpt) === foldForSearch(text(r.excerpt)) && /[^\x00-\x7f]/.test(r.c.q + 'đ')).length;
  return { name, found, total: rows.length, foldedExcerpts, median: median(times), p90: p90(times), misses: rows.filter((r) => !r.urls.slice(0, r.c.top ?? 5).includes(r.c.expect)).map((r) => `${r.c.q} → ${r.urls[0] ?? 'nothing'}`) };
}
const strategies = ONLY_SLOW ? [] : [
  await strategy('Pagefind as is', '/pagefind/', false),
  await strategy('query expansion (shipped, before re-ranking)', '/pagefind/', true),
  await strategy('hidden folded copy', '/_folded/pagefind/', false),
];
await browser.close();
server.close();

console.log('\nSearch benchmark (headless Chromium, this machine)');
console.log(`  Index data (shipped):        ${shipped.files} files, ${kb(shipped.bytes)} (${kb(shipped.gzip)} gzip)`);
if (!ONLY_SLOW) console.log(`  Index data (folded copy):    ${folded.files} files, ${kb(folded.bytes)} (${kb(folded.gzip)} gzip)`);
console.log(`  First query "nong thon moi", what search fetches from navigation: ${forSearch.length} requests, ${kb(firstBytes)} raw, ${kb(firstGzip)} gzip, ${kb(firstSent)} as sent (the build's .br)  [goal 100 KB]`);
for (const f of forSearch) console.log(`    ${f.url.padEnd(48)} ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)} gzip ${kb(f.sent).padStart(9)} sent`);
console.log(`  First query to rendered results: ${firstQueryMs.toFixed(1)} ms`);
console.log(`  Slow 4G + 4× CPU, /tim-kiem/?q=… from navigation (${slow.length} cold loads of ${SLOW_QUERIES.join(', ')}):`);
console.log(`    first paint median ${median(slow.map((s) => s.fcp)).toFixed(0)} ms; first results median ${median(slow.map((s) => s.results)).toFixed(0)} ms, p90 ${p90(slow.map((s) => s.results)).toFixed(0)} ms  [goal 2500 ms]`);
console.log(`    transferred until then: median ${kb(median(slow.map((s) => s.bytes)))} in ${median(slow.map((s) => s.requests))} requests (runs: ${slow.map((s) => `${s.q} ${s.results.toFixed(0)} ms`).join('; ')})`);
console.log(`    main thread until results, median: script ${ms(median(slow.map((s) => s.script)))} ms, all tasks ${ms(median(slow.map((s) => s.task)))} ms`);
// The median run of each query, then the profiled ones' script split.
for (const q of SLOW_QUERIES) {
  const runs = slow.filter((s) => s.q === q).sort((a, b) => a.results - b.results);
  if (runs.length) printWaterfall(runs[Math.floor((runs.length - 1) / 2)]);
}
for (const run of profiled) console.log(`    CPU profile of “${run.q}” (an extra load, ${run.results.toFixed(0)} ms with the profiler on), self time by script: ${run.scripts.slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join('; ')}`);
if (!ONLY_SLOW) {
const atRank = judged.filter((j) => j.rank > 0 && j.rank <= (j.c.top ?? 5)).length;
console.log(`  Judged queries at their rank on the search page: ${atRank}/${judged.length}; first: ${judged.filter((j) => j.rank === 1).length}, first three: ${judged.filter((j) => j.rank > 0 && j.rank <= 3).length}`);
for (const j of judged.filter((j) => !(j.rank > 0 && j.rank <= (j.c.top ?? 5)))) console.log(`    miss: “${j.c.q}” → ${j.c.expect} at ${j.rank || '–'}`);
console.log(`  Warm, query to rendered results: median ${median(uiTimes).toFixed(1)} ms, p90 ${p90(uiTimes).toFixed(1)} ms over ${uiTimes.length} queries  [budget 100 ms]`);
console.log('\n  Strategy                      found in top N   folded excerpts   median   p90 (search + top 10 data)');
for (const s of strategies) {
  console.log(`  ${s.name.padEnd(30)}${`${s.found}/${s.total}`.padEnd(17)}${String(s.foldedExcerpts).padEnd(18)}${s.median.toFixed(1).padStart(5)} ms ${s.p90.toFixed(1).padStart(6)} ms`);
  if (s.misses.length) console.log(`    misses: ${s.misses.join(' | ')}`);
}
}
