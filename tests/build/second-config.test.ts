// Another committee reuses the code by editing src/site.config.ts and content/
// alone: a temporary copy of the project gets a made-up committee's config and
// content that no longer names Long Khánh; after its build, the old names are
// nowhere in dist/ (so nothing in the code names the committee), and the new
// ones are where they belong.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIn, tempProject } from '../support/temp-project';

const project = tempProject();
const dist = join(project.root, 'dist');

/** A clearly made-up committee (no such ward exists). */
const CONFIG = `import { defineSite } from './schemas/site';
export const PLACEHOLDER_URL = 'https://mttq.thunghiem.example';
export const site = defineSite({
  organisation: 'Ủy ban MTTQ Việt Nam phường Thử Nghiệm',
  shortName: 'MTTQ Thử Nghiệm',
  locality: 'Phường Thử Nghiệm, tỉnh Ví Dụ',
  url: process.env.SITE_URL ?? PLACEHOLDER_URL,
  description: 'Trang thông tin thử nghiệm của Ủy ban MTTQ Việt Nam phường Thử Nghiệm.',
  contact: { address: 'Số 1 đường Ví Dụ, phường Thử Nghiệm', phone: null, email: null },
  calendarUidHost: 'mttq-thunghiem',
  calendarProductId: '-//MTTQ Thu Nghiem//Lich su kien//VI',
  deployName: 'mttq-thunghiem',
});
export type { SiteConfig } from './schemas/site';
export const siteUrlIsReal: boolean = site.url !== PLACEHOLDER_URL;
`;

/** The committee's names, as words (file names such as …-long-khanh-… are content ids, left alone). */
const OLD_NAMES = /long\s*kh[aá]nh|longkhanh|đồng\s*nai|dong\s*nai/i;
const TEXT_FILE = /\.(html|xml|ics|json|txt|yml|css|js|webmanifest|svg)$/;

/** Every file under dir (Node's own recursive listing). */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)).filter((full) => statSync(full).isFile());
}

/** Replace the committee's name in every content file (the source documents in content/nguon are not published). */
function renameInContent(): void {
  for (const file of files(join(project.root, 'content'))) {
    if (relative(project.root, file).startsWith('content/nguon/') || !/\.(mdx?|ya?ml|json)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8').normalize('NFC');
    const renamed = text.replace(/Long Khánh/g, 'Thử Nghiệm').replace(/LONG KHÁNH/g, 'THỬ NGHIỆM');
    if (renamed !== text) writeFileSync(file, renamed);
  }
}

let build = { status: null as number | null, output: '' };

beforeAll(async () => {
  writeFileSync(join(project.root, 'src/site.config.ts'), CONFIG);
  renameInContent();
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1606435200' };
  delete env.SITE_URL;
  build = await buildIn(project.root, env);
}, 600_000);

afterAll(() => project.cleanup());

describe('a second committee, made up', () => {
  it('builds', () => {
    expect(build.output).toContain('Đã dựng xong');
    expect(build.status).toBe(0);
  });

  it('the old names are nowhere in dist/ (pages, calendars, feeds, data, the editor config)', () => {
    const found: string[] = [];
    for (const file of files(dist)) {
      const path = relative(dist, file);
      // The editor's prebuilt bundle is Decap's own code.
      if (!TEXT_FILE.test(path) || /^admin\/.*decap-cms/.test(path)) continue;
      const text = readFileSync(file, 'utf8').normalize('NFC');
      for (const line of text.split('\n')) {
        const m = OLD_NAMES.exec(line) ?? OLD_NAMES.exec(decodeURIComponent(line.replace(/%(?![0-9A-F]{2})/gi, '%25')));
        if (m) found.push(`${path}: …${line.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the new committee's names are where the old ones were", () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Ủy ban MTTQ Việt Nam phường Thử Nghiệm');
    expect(home).toContain('Phường Thử Nghiệm, tỉnh Ví Dụ');
    expect(home).toContain('Số 1 đường Ví Dụ, phường Thử Nghiệm');
    expect(home).toContain('https://mttq.thunghiem.example/');
    const list = readFileSync(join(dist, 'thong-bao/index.html'), 'utf8');
    expect(list).toContain('content="Thông báo của Ủy ban MTTQ Việt Nam phường Thử Nghiệm, mới nhất trước."');
    const ics = readFileSync(join(dist, 'lich/2020.ics'), 'utf8');
    expect(ics).toContain('PRODID:-//MTTQ Thu Nghiem//Lich su kien//VI');
    expect(ics).toMatch(/UID:[a-z0-9-]+@mttq-thunghiem\r\n/);
  });
});
