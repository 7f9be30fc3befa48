// Issue 21, point 8: an announcement dated after the build day (Vietnam) is
// scheduled. Two builds of a copy of the project, pinned (SOURCE_DATE_EPOCH) one
// second before and at midnight of its day in Vietnam: before, it is on no page,
// list, home page, RSS, sitemap or search fragment, and the checker says when it
// will be published; on its day it is everywhere.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project';

const project = tempProject();
const SLUG = '2027-01-20-hop-mat-nguoi-cao-tuoi-don-xuan';
const TITLE = 'Họp mặt người cao tuổi đón xuân Đinh Mùi';
const FILE = `content/announcements/${SLUG}.mdx`;
// 2027-01-20 00:00 in Vietnam is 2027-01-19 17:00 UTC.
const MIDNIGHT = Date.UTC(2027, 0, 19, 17) / 1000;
const BUILDS = { before: MIDNIGHT - 1, on: MIDNIGHT } as const;
type When = keyof typeof BUILDS;
const out = (when: When) => join(project.root, `dist-${when}`);
const read = (when: When, path: string) => readFileSync(join(out(when), path), 'utf8');
/** The text of every Pagefind fragment (gzip files) of a build. */
const searchText = (when: When) =>
  readdirSync(join(out(when), 'pagefind', 'fragment'))
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => gunzipSync(readFileSync(join(out(when), 'pagefind', 'fragment', f))).toString('utf8'))
    .join('\n');
const checker: Partial<Record<When, string>> = {};

beforeAll(async () => {
  project.write(FILE, `---\ntitle: ${TITLE}\ndate: '2027-01-20'\nsummary: Mời các cụ dự họp mặt đầu xuân.\n---\n\nNội dung họp mặt.\n`);
  for (const when of Object.keys(BUILDS) as When[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: out(when), SOURCE_DATE_EPOCH: String(BUILDS[when]), ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.SITE_URL;
    await promisify(execFile)('npx', ['astro', 'build', '--silent'], { cwd: project.root, env, maxBuffer: 64 * 1024 * 1024 });
    checker[when] = execFileSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: project.root, env, encoding: 'utf8' });
  }
}, 600_000);
afterAll(() => project.cleanup());

describe('a scheduled announcement', () => {
  it('before its day: no page, not in the list, home page, RSS, sitemap or search; the checker says when', () => {
    expect(existsSync(join(out('before'), 'thong-bao', SLUG, 'index.html'))).toBe(false);
    for (const path of ['thong-bao/index.html', 'index.html', 'thong-bao/rss.xml', 'sitemap-0.xml']) expect(read('before', path), path).not.toContain(SLUG);
    expect(read('before', 'thong-bao/rss.xml')).not.toContain(TITLE);
    expect(searchText('before')).not.toContain(TITLE);
    expect(checker.before).toContain(`${FILE} (dòng 3, trường "date"): thông báo sẽ tự đăng ngày 20/01/2027`);
    expect(checker.before).toMatch(/✓ Nội dung hợp lệ/);
  });

  it('on its day (00:00 in Vietnam): published everywhere, and no scheduling note', () => {
    expect(read('on', `thong-bao/${SLUG}/index.html`)).toContain(TITLE);
    for (const path of ['thong-bao/index.html', 'index.html', 'thong-bao/rss.xml', 'sitemap-0.xml']) expect(read('on', path), path).toContain(SLUG);
    expect(searchText('on')).toContain(TITLE);
    expect(checker.on).not.toContain('sẽ tự đăng');
  });
});
