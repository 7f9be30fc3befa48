// The staff editor in the built site: there for staff, invisible to readers,
// search engines and the site search, and loading nothing from other hosts.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DIST, htmlFiles, page } from './helpers';
import { adminContentSecurityPolicy } from '../../src/lib/security';
import { cmsConfig, hostedBackendFromEnv } from '../../src/cms/config';
import { bundleFiles } from '../../src/integrations/decap-cms';
import { site } from '../../src/site.config';

describe('/admin/', () => {
  const doc = page('/admin/');

  it('is a Vietnamese page that asks not to be indexed and is left out of the site search', () => {
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/^noindex/);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page('/van-ban/luat-hop-tac-xa/').querySelector('[data-pagefind-body]')).not.toBeNull(); // Pagefind indexes only pages that carry it
  });

  it('carries its own policy, and loads scripts, styles and config from this site only', () => {
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(adminContentSecurityPolicy());
    const urls = [...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!), ...doc.querySelectorAll('link[href]').map((e) => e.getAttribute('href')!)];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^\/(?!\/)/);
  });

  const hosted = hostedBackendFromEnv(process.env) !== null;

  it.skipIf(!hosted)('built for a hosted repository: ships the whole Decap bundle copied from node_modules, without source maps', () => {
    expect(doc.querySelector('script[src="/admin/decap-cms.js"]')).not.toBeNull();
    const shipped = readdirSync(join(DIST, 'admin')).filter((n) => !/\.(gz|br)$/.test(n) && n !== 'index.html' && n !== 'config.yml');
    expect(shipped.sort()).toEqual(bundleFiles().sort());
    expect(shipped.some((n) => n.endsWith('.map'))).toBe(false);
    expect(shipped.filter((n) => /^\d+\.decap-cms\.js$/.test(n)).length).toBeGreaterThan(10); // chunks it loads on demand
  });

  it.skipIf(hosted)('built without a backend: /admin/ explains in Vietnamese how staff edit, and ships no editor', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Biên tập nội dung');
    expect(doc.querySelector('main')?.textContent).toContain('npm run editor');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('link[rel="cms-config-url"]')).toBeNull();
    expect(readdirSync(join(DIST, 'admin')).filter((n) => n.endsWith('.js'))).toEqual([]);
  });

  it.skipIf(hosted)('the help page names only Vietnamese sections, each a heading of the staff guide', () => {
    const text = doc.querySelector('main')?.textContent ?? '';
    const guideHeadings = readFileSync(join(process.cwd(), 'docs', 'huong-dan-bien-tap.md'), 'utf8').split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^#+\s*/, ''));
    const cited = [...text.matchAll(/mục “([^”]+)”/g)].map((m) => m[1]!);
    expect(cited.length).toBeGreaterThan(0);
    for (const name of cited) expect(guideHeadings, name).toContain(name);
    expect(text).not.toMatch(/README|The web editor/);
  });

  it('serves the configuration generated from the schemas', () => {
    const config = parseYaml(readFileSync(join(DIST, 'admin', 'config.yml'), 'utf8'));
    expect(config).toEqual(JSON.parse(JSON.stringify(cmsConfig({ siteUrl: site.url, backend: hostedBackendFromEnv(process.env) }))));
  });
});

describe('readers and search engines are not sent to /admin/', () => {
  it('robots.txt disallows it and the sitemap leaves it out', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('no public page links to it', () => {
    const linking = htmlFiles()
      .filter((f) => !relative(DIST, f).startsWith('admin/'))
      .filter((f) => /href="[^"]*\/admin\//.test(readFileSync(f, 'utf8')));
    expect(linking).toEqual([]);
  });

  it('the search index has no page of it', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const urls = readdirSync(dir)
      .filter((n) => n.endsWith('.pf_fragment'))
      .map((n) => JSON.parse(gunzipSync(readFileSync(join(dir, n))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string);
    expect(urls).toContain('/van-ban/luat-hop-tac-xa/');
    expect(urls.filter((u) => u.startsWith('/admin/'))).toEqual([]);
  });
});
