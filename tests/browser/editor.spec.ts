// The staff web editor (/admin/, Decap CMS). One round trip, as a staff member
// does it: `npm run editor` in a TEMPORARY copy of the project, create an
// announcement in the browser, save; the file it writes passes the content
// checker, the copy builds, and the built site shows the announcement. Also:
// the editor in the real build loads, in Vietnamese, from this host only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { tempProject } from '../support/temp-project';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { slugify } from '../../src/lib/slug';
import { announcementFileName } from '../../src/lib/announcements';
import { paths } from '../../src/lib/urls';

const BASE_PORT = Number(process.env.TEST_PORT ?? 4322);

/** Refuses every request to another host and returns the list of those tried. */
async function onlyThisHost(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

/** Starts a process and resolves with the first match of `ready` in its output. */
function start(cmd: string, args: string[], cwd: string, ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${cmd} did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const match = ready.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`${cmd} exited (${code}):\n${output}`)));
  });
}

test('the built /admin/ loads the editor in Vietnamese from this host only, and is not indexed', async ({ page, baseURL }) => {
  const foreign = await onlyThisHost(page, baseURL!);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/admin/');
  expect(response?.ok()).toBe(true);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // The login screen of the local mode (no proxy on a static host: the button is there, saving is not).
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible({ timeout: 20_000 });
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a staff member creates an announcement in the editor, and the built site shows it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one round trip (one build) is enough; the phone project checks the built /admin/ above');
  test.setTimeout(240_000);
  const project = tempProject();
  const servers: ChildProcess[] = [];
  try {
    // 1. `npm run editor` in the copy (the script itself, so it can be stopped by its pid).
    const editorPort = BASE_PORT + 1;
    const editor = await start('node', ['scripts/editor.mjs', String(editorPort)], project.root, /Trình biên tập: (http:\/\/\S+)\/admin\//);
    servers.push(editor.child);
    const origin = editor.match[1]!;
    const foreign = await onlyThisHost(page, origin);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    // 2. Write and save an announcement, as staff would.
    const title = 'Hội nghị đại biểu Nhân dân: lấy ý kiến về dự thảo Đề án, năm 2026';
    const date = '2026-11-30';
    const summary = 'Ủy ban MTTQ Việt Nam thành phố mời đại biểu góp ý dự thảo Đề án tại hội nghị.';
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: /thông báo/ }).first().click();
    await expect(page).toHaveURL(/#\/collections\/announcements\/new$/);
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Ngày đăng').fill(date);
    await page.getByLabel('Tóm tắt').fill(summary);
    const body = page.locator('[contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('Thời gian và địa điểm sẽ được thông báo sau.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đại biểu đọc trước dự thảo.');
    // Preview: the site's date format with the weekday.
    const preview = page.frameLocator('iframe').first();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(preview.locator('time')).toHaveText('Thứ Hai, 30/11/2026');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();

    // 3. The file: named like `npm run new:announcement` names it, with what was typed.
    const fileName = announcementFileName(date, slugify(title));
    const file = join(project.root, 'content', 'announcements', fileName);
    await expect.poll(() => existsSync(file), { message: `expected ${fileName}, found ${readdirSync(join(project.root, 'content', 'announcements')).join(', ')}`, timeout: 15_000 }).toBe(true);
    const text = readFileSync(file, 'utf8');
    const [, front, rest] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const data = parseYaml(front!) as Record<string, unknown>;
    expect(data.title).toBe(title);
    expect(String(data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date)).toBe(date);
    expect(data.summary).toBe(summary);
    expect(rest).toMatch(/Thời gian và địa điểm sẽ được thông báo sau\.\s*\n\s*\nĐại biểu đọc trước dự thảo\./);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);

    // 4. The checker accepts it (the same one `npm run build` runs first).
    const { problems } = checkContent(project.root);
    expect(problems.map(formatProblem)).toEqual([]);

    // 5. Build the copy and read the announcement on the built site.
    editor.child.kill('SIGTERM');
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: project.root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
    const site = await start('node', ['scripts/serve-dist.mjs', String(BASE_PORT + 2), 'dist'], project.root, /Serving .* at (http:\/\/\S+)\//);
    servers.push(site.child);
    const siteOrigin = site.match[1]!;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const foreignOnSite = await onlyThisHost(page, siteOrigin);
    await page.goto(`${siteOrigin}${paths.announcements()}`);
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(`${siteOrigin}${paths.announcement(fileName.replace(/\.mdx$/, ''))}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('article .meta time')).toHaveText('Thứ Hai, 30/11/2026');
    await expect(page.locator('main')).toContainText('Đại biểu đọc trước dự thảo.');
    expect(foreignOnSite).toEqual([]);
  } finally {
    for (const child of servers) child.kill('SIGTERM');
    project.cleanup();
  }
});
