// Synthetic announcements for the build benchmark, made only of the seed's own
// sentences, recombined by a seeded PRNG (same count + seed = same files).
// They go into a TEMPORARY copy of the project, never into content/.
//   npx tsx bench/generate-corpus.mjs --count 1000 [--seed 7] [--keep]
// prints a table and runs `check:content` on the copy (which must pass).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/lib/slug.ts';
import { cleanText } from '../src/lib/text.ts';
import { announcementFileName } from '../src/lib/announcements.ts';
import { toIsoDate } from '../src/lib/dates.ts';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_FILE = resolve(PROJECT, 'content/nguon/chuong-trinh-2020.txt');
export const FIXTURE_MARK = 'Bản thử';

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed's sentences: list markers, section numbers and the capitalised heading dropped, NFC, at least six words. */
export function seedSentences(text = readFileSync(SEED_FILE, 'utf8')) {
  const out = [];
  for (const rawLine of text.normalize('NFC').split(/\r?\n/)) {
    const line = rawLine.replace(/^\s*(?:[-+•]\s*|\d+(?:\.\d+)*\.?\s+)/, '').trim();
    if (!line || line === line.toUpperCase()) continue; // empty, or the document's capitalised heading
    for (const s of line.split(/(?<=[.;!?])\s+(?=[A-ZÀ-Ỹ“])/u)) {
      const sentence = cleanText(s);
      if (sentence.split(' ').length >= 6) out.push(sentence);
    }
  }
  return [...new Set(out)];
}

// MDX treats these as syntax; the seed has none today, escape them anyway.
const mdxText = (s) => s.replace(/[\\{}<>*_`[\]#|]/g, (c) => `\\${c}`);
const yamlString = (s) => JSON.stringify(s);

/** One announcement file: { name, text } (name as the new:announcement command makes it). */
export function makeAnnouncement(sentences, rand, index) {
  const pick = () => sentences[Math.floor(rand() * sentences.length)];
  const head = pick().replace(/[.;:,!?]+$/, '').split(' ');
  const number = String(index + 1).padStart(4, '0');
  const title = `${FIXTURE_MARK} ${number}: ${head.slice(0, 6 + Math.floor(rand() * 6)).join(' ')}`;
  const start = Date.UTC(2020, 0, 1);
  const day = new Date(start + Math.floor(rand() * 366) * 86400000);
  const date = toIsoDate({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  const paragraphs = [];
  const count = 3 + Math.floor(rand() * 4);
  for (let p = 0; p < count; p++) {
    const n = 2 + Math.floor(rand() * 3);
    paragraphs.push(Array.from({ length: n }, () => mdxText(pick())).join(' '));
  }
  if (rand() < 0.5) {
    const items = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${mdxText(pick())}`);
    paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 1)), 0, items.join('\n'));
  }
  paragraphs.push('Xem toàn văn [Chương trình phối hợp, thống nhất hành động năm 2020](/chuong-trinh/2020/).');
  const text = `---
# BẢN THỬ — synthetic benchmark fixture written by bench/generate-corpus.mjs into a temporary
# copy of the project. Not a real announcement: never copy it into content/.
title: ${yamlString(title)}
date: '${date}'
summary: ${yamlString(pick())}
---

${paragraphs.join('\n\n')}
`;
  return { name: announcementFileName(date, slugify(title)), text };
}

/** Writes `count` announcements into `<root>/content/announcements/`; returns their stats. */
export function writeCorpus(root, count, seed = 7) {
  const sentences = seedSentences();
  const rand = prng(seed);
  const dir = join(root, 'content', 'announcements');
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let words = 0;
  const names = new Set();
  for (let i = 0; i < count; i++) {
    const { name, text } = makeAnnouncement(sentences, rand, i);
    if (names.has(name)) throw new Error(`duplicate fixture name ${name}`);
    names.add(name);
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    words += text.split(/\s+/).length;
  }
  return { count, sentences: sentences.length, bytes, words };
}

/** A temp copy of what a build needs (content, public, src, scripts, config), sharing node_modules. */
export function tempSite(label = 'site') {
  const root = mkdtempSync(join(tmpdir(), `mttq-bench-${label}-`));
  for (const name of ['content', 'public', 'src', 'scripts']) cpSync(join(PROJECT, name), join(root, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT, name), join(root, name));
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
  const counts = String(arg('count', '500,1000,2000')).split(',').map(Number);
  const seed = Number(arg('seed', 7));
  const keep = process.argv.includes('--keep');
  console.log('count  sentences  files KB  words    check:content  temp copy');
  for (const count of counts) {
    const root = tempSite(`corpus${count}`);
    const stats = writeCorpus(root, count, seed);
    const check = spawnSync(join(PROJECT, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-content.ts'), root], { encoding: 'utf8', cwd: root });
    const verdict = check.status === 0 ? 'pass' : 'FAIL';
    console.log(`${String(count).padStart(5)}  ${String(stats.sentences).padStart(9)}  ${(stats.bytes / 1024).toFixed(0).padStart(8)}  ${String(stats.words).padStart(7)}  ${verdict.padEnd(13)}  ${keep ? root : '(removed)'}`);
    if (check.status !== 0) console.error(check.stdout + check.stderr);
    if (!keep) rmSync(root, { recursive: true, force: true });
    if (check.status !== 0) process.exitCode = 1;
  }
}
