// No broken internal link or asset anywhere in the built site: every href,
// src and srcset on every page, and every URL of the sitemap, names a file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { site } from '../../src/site.config';
import { DIST, publicHtmlFiles } from './helpers';


/** The file a site path is served from, or null. */
function target(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const file = join(DIST, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

function internalUrls(file: string): string[] {
  const doc = parse(readFileSync(file, 'utf8'));
  const pagePath = '/' + relative(DIST, file).replace(/index\.html$/, '');
  const urls = [
    ...doc.querySelectorAll('[href]').map((e) => e.getAttribute('href')!),
    ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
    ...doc.querySelectorAll('[srcset]').flatMap((e) => e.getAttribute('srcset')!.split(',').map((s) => s.trim().split(/\s+/)[0]!)),
  ];
  return urls
    .filter((u) => !/^(mailto:|tel:|webcal:|data:|#)/.test(u))
    .map((u) => new URL(u, `${site.url}${pagePath}`))
    .filter((u) => u.origin === new URL(site.url).origin)
    .map((u) => u.pathname);
}

describe('internal links', () => {
  const files = publicHtmlFiles();
  it.each(files.map((f) => [relative(DIST, f), f]))('%s links only to files that exist', (_n, file) => {
    const broken = internalUrls(file).filter((p) => target(p) === null);
    expect(broken).toEqual([]);
  });

  it('lists in the sitemap only pages that exist, and every public page', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.filter((p) => target(p) === null)).toEqual([]);
    const pages = files.map((f) => '/' + relative(DIST, f).replace(/index\.html$/, '')).filter((p) => p !== '/404.html');
    expect(pages.filter((p) => !locs.includes(p))).toEqual([]);
  });
});
