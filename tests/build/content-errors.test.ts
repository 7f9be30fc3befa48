// Bad content stops Astro itself with a message naming the file and the field
// (the staff-facing checker, npm run check:content, words them more fully).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const copies: string[] = [];

/** A copy of the project with one extra content file, synced by Astro; returns its output. */
function syncWith(file: string, body: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-content-'));
  copies.push(dir);
  for (const part of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'content', file), body);
  const result = spawnSync('npx', ['astro', 'sync'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('Astro refuses bad content, naming file and field', () => {
  it('an announcement without a title', () => {
    const { status, output } = syncWith('announcements/2020-11-18-khong-tieu-de.mdx', "---\ndate: '2020-11-18'\nsummary: Tóm tắt\n---\nNội dung\n");
    expect(status).not.toBe(0);
    expect(output).toContain('announcements/2020-11-18-khong-tieu-de.mdx');
    expect(output).toMatch(/title/);
  });

  it('an event on a day that does not exist', () => {
    const { status, output } = syncWith('events/ngay-sai.yaml', "title: Ngày sai\nkind: single\ndate: '2020-02-30'\n");
    expect(status).not.toBe(0);
    expect(output).toContain('events/ngay-sai.yaml');
    expect(output).toContain('date: ngày "2020-02-30" không có trên lịch');
  });

  it('an item naming a campaign that does not exist', () => {
    const item = [
      '---',
      "program: '2020'",
      'section: 2020/4',
      'order: 99',
      "marker: '-'",
      'title: Thử',
      'text: Thử',
      'campaigns: [khong-co-cuoc-van-dong-nay]',
      '---',
      '',
    ].join('\n');
    const { status, output } = syncWith('items/2020/thu.mdx', item);
    expect(status).not.toBe(0);
    expect(output).toContain('items/2020/thu.mdx');
    expect(output).toContain('campaigns.0: không có cuộc vận động nào tên "khong-co-cuoc-van-dong-nay"');
  });
});
