// Prints the size of each calendar output in dist/ (run after `npm run build`):
// node bench/calendar-sizes.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist');
const files = [
  'lich/2020.ics', 'lich/2020.json', 'lich/tat-ca.ics', 'lich/2020/index.html', 'lich/2020/05/index.html', 'lich/2020/in/index.html',
  ...readdirSync(join(dist, 'su-kien')).filter((f) => f.endsWith('.ics')).map((f) => `su-kien/${f}`),
];
const rows = files.map((f) => {
  const body = readFileSync(join(dist, f));
  return { file: f, bytes: statSync(join(dist, f)).size, gzip: gzipSync(body).length };
});
const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
for (const f of css) {
  const body = readFileSync(join(dist, '_astro', f));
  rows.push({ file: `_astro/${f}`, bytes: body.length, gzip: gzipSync(body).length });
}
console.table(rows);
