// A tiny static server for dist/, for browser tests and benchmarks: serves
// index.html for directories, 404.html for misses, with the usual types.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4322);
const root = resolve(process.argv[3] ?? 'dist');
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};

/** The caching of deploy/nginx.conf (src/lib/nginx.ts), so the browser reuses what it would reuse there. */
function cacheControl(path) {
  if (/\.(ics|json|xml)$/.test(path)) return 'public, max-age=3600';
  if (path.startsWith('/_astro/') || /^\/pagefind\/.*\.pf_(fragment|index|meta)$/.test(path)) return 'public, max-age=31536000, immutable';
  if (path.startsWith('/pagefind/')) return 'public, max-age=300';
  return 'no-cache';
}

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  let status = 200;
  if (!existsSync(file)) { file = join(root, '404.html'); status = 404; }
  res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': status === 200 ? cacheControl(path) : 'no-cache' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
