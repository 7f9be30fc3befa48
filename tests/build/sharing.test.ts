// Links shared on Zalo or Facebook show a picture: every event, announcement,
// campaign and program page names its own Open Graph picture (a 1200 × 630 PNG
// built with the site, on the site's own host), with its title and description.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page, pathOfFile, publicHtmlFiles } from './helpers';
import { site } from '../../src/site.config';

const shared = publicHtmlFiles().map(pathOfFile).filter((p) => /^\/(su-kien|thong-bao|cuoc-van-dong)\/[^/]+\/$|^\/chuong-trinh\/\d{4}\/$/.test(p) && !/^\/thong-bao\/\d+\/$/.test(p));
const meta = (path: string, property: string) => page(path).querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

describe('Open Graph pictures', () => {
  it('cover every page of the four kinds', () => {
    const kinds = new Set(shared.map((p) => p.split('/')[1]));
    expect([...kinds].sort()).toEqual(['chuong-trinh', 'cuoc-van-dong', 'su-kien', 'thong-bao']);
    expect(shared.length).toBeGreaterThanOrEqual(13);
  });

  it.each(shared)('%s: og:image is its own 1200 × 630 PNG on the site, with og:title, og:description and the size', (path) => {
    const image = meta(path, 'og:image')!;
    expect(image.startsWith(`${site.url}/og/`)).toBe(true);
    const file = join(DIST, new URL(image).pathname);
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(meta(path, 'og:image:width')).toBe('1200');
    expect(meta(path, 'og:image:height')).toBe('630');
    expect(`${meta(path, 'og:title')} – ${site.shortName}`).toBe(page(path).querySelector('title')?.textContent);
    expect(meta(path, 'og:description')?.length).toBeGreaterThan(10);
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
  });

  it('one picture per shared page, none left over', () => {
    const pngs = readdirSync(join(DIST, 'og'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).map((f) => `/og/${f}`);
    expect(pngs.sort()).toEqual(shared.map((p) => new URL(meta(p, 'og:image')!).pathname).sort());
  });

  it('other pages (lists, calendars, search) have none', () => {
    for (const path of ['/', '/su-kien/', '/lich/', '/tim-kiem/']) expect(meta(path, 'og:image'), path).toBeUndefined();
  });
});
