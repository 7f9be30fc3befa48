// deploy/nginx.conf serving the built site on loopback, checked end to end:
// types, compression, caching, security headers and the 404 page.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy, HEADER_ONLY_DIRECTIVES } from '../../src/lib/security';
import { DIST } from './helpers';

const NGINX = '/usr/sbin/nginx';
const hasNginx = existsSync(NGINX);
if (!hasNginx) {
  const message = 'nginx is not installed (apt-get install -y nginx libnginx-mod-http-brotli-static): the deploy test cannot run';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!! SKIPPED: ${message}\n`);
}

const PORT = 4390 + (process.pid % 50);
const base = `http://127.0.0.1:${PORT}`;
let dir = '';
let server: ChildProcess | undefined;

function siteConfig(): string {
  return readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen \[::\]:80;\n/, '')
    .replace('listen 80;', `listen 127.0.0.1:${PORT};`)
    .replace(/root [^;]+;/, `root ${DIST};`)
    .replace(/\/etc\/nginx\/snippets\/[a-z0-9-]+-security-headers(-search|-admin)?\.conf/g, (_m, variant: string | undefined) => join(process.cwd(), `deploy/security-headers${variant ?? ''}.conf`));
}

beforeAll(async () => {
  if (!hasNginx) return;
  dir = mkdtempSync(join(tmpdir(), 'mttq-nginx-'));
  const temp = (name: string) => `${name} ${join(dir, name)};`;
  writeFileSync(join(dir, 'site.conf'), siteConfig());
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')};`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map((d) => `  ${temp(d)}`),
      `  include ${join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  server = spawn(NGINX, ['-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
});

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, encoding = 'identity') => fetch(base + path, { headers: { 'accept-encoding': encoding } });

describe.skipIf(!hasNginx)('deploy/nginx.conf', () => {
  it('serves pages as UTF-8 HTML with the security headers and the same CSP as the pages', async () => {
    const res = await get('/su-kien/quoc-khanh/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(`${contentSecurityPolicy()}; ${HEADER_ONLY_DIRECTIVES}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain(`content="${contentSecurityPolicy()}"`);
    expect(html).toContain('Kỷ niệm 75 năm Quốc khánh');
  });

  it("lets Pagefind's worker run its WebAssembly (the worker script carries the search page's policy)", async () => {
    const res = await get('/pagefind/pagefind-worker.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`${contentSecurityPolicy({ wasm: true })}; ${HEADER_ONLY_DIRECTIVES}`);
    expect((await get('/pagefind/pagefind.js')).headers.get('content-security-policy')).toBe(`${contentSecurityPolicy()}; ${HEADER_ONLY_DIRECTIVES}`);
  });

  it('sends the precompressed brotli and gzip files', async () => {
    const br = await get('/chuong-trinh/2020/', 'br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toContain('CHƯƠNG TRÌNH PHỐI HỢP');
    const gz = await get('/chuong-trinh/2020/', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(existsSync(join(DIST, 'chuong-trinh/2020/index.html.br'))).toBe(true);
  });

  it('caches hashed assets for a year', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    const res = await get(`/_astro/${css}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toBe(`${contentSecurityPolicy()}; ${HEADER_ONLY_DIRECTIVES}`);
  });

  it('answers an unknown address with 404 and the Vietnamese page', async () => {
    const res = await get('/khong-co-trang-nay/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Không tìm thấy trang');
  });

  it('gives the staff editor its own policy and a noindex header, and its bundle compressed', async () => {
    const res = await get('/admin/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`${adminContentSecurityPolicy()}; ${HEADER_ONLY_DIRECTIVES}`);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const js = await get('/admin/decap-cms.js', 'br');
    expect(js.headers.get('content-encoding')).toBe('br');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await get('/admin/config.yml')).status).toBe(200);
  });

  it('serves the sitemap and robots.txt', async () => {
    const sitemap = await get('/sitemap-index.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toMatch(/^(text|application)\/xml/);
    const robots = await get('/robots.txt');
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
