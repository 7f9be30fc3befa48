// deploy/nginx.conf serving the built site on loopback, checked end to end:
// types, compression, caching, security headers and the 404 page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy, HEADER_ONLY_DIRECTIVES } from '../../src/lib/security';
import { DIST } from './helpers';
import { hasNginx, requireNginx, startNginx, type RunningNginx } from '../support/nginx';

requireNginx('the deploy test');

const PORT = 4390 + (process.pid % 50);
let nginx: RunningNginx | undefined;
let base = '';

beforeAll(async () => {
  if (!hasNginx) return;
  nginx = await startNginx(DIST, PORT);
  base = nginx.base;
});

afterAll(async () => {
  await nginx?.stop();
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

  it("sends Pagefind's own gzip files with a Content-Encoding, so the browser inflates them (not Pagefind's script)", async () => {
    const chunk = readdirSync(join(DIST, 'pagefind', 'index')).find((f) => f.endsWith('.pf_index'))!;
    for (const path of ['/pagefind/wasm.unknown.pagefind', `/pagefind/index/${chunk}`]) {
      for (const encoding of ['br', 'gzip']) {
        const res = await get(path, encoding);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-encoding'), `${path} ${encoding}`).toBe(encoding);
        // fetch() inflates, as a browser does: what Pagefind reads then starts with its signature.
        expect(Buffer.from(await res.arrayBuffer()).subarray(0, 12).toString('latin1'), `${path} ${encoding}`).toBe('pagefind_dcd');
      }
      // A client that asks for no encoding gets the file as Pagefind wrote it (gzip), which Pagefind inflates itself.
      const plain = Buffer.from(await (await get(path)).arrayBuffer());
      expect([plain[0], plain[1]], path).toEqual([0x1f, 0x8b]);
    }
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
    // The editor's bundle is shipped only in a build for a hosted repository (CMS_BACKEND); see admin.test.ts.
    if (existsSync(join(DIST, 'admin', 'decap-cms.js'))) {
      const js = await get('/admin/decap-cms.js', 'br');
      expect(js.headers.get('content-encoding')).toBe('br');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
    }
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
