// A program imported with `npm run import:program` builds: the next build shows the new
// year's program (its number and date), its item pages, its calendar with the
// anniversaries (the new one counted from its origin) and the new documents.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProgram } from '../../scripts/import-program';
import { buildIn, tempProject } from '../support/temp-project';
import { ROMAN_DOCUMENT } from '../unit/program-import-support';

const project = tempProject();
const dist = join(project.root, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
let imported: Awaited<ReturnType<typeof importProgram>>;
let build = { status: null as number | null, output: '' };

beforeAll(async () => {
  project.write('ct-2031.txt', ROMAN_DOCUMENT.join('\n'));
  imported = await importProgram(project.root, join(project.root, 'ct-2031.txt'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1606435200' };
  build = await buildIn(project.root, env);
}, 600_000);

afterAll(() => project.cleanup());

describe('an imported program, built', () => {
  it('imports and builds', () => {
    expect(imported.ok, imported.output).toBe(true);
    expect(build.output).toContain('Đã dựng xong');
    expect(build.status).toBe(0);
  });
  it('the program page shows its title, number, date, headings and items, verbatim', () => {
    const html = page('chuong-trinh/2031');
    expect(html).toContain('CHƯƠNG TRÌNH PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG NĂM 2031');
    expect(html).toContain('12/CTr-MTTQ');
    expect(html).toContain('20/01/2031');
    expect(html).toContain('CÔNG TÁC GIÁM SÁT');
    expect(html).toContain('Phối hợp giám sát:');
    expect(html).not.toMatch(/Nơi nhận|CHỦ TỊCH/);
  });
  it('each item has its page with its text and its links', () => {
    for (const item of imported.plan!.report.items) {
      const slug = item.path.split('/').at(-1)!.replace(/\.mdx$/, '');
      const html = page(`chuong-trinh/2031/${slug}`);
      expect(html).toContain(item.text.replace(/&/g, '&amp;'));
    }
    expect(existsSync(join(dist, 'van-ban/thong-bao-so-12-tb-tu/index.html'))).toBe(true);
    expect(page('van-ban/thong-bao-so-12-tb-tu')).toContain('Ban Thường vụ Thành ủy');
  });
  it('the 2031 calendar holds the anniversaries, the new one counted from its origin', () => {
    const calendar = readFileSync(join(dist, 'lich/2031.json'), 'utf8');
    expect(calendar).toContain('Ngày thành lập Hội Thử Nghiệm');
    expect(calendar).toContain('Ngày thành lập Đảng Cộng sản Việt Nam');
    expect(page('su-kien/ngay-thanh-lap-hoi-thu-nghiem')).toMatch(/50 năm/);
  });
});
