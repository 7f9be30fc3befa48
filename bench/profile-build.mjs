// Where the CPU of `npm run build` goes, on a cold temporary copy of the site with +N synthetic
// announcements (bench/generate-corpus.mjs).
//   npx tsx bench/profile-build.mjs                    # +1,000: a timing run, then a profiled run
//   npx tsx bench/profile-build.mjs --size 2000 --top 15
//   npx tsx bench/profile-build.mjs --only timings     # no profiler (its overhead inflates JS time)
//   npx tsx bench/profile-build.mjs --only profile --keep   # keeps the .cpuprofile files (Chrome DevTools → Performance → load)
// Two views:
// 1. Per step, CPU seconds of the whole process tree (user + system from /proc, threads and child
//    processes included: Rolldown, zlib, Pagefind and resvg work off the main thread), between the log
//    lines that open and close each step, and the content checker's own process separately.
// 2. From `node --cpu-prof` (every Node process of the build, via NODE_OPTIONS): the main thread's
//    self time by what ran (OG pictures, Markdown/MDX, Pagefind, …, from the call stack) and the
//    top functions, for the astro build and the checker.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, tempSite, writeCorpus } from './generate-corpus.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const SIZE = Number(arg('size', 1000));
const TOP = Number(arg('top', 12));
const ONLY = arg('only', 'timings,profile').split(',');
const KEEP = process.argv.includes('--keep');
const TICK = 100; // /proc/<pid>/stat counts in clock ticks of 10 ms
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

/** Every process of the tree under `root`: pid → { cpu seconds, command line }. */
function treeProcesses(root) {
  const children = new Map();
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      // utime, stime of the process itself (all its threads), cutime, cstime of children it waited for
      stats.set(Number(name), { ppid, cpu: (Number(fields[11]) + Number(fields[12])) / TICK });
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* gone */ }
  }
  const out = new Map();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    const s = stats.get(pid);
    if (s) {
      let cmd = '';
      try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim(); } catch { /* gone */ }
      out.set(pid, { cpu: s.cpu, cmd });
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Runs `npm run build` in `cwd`; samples the CPU of every process of its tree every 100 ms (a process'
 * last figure is kept when it ends) and stamps each output line with the tree's CPU at that moment.
 */
function runBuild(cwd, extraEnv) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('npm', ['run', 'build'], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const seen = new Map(); // pid → { cpu, cmd }
    const sample = () => {
      for (const [pid, p] of treeProcesses(child.pid)) {
        const old = seen.get(pid);
        seen.set(pid, { cpu: Math.max(p.cpu, old?.cpu ?? 0), cmd: p.cmd || old?.cmd || '' });
      }
      return [...seen.values()].reduce((a, p) => a + p.cpu, 0);
    };
    const timer = setInterval(sample, 100);
    const lines = [];
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        const cpu = sample();
        const t = (performance.now() - t0) / 1000;
        for (const line of parts) lines.push({ t, cpu, line });
      });
    }
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = sample();
      if (code !== 0) { fail(new Error(`npm run build failed (${code}) in ${cwd}:\n${lines.slice(-40).map((l) => l.line).join('\n')}`)); return; }
      done({ wall: (performance.now() - t0) / 1000, cpu, lines, processes: seen });
    });
  });
}

/** The steps of a build, each from the log line that opens it to the one that closes it. */
const STEPS = [
  ['start (npm, node, astro config)', null, /\[content\] Syncing content/],
  ['content sync (schemas, data store)', /\[content\] Syncing content/, /\[types\] Generated/],
  ['build info', /\[types\] Generated/, /Building static entrypoints/],
  ['Vite bundle (Rolldown; MDX compile + guard)', /Building static entrypoints/, /generating static routes/],
  ['page rendering (incl. OG pictures, .ics, RSS)', /generating static routes/, /✓ Completed in/],
  ['sitemap', /✓ Completed in/, /sitemap-index\.xml/],
  ['Pagefind index + dictionary', /sitemap-index\.xml/, /Pagefind: \d+/],
  ['precompress (.gz, .br)', /Pagefind: \d+/, /precompressed/],
  ['rest (guard coverage, editor, swap)', /precompressed/, null],
];

function stepTable(run) {
  const find = (re, from = 0) => (re ? run.lines.findIndex((l, i) => i >= from && re.test(l.line)) : -1);
  const rows = [];
  let cursor = 0;
  for (const [name, open, close] of STEPS) {
    const a = open ? find(open, cursor) : -1;
    const b = close ? find(close, Math.max(a, 0)) : -1;
    const startCpu = open ? run.lines[a]?.cpu : 0;
    const endCpu = close ? run.lines[b]?.cpu : run.cpu;
    const startT = open ? run.lines[a]?.t : 0;
    const endT = close ? run.lines[b]?.t : run.wall;
    rows.push({ name, cpu: endCpu - startCpu, wall: endT - startT });
    if (b >= 0) cursor = b;
  }
  return rows;
}

const checkerOf = (processes) => [...processes.values()].filter((p) => /check-content\.ts/.test(p.cmd)).reduce((a, p) => a + p.cpu, 0);
const s = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

// ---- profiles ----

/** What a sample is doing, from its call stack (leaf first): the first rule a frame matches. */
const WHAT = [
  ['OG pictures (satori, resvg)', (f) => /og-image|\/satori\/|@resvg|renderOgImage/.test(f.url + f.functionName)],
  ['Pagefind', (f) => /integrations\/pagefind|node_modules\/pagefind/.test(f.url)],
  ['precompress', (f) => /integrations\/precompress/.test(f.url)],
  ['search dictionary', (f) => /lib\/search\//.test(f.url)],
  ['staff guard / checker rules', (f) => /content-check\/|remark-staff-content/.test(f.url)],
  ['sitemap, RSS', (f) => /@astrojs\/(sitemap|rss)/.test(f.url)],
  ['Markdown/MDX (micromark, remark, rehype, mdx)', (f) => /node_modules\/(micromark[^/]*|mdast-[^/]*|remark-[^/]*|rehype-[^/]*|hast-[^/]*|unified|@mdx-js|estree-[^/]*|unist-[^/]*|parse-latin|nlcst-[^/]*|retext-[^/]*|@astrojs\/markdown-remark|@astrojs\/mdx|shiki|@shikijs|acorn[^/]*|vfile[^/]*)\//.test(f.url)],
  ['zod (schemas)', (f) => /node_modules\/zod\//.test(f.url)],
  ['YAML', (f) => /node_modules\/yaml\//.test(f.url)],
  ['Vite / Rolldown (JS side)', (f) => /node_modules\/(vite|rolldown|@rolldown|esbuild|tsx)\//.test(f.url)],
  ['site code (pages, lib, data)', (f) => /\/src\/|\.prerender\//.test(f.url)],
  ['astro runtime', (f) => /node_modules\/astro\//.test(f.url)],
  ['node internals', (f) => f.url.startsWith('node:')],
];

function readProfile(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const what = new Map(); // node id → category, memoised
  const categoryOf = (id) => {
    if (what.has(id)) return what.get(id);
    const chain = [];
    let hit = null;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      if (what.has(cur)) { hit = what.get(cur); break; }
      chain.push(cur);
      const f = byId.get(cur).callFrame;
      const rule = WHAT.find(([, test]) => test(f));
      if (rule) { hit = rule[0]; break; }
    }
    const own = byId.get(id).callFrame.functionName;
    const result = ['(idle)', '(program)', '(garbage collector)'].includes(own) ? own : hit ?? 'other';
    for (const c of chain) if (c === id || !['(idle)', '(program)', '(garbage collector)'].includes(byId.get(c).callFrame.functionName)) what.set(c, c === id ? result : hit ?? 'other');
    return result;
  };
  const self = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const d = (p.timeDeltas[i] ?? 0) / 1e6;
    total += d;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + d);
  }
  const categories = new Map();
  const functions = new Map();
  for (const [id, t] of self) {
    const cat = categoryOf(id);
    categories.set(cat, (categories.get(cat) ?? 0) + t);
    const f = byId.get(id).callFrame;
    const where = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/.*?\/(src|scripts|\.dist-next\/\.prerender)\//, '$1/');
    const key = `${f.functionName || '(anonymous)'}  ${where}${where ? `:${f.lineNumber + 1}` : ''}`;
    const entry = functions.get(key) ?? { t: 0, cat };
    entry.t += t;
    functions.set(key, entry);
  }
  return { total, categories, functions };
}

function printProfile(label, prof) {
  const busy = prof.total - (prof.categories.get('(idle)') ?? 0);
  console.log(`\n${label}: ${s(busy)} s busy on the main thread (${s(prof.total)} s profiled)`);
  for (const [cat, t] of [...prof.categories].filter(([c]) => c !== '(idle)').sort((a, b) => b[1] - a[1])) {
    console.log(`  ${s(t).padStart(6)} s ${((100 * t) / busy).toFixed(0).padStart(3)} %  ${cat}`);
  }
  console.log(`  top ${TOP} functions by self time:`);
  for (const [key, { t, cat }] of [...prof.functions].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1].t - a[1].t).slice(0, TOP)) {
    console.log(`  ${s(t).padStart(6)} s  ${key}  [${cat}]`);
  }
}

// ---- run ----
const root = tempSite(`profile${SIZE}`);
const profiles = join(PROJECT, 'bench/out/profiles', `build-${SIZE}`);
try {
  writeCorpus(root, SIZE, 7);
  if (ONLY.includes('timings')) {
    process.stderr.write(`… +${SIZE}: timing run in ${root}\n`);
    const run = await runBuild(root, {});
    console.log(`\nnpm run build, +${SIZE} announcements, cold, no profiler (node ${process.version}): ${s(run.wall)} s wall, ${s(run.cpu)} s CPU (user + system, whole tree)`);
    console.log(`${'step'.padEnd(48)} ${'CPU s'.padStart(7)} ${'wall s'.padStart(7)}`);
    for (const r of stepTable(run)) console.log(`${r.name.padEnd(48)} ${s(r.cpu).padStart(7)} ${s(r.wall).padStart(7)}`);
    console.log(`${'  of which the content checker (own process)'.padEnd(48)} ${s(checkerOf(run.processes)).padStart(7)}     (counted in the first steps: it runs beside them)`);
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    rmSync(join(root, '.astro'), { recursive: true, force: true });
  }
  if (ONLY.includes('profile')) {
    rmSync(profiles, { recursive: true, force: true });
    mkdirSync(profiles, { recursive: true });
    process.stderr.write(`… +${SIZE}: profiled run (profiles in ${profiles})\n`);
    const run = await runBuild(root, { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiles}` });
    console.log(`\nProfiled run (node --cpu-prof inflates JavaScript time): ${s(run.wall)} s wall, ${s(run.cpu)} s CPU`);
    const cmdOf = (pid) => run.processes.get(pid)?.cmd ?? '';
    for (const file of readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile')).sort()) {
      const pid = Number(/\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(file)?.[1]);
      const cmd = cmdOf(pid);
      const label = /astro(\.mjs)? build/.test(cmd) ? 'astro build' : /check-content\.ts/.test(cmd) && !/tsx\/dist\/cli/.test(cmd) ? 'content checker' : null;
      const prof = readProfile(join(profiles, file));
      // npm, scripts/build.mjs, tsx's launcher, esbuild's service, worker threads: idle, waiting on the others.
      if (prof.total - (prof.categories.get('(idle)') ?? 0) < 0.5) continue;
      printProfile(label ? `${label} (pid ${pid})` : `pid ${pid} (${cmd.slice(0, 80) || file})`, prof);
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
  if (!KEEP) rmSync(profiles, { recursive: true, force: true });
}
