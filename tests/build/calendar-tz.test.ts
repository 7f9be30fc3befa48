// Reproducible builds. The calendars must not depend on the build machine's
// time zone: build the site in Los Angeles (UTC−8, whose midnight is 15:00 in
// Vietnam) and in Hồ Chí Minh City, with the build instant pinned
// (SOURCE_DATE_EPOCH), and compare every calendar file byte for byte; then the
// whole output, search index and precompressed files included. The same pinned build is
// compared with the committed page manifest (tests/build/site-manifest.json): the page list,
// each page's text and each data file, so a platform or tool change cannot alter the site unseen.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_EPOCH, MANIFEST_FILE, siteManifest, type SiteManifest } from '../support/site-manifest';

const ROOT = process.cwd();
const OUT = { la: join(ROOT, '.dist-tz-la'), hcm: join(ROOT, '.dist-tz-hcm') };

// Asynchronous, so the test worker keeps answering Vitest while Astro builds.
async function build(tz: string, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await promisify(execFile)('npx', ['astro', 'build', '--silent'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TZ: tz, ASTRO_OUT_DIR: outDir, SOURCE_DATE_EPOCH: MANIFEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('calendar output independent of the build time zone', () => {
  beforeAll(async () => {
    await build('America/Los_Angeles', OUT.la);
    await build('Asia/Ho_Chi_Minh', OUT.hcm);
  }, 400_000);
  afterAll(() => {
    for (const dir of Object.values(OUT)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes identical .ics, .json and calendar pages', () => {
    const calendarFiles = [...files(join(OUT.hcm, 'lich')), ...files(join(OUT.hcm, 'su-kien'))]
      .map((f) => relative(OUT.hcm, f))
      .filter((f) => /\.(ics|json|html)$/.test(f));
    expect(calendarFiles).toContain(join('lich', '2020.ics'));
    expect(calendarFiles).toContain(join('lich', '2020', '05', 'index.html'));
    expect(calendarFiles.length).toBeGreaterThan(25);
    for (const f of calendarFiles) {
      expect(existsSync(join(OUT.la, f)), f).toBe(true);
      const a = readFileSync(join(OUT.la, f), 'utf8');
      const b = readFileSync(join(OUT.hcm, f), 'utf8');
      if (a !== b) expect(a, f).toBe(b);
    }
    // The pinned instant (2020-11-27 00:00 UTC) is the DTSTAMP in both.
    expect(readFileSync(join(OUT.la, 'lich', '2020.ics'), 'utf8')).toContain('DTSTAMP:20201127T000000Z');
    expect(readFileSync(join(OUT.la, 'lich', '2020.ics'), 'utf8')).toContain('DTSTART;VALUE=DATE:20200203');
  });

  it('writes the same files, byte for byte, in both builds (nothing excluded)', () => {
    const la = files(OUT.la).map((f) => relative(OUT.la, f)).sort();
    const hcm = files(OUT.hcm).map((f) => relative(OUT.hcm, f)).sort();
    expect(la).toEqual(hcm);
    expect(hcm.some((f) => f.startsWith('pagefind'))).toBe(true);
    const differing = hcm.filter((f) => !readFileSync(join(OUT.la, f)).equals(readFileSync(join(OUT.hcm, f))));
    expect(differing).toEqual([]);
  });

  it('gives the committed page manifest: same pages, same text on each, same data files', () => {
    const expected = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as SiteManifest;
    const built = siteManifest(OUT.hcm);
    const update = 'if the change is intended: npm run manifest:write';
    expect(Object.keys(built.pages).sort(), `page list; ${update}`).toEqual(Object.keys(expected.pages).sort());
    expect(Object.keys(built.files).sort(), `data files; ${update}`).toEqual(Object.keys(expected.files).sort());
    for (const [path, text] of Object.entries(expected.pages)) expect(built.pages[path], `text of ${path}; ${update}`).toBe(text);
    for (const [path, hash] of Object.entries(expected.files)) expect(built.files[path], `${path}; ${update}`).toBe(hash);
  });
});
