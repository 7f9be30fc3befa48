// The build-time guard: MDX compiled with the remark plugin registered in
// astro.config.mjs refuses code before anything is evaluated, naming the file,
// and publishes text as NFC.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import remarkGfm from 'remark-gfm';
import { remarkStaffContent } from '../../src/content-check/remark-staff-content';

const FILE = join(process.cwd(), 'content/announcements/2026-01-05-thu.mdx');
const build = (value: string) => compile(new VFile({ path: FILE, value }), { remarkPlugins: [remarkGfm, remarkStaffContent] });

describe('remarkStaffContent', () => {
  it.each([
    ['import', "import fs from 'node:fs'", 'import/export'],
    ['export', 'export const x = 1', 'import/export'],
    ['an expression', 'Năm {1 + 1}', 'dấu ngoặc nhọn'],
    ['a script tag', '<script>alert(1)</script>', '<script>'],
    ['an event handler', '<p onClick="alert(1)">x</p>', 'onClick'],
    ['a javascript: link', '[x](javascript:alert(1))', 'javascript:'],
    ['an attribute expression', '<a href={"/"}>x</a>', 'href={"/"}'],
  ])('refuses %s, naming the file and line', async (_label, body, words) => {
    const error = await build(`Đoạn đầu.\n\n${body}\n`).then(() => null, (e: Error) => e);
    expect(error?.message).toContain('content/announcements/2026-01-05-thu.mdx (dòng 3):');
    expect(error?.message).toContain(words);
  });

  it('stops the build before the code could run', async () => {
    const marker = join(tmpdir(), `mttq-guard-${process.pid}`);
    rmSync(marker, { force: true });
    const body = `export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'chạy')\n\n{(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'chạy')}\n`;
    await expect(build(body)).rejects.toThrow(/Nội dung có phần không được phép/);
    expect(existsSync(marker)).toBe(false);
  });

  it('publishes decomposed (NFD) text as NFC', async () => {
    const nfd = 'Ủy ban Mặt trận Tổ quốc'.normalize('NFD');
    const out = String(await build(`${nfd} [${nfd}](/thong-bao/)\n`));
    expect(out).toContain('Ủy ban Mặt trận Tổ quốc'.normalize('NFC'));
    expect(out).not.toContain(nfd);
  });

  it('lets ordinary Markdown and plain HTML through', async () => {
    const out = String(await build('**Đậm**, [liên kết](/su-kien/), <strong>thẻ</strong>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'));
    expect(out).toContain('Đậm');
  });
});
