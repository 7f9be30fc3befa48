// What the staff editor (/admin/) costs: bytes a browser downloads on first
// open (the main bundle; chunks load on demand), bytes on disk in the build,
// and how long compressing the bundle takes (done once per Decap version and
// cached in node_modules/.cache). Needs a build for a hosted repository (the only one that ships
// the bundle): CMS_BACKEND=github CMS_REPO=a/b npm run build && node bench/editor.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = 'dist/admin';
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const files = readdirSync(dir);
const sum = (pred) => files.filter(pred).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
const plain = (f) => !/\.(gz|br)$/.test(f);
const main = (ext) => statSync(join(dir, `decap-cms.js${ext}`)).size;
console.log(`editor main bundle (first open): ${kb(main(''))} raw, ${kb(main('.gz'))} gzip, ${kb(main('.br'))} brotli`);
console.log(`all of /admin/ in the build: ${files.filter(plain).length} files, ${kb(sum(plain))} raw (+ ${kb(sum((f) => f.endsWith('.gz')))} .gz, ${kb(sum((f) => f.endsWith('.br')))} .br)`);
const data = readFileSync(join(dir, 'decap-cms.js'));
let start = performance.now();
gzipSync(data, { level: 9 });
const gz = (performance.now() - start) / 1000;
start = performance.now();
brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
const br = (performance.now() - start) / 1000;
console.log(`compressing the main bundle once: gzip -9 ${gz.toFixed(1)} s, brotli 11 ${br.toFixed(1)} s (cached per Decap version)`);
