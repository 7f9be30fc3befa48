// Lighthouse 12.2.3 (the pinned dev dependency, its CLI) on Debian's Chromium,
// default mobile settings (emulated phone, simulated slow 4G), on the page types
// of bench/page-weight.mjs served by scripts/serve-dist.mjs. Prints the four
// category scores per page and, for any score under 100, the audits that cost it.
// JSON reports go to bench/out/lighthouse/.
//   npm run build && npx tsx bench/lighthouse.mjs        (PORT=4372, DIST=dist, ONLY=search)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium-path.mjs';
import { PAGE_TYPES, serveDist } from './page-weight.mjs';

const DIST = resolve(process.env.DIST ?? 'dist');
const PORT = Number(process.env.PORT ?? 4372);
const OUT = resolve('bench/out/lighthouse');
// ONLY=search (comma-separated page names) runs just those pages.
const ONLY = process.env.ONLY ? process.env.ONLY.split(',') : null;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chrome = chromiumExecutable();
if (!chrome) { console.error('No Chromium found (set CHROMIUM_PATH).'); process.exit(1); }
if (!existsSync(join(DIST, 'index.html'))) { console.error(`No build in ${DIST}: run npm run build first.`); process.exit(1); }
mkdirSync(OUT, { recursive: true });

const server = await serveDist(PORT, DIST);
const base = `http://127.0.0.1:${PORT}`;
const results = [];
try {
  for (const type of PAGE_TYPES.filter((t) => !ONLY || ONLY.includes(t.name))) {
    const head = await fetch(`${base}${type.path}`);
    if (head.status === 404) { results.push({ type, report: null }); continue; }
    const file = join(OUT, `${type.name.replace(/\W+/g, '-')}.json`);
    const run = spawnSync(resolve('node_modules/.bin/lighthouse'), [
      `${base}${type.path}`, '--output=json', `--output-path=${file}`, '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
    ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome } });
    if (run.status !== 0) throw new Error(`lighthouse failed on ${type.path}:\n${run.stderr}`);
    results.push({ type, report: JSON.parse(readFileSync(file, 'utf8')) });
  }
} finally {
  server.removeAllListeners('exit');
  server.kill();
}

const score = (c) => (c?.score == null ? '–' : String(Math.round(c.score * 100)));
console.log('\nLighthouse 12.2.3, mobile (default config), Debian Chromium');
console.log(`${'page'.padEnd(15)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
for (const { type, report } of results) {
  if (!report) { console.log(`${type.name.padEnd(15)} n/a (${type.path} is not in this build)`); continue; }
  console.log(`${type.name.padEnd(15)} ${CATEGORIES.map((c) => score(report.categories[c]).padStart(15)).join('')}`);
}
for (const { type, report } of results) {
  if (!report) continue;
  if (report.runtimeError) console.log(`\n${type.name}: runtime error ${report.runtimeError.code}: ${report.runtimeError.message}`);
  for (const id of CATEGORIES) {
    const category = report.categories[id];
    if (!category || category.score === 1) continue;
    const lost = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit.score !== null && audit.score < 1);
    console.log(`\n${type.name} — ${id} ${score(category)}:`);
    for (const { ref, audit } of lost) console.log(`  ${audit.id} (weight ${ref.weight}, score ${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
  }
}
console.log(`\nReports: ${OUT}/`);
