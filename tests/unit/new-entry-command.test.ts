// The commands staff run: file created with the right name, path on the last
// line, never overwriting; the new file fails check:content only where staff
// must write something, and passes once they have.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_HELP, EVENT_HELP } from '../../src/lib/field-help';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { todayInVietnam } from '../../src/lib/dates';
import { PROJECT, tempContent } from '../support/temp-project';

const project = tempContent();
afterAll(() => project.cleanup());
const run = (script: string, ...args: string[]) =>
  spawnSync(join(PROJECT, 'node_modules/.bin/tsx'), [join(PROJECT, 'scripts', script), ...args], { cwd: project.root, encoding: 'utf8' });

describe('npm run new:announcement', () => {
  const today = todayInVietnam();
  const path = `content/announcements/${today}-hop-ban-thuong-truc-thang-12.mdx`;
  let first: ReturnType<typeof run>;

  it('creates a file named by today (in Vietnam) and the title, and prints its path last', () => {
    first = run('new-announcement.ts', 'Họp Ban Thường trực tháng 12');
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n').at(-1)).toBe(path);
    const text = readFileSync(join(project.root, path), 'utf8');
    expect(text).toContain('title: "Họp Ban Thường trực tháng 12"');
  });

  it('fails check:content only at the summary staff must write, then passes', () => {
    const problems = checkContent(project.root).problems.map(formatProblem);
    expect(problems).toEqual([`${path} (dòng 10, trường "summary"): không được để trống. Tóm tắt: ${ANNOUNCEMENT_HELP.summary.help}`]);
    const full = join(project.root, path);
    writeFileSync(full, readFileSync(full, 'utf8').replace('summary: ""', 'summary: "Tóm tắt thử nghiệm."'));
    expect(checkContent(project.root).problems).toEqual([]);
  });

  it('refuses to overwrite the file', () => {
    const before = readFileSync(join(project.root, path), 'utf8');
    const again = run('new-announcement.ts', 'Họp Ban Thường trực tháng 12');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Đã có tệp ${path}; không ghi đè.`);
    expect(readFileSync(join(project.root, path), 'utf8')).toBe(before);
  });

  it('asks for a title when none is given', () => {
    const none = run('new-announcement.ts');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Thiếu tiêu đề. Cách dùng: npm run new:announcement -- "Tiêu đề thông báo"');
  });
});

describe('npm run new:event', () => {
  const path = 'content/events/hoi-nghi-tong-ket-cong-tac-mat-tran.yaml';
  it('creates <slug>.yaml, prints its path, fails only at the date, refuses to overwrite', () => {
    const made = run('new-event.ts', 'Hội nghị tổng kết công tác Mặt trận');
    expect(made.status).toBe(0);
    expect(made.stdout.trim().split('\n').at(-1)).toBe(path);
    expect(checkContent(project.root).problems.filter((p) => p.file === path).map(formatProblem)).toEqual([
      `${path} (dòng 16, trường "date"): không được để trống; viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-11-18. Ngày diễn ra: ${EVENT_HELP.date.help}`,
    ]);
    const full = join(project.root, path);
    writeFileSync(full, readFileSync(full, 'utf8').replace("date: ''", "date: '2026-12-20'"));
    expect(checkContent(project.root).problems.filter((p) => p.file === path)).toEqual([]);
    const again = run('new-event.ts', 'Hội nghị tổng kết công tác Mặt trận');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
  });
});
