// Build cost as content grows: wall time and peak memory of `npm run build` on
// temporary copies of the site with +0/+500/+1,000/+2,000 synthetic announcements
// (bench/generate-corpus.mjs), and of a bare-bones Astro 5 project (same astro and
// @astrojs/mdx from node_modules, one page file printing title and body) building
// the same MDX files: the floor; and of a Starlight site (the same astro, @astrojs/starlight installed
// once into bench/out/starlight/) with the same files as its docs pages. Every build is cold (fresh copy,
// empty cache).
//   npx tsx bench/build.mjs                       # sizes 0,500,1000,2000; floor 1000,2000
//   npx tsx bench/build.mjs --sizes 500 --floor 500   # a quick try
//   npx tsx bench/build.mjs --floor none
//   npx tsx bench/build.mjs --sizes 1000,2000 --floor none --starlight 1000,2000   # the CPU target: ≤ 0.5× Starlight
// Noisy machines: compare the ratios printed at the end (all from this one run).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT, tempSite, writeCorpus } from './generate-corpus.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const list = (s) => (s === 'none' ? [] : String(s).split(',').map(Number));
const SIZES = list(arg('sizes', '0,500,1000,2000'));
const FLOOR = list(arg('floor', SIZES.filter((n) => n >= 1000).join(',') || 'none'));
const STARLIGHT = list(arg('starlight', 'none'));
const STARLIGHT_VERSION = '0.42.4'; // the release for Astro 7.x
const SEED = Number(arg('seed', 7));
const PAGE = 4096;
const LOGS = join(PROJECT, 'bench/out/build-logs'); // each build's output, with the second each line arrived
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

/** Sum of RSS over a process and all its descendants, from /proc. */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* gone */ }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try { total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE; } catch { /* gone */ }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command under /usr/bin/time -v; returns wall time, max RSS, tree peak and timestamped output lines. */
function measure(cmd, args, cwd) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const lines = [];
    const child = spawn('/usr/bin/time', ['-v', cmd, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let treePeak = 0;
    const timer = setInterval(() => { treePeak = Math.max(treePeak, treeRss(child.pid)); }, 200);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        const t = (performance.now() - t0) / 1000;
        for (const line of parts) lines.push({ t, line });
      });
      stream.on('end', () => { if (rest) lines.push({ t: (performance.now() - t0) / 1000, line: rest }); });
    }
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - t0) / 1000;
      const text = lines.map((l) => l.line).join('\n');
      const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? NaN) * 1024;
      // CPU seconds of the whole tree: much steadier than wall time when other jobs share the cores.
      const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(text)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(text)?.[1] ?? NaN);
      if (code !== 0) { fail(new Error(`${cmd} ${args.join(' ')} failed (${code}) in ${cwd}:\n${text.slice(-3000)}`)); return; }
      done({ wall, cpu, maxRss, treePeak, lines });
    });
  });
}

const at = (lines, re) => lines.find((l) => re.test(l.line));

/** Seconds from "1.80s", "691ms" or "1m 2.5s" (Astro's format past a minute). */
const seconds = (text) => {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text ?? '');
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN;
};

/** Where the time went: astro's own timings, and the moment each log line arrived. */
function split(lines, site) {
  const builtIn = seconds(/page\(s\) built in (.*)/.exec(at(lines, /page\(s\) built in/)?.line ?? '')?.[1]);
  const routesAt = lines.findIndex((l) => /generating static routes/.test(l.line));
  const render = seconds(/Completed in (.*)/.exec(lines.slice(routesAt).find((l) => /Completed in/.test(l.line))?.line ?? '')?.[1]);
  if (!site) return { builtIn, render, astro: builtIn };
  const checked = at(lines, /Nội dung hợp lệ/)?.t;
  const beforeIndex = at(lines, /sitemap-index\.xml/)?.t;
  const indexed = at(lines, /Pagefind: \d+/)?.t;
  const compressed = at(lines, /precompressed/)?.t;
  const pagefind = indexed !== undefined && beforeIndex !== undefined ? indexed - beforeIndex : NaN;
  const precompress = compressed !== undefined && indexed !== undefined ? compressed - indexed : NaN;
  // astro: astro's own build without our two build:done hooks, comparable with the floor's "built in".
  return { builtIn, render, check: checked, pagefind, precompress, astro: builtIn - pagefind - precompress };
}

/** A bare Astro project: one collection, one page file printing title and body. */
function tempFloor(count) {
  const root = mkdtempSync(join(tmpdir(), `mttq-bench-floor${count}-`));
  const write = (path, text) => { mkdirSync(join(root, path, '..'), { recursive: true }); writeFileSync(join(root, path), text); };
  write('package.json', JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }));
  // Caches inside the temp project: node_modules is shared, never write there.
  write('astro.config.mjs', `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ output: 'static', integrations: [mdx()], cacheDir: './.astro/cache', vite: { cacheDir: './.astro/vite' } });
`);
  write('src/content.config.ts', `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
export const collections = {
  announcements: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/announcements' }),
    schema: z.object({ title: z.string(), date: z.string(), summary: z.string() }),
  }),
};
`);
  write('src/pages/[slug].astro', `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('announcements')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><h1>{entry.data.title}</h1><Content /></body></html>
`);
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Starlight and its dependencies, installed once from the registry beside the project's astro version. */
function starlightModules() {
  const dir = join(PROJECT, 'bench/out/starlight');
  const astro = JSON.parse(readFileSync(join(PROJECT, 'node_modules/astro/package.json'), 'utf8')).version;
  const wanted = JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } });
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight')) || readFileSync(join(dir, 'package.json'), 'utf8') !== wanted) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), wanted);
    process.stderr.write(`… installing @astrojs/starlight ${STARLIGHT_VERSION} with astro ${astro} into ${dir}\n`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm install of Starlight failed');
  }
  return join(dir, 'node_modules');
}

/** A Starlight site whose docs are the corpus' announcements (title from their front matter). */
function tempStarlight(count) {
  const root = mkdtempSync(join(tmpdir(), `mttq-bench-starlight${count}-`));
  const write = (path, text) => { mkdirSync(join(root, path, '..'), { recursive: true }); writeFileSync(join(root, path), text); };
  // The dependencies are listed: Astro bundles (never externalises) the packages it finds there, and
  // Starlight's modules import astro:content, which plain Node cannot load.
  write('package.json', readFileSync(join(starlightModules(), '..', 'package.json'), 'utf8'));
  write('astro.config.mjs', `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'MTTQ', defaultLocale: 'root', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } } })], cacheDir: './.astro/cache', vite: { cacheDir: './.astro/vite' } });
`);
  write('src/content.config.ts', `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  write('src/content/docs/index.mdx', '---\ntitle: Trang chủ\n---\n\nTrang chủ.\n');
  // A hard-linked copy, not a link: Starlight's virtual modules (astro:…) resolve only inside the project.
  const copied = spawnSync('cp', ['-al', starlightModules(), join(root, 'node_modules')]);
  if (copied.status !== 0) throw new Error(`cp -al failed: ${copied.stderr}`);
  return root;
}

const s = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const mb = (x) => (Number.isFinite(x) ? (x / 1048576).toFixed(0) : '–');
const pagesIn = (dir) => { let n = 0; const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { if (e.isDirectory()) walk(join(d, e.name)); else if (e.name === 'index.html') n++; } }; if (existsSync(dir)) walk(dir); return n; };

const results = [];
async function run(kind, count) {
  const root = kind === 'site' ? tempSite(`build${count}`) : kind === 'starlight' ? tempStarlight(count) : tempFloor(count);
  try {
    if (count > 0) writeCorpus(root, count, SEED);
    // Starlight's pages are its docs collection: the same files, moved there.
    if (kind === 'starlight') renameSync(join(root, 'content/announcements'), join(root, 'src/content/docs/thong-bao'));
    process.stderr.write(`… ${kind} +${count}: building in ${root}\n`);
    const r = kind === 'site'
      ? await measure('npm', ['run', 'build'], root)
      : await measure(join(root, 'node_modules/.bin/astro'), ['build'], root);
    const row = { kind, count, pages: pagesIn(join(root, 'dist')), ...r, ...split(r.lines, kind === 'site') };
    mkdirSync(LOGS, { recursive: true });
    writeFileSync(join(LOGS, `${kind}-${count}.log`), r.lines.map((l) => `${l.t.toFixed(2).padStart(8)} ${l.line}`).join('\n'));
    results.push(row);
    process.stderr.write(`  ${s(row.wall)} s, ${row.pages} pages, max RSS ${mb(row.maxRss)} MB\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

for (const n of SIZES) await run('site', n);
for (const n of FLOOR) await run('floor', n);
for (const n of STARLIGHT) await run('starlight', n);

const get = (kind, count) => results.find((r) => r.kind === kind && r.count === count);
console.log(`\nBuild benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, cold builds, one after another`);
const cols = ['build', 'pages', 'wall s', 'CPU s', 'check s', 'astro s', 'render s', 'pagefind s', 'precomp. s', 'max RSS MB', 'tree MB'];
const widths = [16, 6, 7, 7, 8, 8, 9, 11, 11, 11, 8];
const row = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
console.log(row(cols));
for (const r of results) {
  const name = r.kind === 'site' ? `site +${r.count}` : `${r.kind} ${r.count}`;
  console.log(row([name, r.pages, s(r.wall), s(r.cpu), s(r.check), s(r.astro), s(r.render), s(r.pagefind), s(r.precompress), mb(r.maxRss), mb(r.treePeak)]));
}
console.log(`CPU: user + system seconds of the whole process tree (/usr/bin/time -v), steadier than wall time on a shared machine.
wall: the whole command (site: npm run build = content check + astro build + Pagefind + gzip/brotli + swap).
astro: astro's own "page(s) built in" minus our Pagefind and precompress hooks; render: its "generating static routes" step.
max RSS: largest single process (/usr/bin/time -v); tree: peak sum of RSS over the process tree, sampled every 200 ms.`);

const ratio = (a, b, target, what) => {
  if (!a || !b) return;
  const verdict = (r) => `${r.toFixed(2).padStart(5)} ${r <= target ? 'PASS' : 'OVER'}`;
  console.log(`${what.padEnd(44)} ${verdict(a.wall / b.wall)}   ${verdict(a.cpu / b.cpu)}   (target ≤ ${target})`);
};
console.log(`\n${'ratios (same run)'.padEnd(44)}  wall         CPU`);
ratio(get('site', 2000), get('site', 1000), 2.1, 'site: +2,000 / +1,000');
ratio(get('floor', 2000), get('floor', 1000), 2.1, 'floor: 2,000 / 1,000');
for (const n of FLOOR) ratio(get('site', n), get('floor', n), 1.3, `site +${n} / floor ${n}`);
for (const n of STARLIGHT) ratio(get('site', n), get('starlight', n), 0.5, `site +${n} / Starlight ${n}`);
for (const n of FLOOR) {
  const site = get('site', n);
  const floor = get('floor', n);
  if (!site || !floor) continue;
  const r = site.astro / floor.astro;
  if (Number.isFinite(r)) console.log(`${`site +${n} / floor ${n}, astro part only`.padEnd(44)} ${r.toFixed(2).padStart(5)}        (wall, without check, Pagefind, precompress, npm)`);
}
