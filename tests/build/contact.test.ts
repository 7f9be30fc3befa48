// The committee's contact in the built site. The shipped state (dist/, built from
// the committed, empty entry) shows no contact detail anywhere; a temporary copy
// with a filled "Thông tin liên hệ" entry (made-up values) shows it in the footer
// of every page, on /lien-he/ with the reception schedule, on paper, as
// schema.org GovernmentOrganization, and "so dien thoai" finds /lien-he/.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser/chromium';
import { tempProject } from '../support/temp-project';
import { start, stop } from '../support/processes';
import { htmlFiles, page, publicHtmlFiles, textOf } from './helpers';

const jsonLd = (doc: HTMLElement) => doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

describe('shipped empty: nothing is shown or made up', () => {
  it('no page has a contact line or a contact label', () => {
    for (const file of publicHtmlFiles()) {
      const doc = parse(readFileSync(file, 'utf8'));
      expect(doc.querySelector('.contact-line'), file).toBeNull();
      expect(textOf(doc.querySelector('footer')), file).not.toMatch(/Số điện thoại|Thư điện tử|Địa chỉ:|Giờ làm việc/);
    }
  });
  it('/lien-he/ says the contact is being updated, and its organisation data has no contact field', () => {
    const doc = page('/lien-he/');
    expect(textOf(doc.querySelector('main'))).toContain('Thông tin liên hệ của Ủy ban đang được cập nhật.');
    expect(doc.querySelector('dl.facts')).toBeNull();
    const org = jsonLd(doc).find((d) => d['@type'] === 'GovernmentOrganization')!;
    expect(Object.keys(org).sort()).toEqual(['@context', '@type', 'areaServed', 'name', 'url']);
  });
  it('every page links to /lien-he/ from its footer', () => {
    for (const file of publicHtmlFiles().slice(0, 20)) expect(parse(readFileSync(file, 'utf8')).querySelector('footer a[href="/lien-he/"]'), file).not.toBeNull();
  });
});

describe('filled in by staff (a temporary copy)', () => {
  const project = tempProject();
  const dist = join(project.root, 'dist');
  const built = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  let output = '';
  let status: number | null = null;
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof start>> | undefined;
  const port = Number(process.env.TEST_PORT ?? 4322) + 21;

  beforeAll(async () => {
    project.write(
      'content/lien-he/thong-tin.yaml',
      // Made-up values, only in this temporary copy.
      `address: Số 1 đường Ví Dụ, phường Thử Nghiệm\nphone: '0251 3 000 000'\nemail: thu-nghiem@example.vn\nofficeHours: Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ\nreception: |\n  Thứ Năm tuần thứ hai: Chủ tịch Ủy ban tiếp công dân\n  Ngày 15 hằng tháng: cán bộ trực tiếp công dân\n`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1606435200' };
    await new Promise<void>((resolve) => {
      const child = spawn('node', ['scripts/build.mjs'], { cwd: project.root, env });
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (code) => ((status = code), resolve()));
    });
    const executablePath = chromiumExecutable();
    if (executablePath) browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    server = await start('node', ['scripts/serve-dist.mjs', String(port), dist], project.root, /Serving/);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await stop(server?.child);
    project.cleanup();
  });

  it('builds without the empty-contact warning', () => {
    expect(status, output).toBe(0);
    expect(output).not.toContain('chưa có thông tin liên hệ');
  });

  it('every page: address, phone (a tel: link) and e-mail in the footer, and the office hours', () => {
    const files = htmlFiles(dist).filter((f) => !f.includes(`${dist}/admin/`));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const footer = parse(readFileSync(file, 'utf8')).querySelector('footer');
      expect(textOf(footer?.querySelector('.contact-line')), file).toBe('Địa chỉ: Số 1 đường Ví Dụ, phường Thử Nghiệm · Số điện thoại: 0251 3 000 000 · Thư điện tử: thu-nghiem@example.vn');
      expect(footer?.querySelector('a[href="tel:02513000000"]'), file).not.toBeNull();
      expect(textOf(footer), file).toContain('Giờ làm việc: Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ');
    }
  });

  it('/lien-he/: every field with its label, the reception schedule as a list, GovernmentOrganization data', () => {
    const doc = built('lien-he');
    expect(doc.querySelectorAll('dl.facts dt').map(textOf)).toEqual(['Địa chỉ', 'Số điện thoại', 'Thư điện tử', 'Giờ làm việc']);
    expect(doc.querySelectorAll('#tiep-cong-dan ~ ul li').map(textOf)).toEqual(['Thứ Năm tuần thứ hai: Chủ tịch Ủy ban tiếp công dân', 'Ngày 15 hằng tháng: cán bộ trực tiếp công dân']);
    expect(jsonLd(doc).find((d) => d['@type'] === 'GovernmentOrganization')).toMatchObject({
      '@context': 'https://schema.org', address: 'Số 1 đường Ví Dụ, phường Thử Nghiệm', telephone: '0251 3 000 000', email: 'thu-nghiem@example.vn',
    });
  });

  it('on paper: the contact line prints on an ordinary page (print media, Chromium)', async () => {
    if (!browser) throw new Error('No Chromium (see tests/browser/chromium.ts)');
    const tab = await browser.newPage();
    try {
      await tab.emulateMedia({ media: 'print' });
      await tab.goto(`http://127.0.0.1:${port}/su-kien/quoc-khanh/`);
      await expect.poll(() => tab.locator('footer .contact-line').isVisible()).toBe(true);
      expect(await tab.locator('footer .contact-line').innerText()).toContain('0251 3 000 000');
    } finally {
      await tab.close();
    }
  });

  it('search: "so dien thoai" (no diacritics) finds /lien-he/', async () => {
    if (!browser) throw new Error('No Chromium (see tests/browser/chromium.ts)');
    const tab = await browser.newPage();
    try {
      await tab.goto(`http://127.0.0.1:${port}/tim-kiem/`);
      await tab.locator('#q').fill('so dien thoai');
      await tab.locator('#q').press('Enter');
      await expect.poll(() => tab.locator('#search-status').innerText(), { timeout: 30_000 }).toMatch(/kết quả/);
      const hrefs = await tab.locator('#search-results .search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.slice(0, 3)).toContain('/lien-he/');
    } finally {
      await tab.close();
    }
  });
});
