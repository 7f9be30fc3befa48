// Publishing end to end, in a temporary copy of the project with fixture
// announcements (never committed): one real build, then the pages, the list,
// pagination, the home page, RSS, attachments and NFC are checked; then builds
// that must fail prove dist/ stays byte-for-byte as it was.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { tempProject } from '../support/temp-project';
import { textOf } from './helpers';

const project = tempProject();
const dist = join(project.root, 'dist');
/** `npm run build` in the temp project; async so the test worker stays responsive. */
function build(env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/build.mjs'], { cwd: project.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

const NFD_TITLE = 'Thông báo thử nghiệm: Ủy ban Mặt trận Tổ quốc'.normalize('NFD');
const NFD_BODY = 'Đoạn văn dán vào ở dạng tách dấu: hòa hợp, thủy chung.'.normalize('NFD');
const NEW_SLUG = '2026-12-15-thong-bao-thu-nghiem-uy-ban-mat-tran-to-quoc';
const PDF_BYTES = 1536;

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(dir, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

beforeAll(async () => {
  // Twelve dated fixtures (plus the real one) make two list pages.
  for (let n = 1; n <= 12; n += 1) {
    const day = String(n).padStart(2, '0');
    project.write(`content/announcements/2026-10-${day}-thu-nghiem-${n}.mdx`, `---\ntitle: "Thử nghiệm số ${n}"\ndate: '2026-10-${day}'\nsummary: "Tóm tắt thử nghiệm số ${n}."\n---\n\nNội dung ${n}.\n`);
  }
  project.write('public/tep-dinh-kem/thu-nghiem.pdf', Buffer.alloc(PDF_BYTES, 0x20));
  project.write(
    `content/announcements/${NEW_SLUG}.mdx`,
    `---\ntitle: "${NFD_TITLE}"\ndate: '2026-12-15'\nsummary: "Tóm tắt của thông báo thử nghiệm."\nevents: [ngay-hoi-dai-doan-ket-toan-dan-toc]\ncampaigns: [ca-nuoc-chung-tay-vi-nguoi-ngheo]\nattachments:\n  - title: "Kế hoạch thử nghiệm"\n    file: /tep-dinh-kem/thu-nghiem.pdf\n---\n\n${NFD_BODY}\n\nXem [các sự kiện](/su-kien/).\n`,
  );
  // Built on 20/12/2026 (pinned): the announcement of 15/12 is out by then (one dated after the build day waits, tests/build/scheduled.test.ts).
  const result = await build({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 20) / 1000) });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
}, 240_000);
afterAll(() => project.cleanup());

describe('a new announcement', () => {
  it('reaches its own page: title (NFC), weekday date, summary, body as NFC, related links, attachment with type and size', () => {
    const html = readFileSync(join(dist, 'thong-bao', NEW_SLUG, 'index.html'), 'utf8');
    expect(html).not.toContain(NFD_BODY);
    expect(html).not.toContain(NFD_TITLE);
    const doc = parse(html);
    expect(textOf(doc.querySelector('h1'))).toBe(NFD_TITLE.normalize('NFC'));
    expect(textOf(doc.querySelector('article .meta'))).toBe('Thông báo · Thứ Ba, 15/12/2026');
    expect(textOf(doc.querySelector('article'))).toContain(NFD_BODY.normalize('NFC'));
    const links = doc.querySelectorAll('article a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/su-kien/ngay-hoi-dai-doan-ket-toan-dan-toc/');
    expect(links).toContain('/cuoc-van-dong/ca-nuoc-chung-tay-vi-nguoi-ngheo/');
    const attachment = doc.querySelector('.attachments li');
    expect(textOf(attachment)).toBe('Kế hoạch thử nghiệm (PDF, 1,5 KB)');
    expect(attachment?.querySelector('a')?.getAttribute('href')).toBe('/tep-dinh-kem/thu-nghiem.pdf');
    expect(statSync(join(dist, 'tep-dinh-kem/thu-nghiem.pdf')).size).toBe(PDF_BYTES);
  });

  it('heads the list, newest first, ten a page, with date, title and summary', () => {
    const first = page('thong-bao').querySelectorAll('.announcement-list li');
    expect(first).toHaveLength(10);
    expect(textOf(first[0]!.querySelector('h2'))).toBe(NFD_TITLE.normalize('NFC'));
    expect(textOf(first[0]!.querySelector('time'))).toBe('15/12/2026');
    expect(textOf(first[0])).toContain('Tóm tắt của thông báo thử nghiệm.');
    const dates = [...first, ...page('thong-bao/2').querySelectorAll('.announcement-list li')].map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toHaveLength(14);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page('thong-bao').querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/thong-bao/2/');
    expect(page('thong-bao/2').querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/thong-bao/');
    expect(existsSync(join(dist, 'thong-bao/3/index.html'))).toBe(false);
  });

  it('is among the latest three on the home page', () => {
    const titles = page('').querySelectorAll('section[aria-labelledby="thong-bao"] li h3').map(textOf);
    expect(titles).toEqual([NFD_TITLE.normalize('NFC'), 'Đăng tải Chương trình phối hợp, thống nhất hành động năm 2020', 'Thử nghiệm số 12']);
  });

  it('is in the RSS 2.0 feed with its full title, summary, link and date', () => {
    const xml = readFileSync(join(dist, 'thong-bao/rss.xml'), 'utf8');
    const feed = parse(xml, { parseNoneClosedTags: false });
    expect(feed.querySelector('rss')?.getAttribute('version')).toBe('2.0');
    const items = feed.querySelectorAll('item');
    expect(items).toHaveLength(14);
    const first = items[0]!;
    expect(first.querySelector('title')?.text).toBe(NFD_TITLE.normalize('NFC'));
    expect(first.querySelector('description')?.text).toBe('Tóm tắt của thông báo thử nghiệm.');
    expect(first.querySelector('guid')?.text).toBe(`https://mttq.longkhanh.example/thong-bao/${NEW_SLUG}/`);
    // (the HTML parser lower-cases selectors, so read pubDate from the XML text)
    expect(/<pubDate>([^<]*)<\/pubDate>/.exec(first.toString())?.[1]).toBe('Mon, 14 Dec 2026 17:00:00 GMT');
    expect(xml.match(/<pubDate>/g)).toHaveLength(14);
    for (const item of items) for (const tag of ['title', 'description', 'guid', 'link']) expect(item.querySelector(tag)?.text || item.toString().includes(`<${tag}>`), tag).toBeTruthy();
  });

  it('reaches the search index, as a Thông báo, with its NFC title', () => {
    // Pagefind fragments are gzip-compressed JSON behind a "pagefind_dcd" signature.
    const folder = join(dist, 'pagefind', 'fragment');
    const fragments = readdirSync(folder).filter((f) => f.endsWith('.pf_fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(folder, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
    const entry = fragments.find((f) => f.url === `/thong-bao/${NEW_SLUG}/`);
    expect(entry, 'the new announcement is indexed').toBeDefined();
    expect(entry.meta.title).toBe(NFD_TITLE.normalize('NFC'));
    expect(entry.filters.type).toEqual(['Thông báo']);
    expect(entry.content).toContain(NFD_BODY.normalize('NFC'));
  });

  it('every page announces the feed in its head', () => {
    for (const path of ['', 'thong-bao', `thong-bao/${NEW_SLUG}`, 'su-kien', 'chuong-trinh/2020']) {
      const link = page(path).querySelector('head link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), path).toBe('/thong-bao/rss.xml');
    }
  });
});

describe('atomic build: a failed build leaves dist/ exactly as it was', () => {
  it('a content mistake stops the build, with the message, before anything is replaced', async () => {
    const before = hashTree(dist);
    project.write('content/announcements/2026-12-16-sai-ngay.mdx', `---\ntitle: Sai ngày\ndate: 16/12/2026\nsummary: S\n---\n`);
    const result = await build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/announcements/2026-12-16-sai-ngay.mdx (dòng 3, trường "date"): "16/12/2026" viết ngày trước tháng; viết ngày theo dạng 2026-12-16');
    expect(result.stderr).toContain('Trang đang chạy (dist/) được giữ nguyên');
    expect(hashTree(dist)).toBe(before);
    expect(existsSync(join(project.root, '.dist-next'))).toBe(false);
    rmSync(join(project.root, 'content/announcements/2026-12-16-sai-ngay.mdx'));
  });

  it('with the checker skipped, the build itself refuses code (naming the file), runs none of it, and keeps dist/', async () => {
    const before = hashTree(dist);
    const marker = join(tmpdir(), `mttq-pwned-${process.pid}`);
    rmSync(marker, { force: true });
    const file = 'content/announcements/2026-12-17-co-ma.mdx';
    project.write(file, `---\ntitle: Có mã\ndate: '2026-12-17'\nsummary: S\n---\n\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')\n\n{(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'y')}\n`);
    const result = await build({ SKIP_CONTENT_CHECK: '1' });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('Nội dung có phần không được phép');
    expect(output).toContain(file);
    expect(existsSync(marker)).toBe(false);
    expect(hashTree(dist)).toBe(before);
    expect(existsSync(join(project.root, '.dist-next'))).toBe(false);
    rmSync(join(project.root, file));
  }, 180_000);
});
