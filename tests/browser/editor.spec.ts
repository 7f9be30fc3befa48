// The staff web editor (/admin/, Decap CMS). One round trip, as a staff member
// does it: `npm run editor` in a TEMPORARY copy of the project, create an
// announcement in the browser, save; the file it writes passes the content
// checker, the copy builds, and the built site shows the announcement. Also:
// the editor in the real build loads, in Vietnamese, from this host only.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { tempGitProject, tempProject } from '../support/temp-project';
import { start, stop } from '../support/processes';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { slugify } from '../../src/lib/slug';
import { announcementFileName } from '../../src/lib/announcements';
import { paths } from '../../src/lib/urls';
import { EVENT_KIND_LABELS } from '../../src/lib/field-help';

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

test('the built /admin/ on a host without a backend explains in Vietnamese how staff edit, instead of an error', async ({ page, baseURL }) => {
  const foreign = await onlyThisHost(page, baseURL!);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto('/admin/');
  expect(response?.ok()).toBe(true);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biên tập nội dung');
  await expect(page.getByRole('heading', { name: /Trên máy tính của mình/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Trên mạng/ })).toBeVisible();
  await expect(page.locator('main')).toContainText('npm run editor');
  await expect(page.locator('body')).not.toContainText(/SyntaxError|JSON|Không có mục nào/);
  expect(await page.locator('script').count()).toBe(0); // no editor to load, nothing to fail
  expect(errors).toEqual([]);
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
    const preview = page.locator('iframe').first().contentFrame();
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
    await stop(editor.child);
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
    for (const child of servers) await stop(child);
    project.cleanup();
  }
});

/** Opens the editor's form for a new entry, logged in. */
async function newEntry(page: Page, origin: string, collection: 'announcements' | 'events'): Promise<void> {
  await page.goto(`${origin}/admin/`);
  const login = page.getByRole('button', { name: 'Đăng nhập' });
  const collections = page.getByRole('link', { name: /thông báo/ }).first();
  await expect(login.or(collections)).toBeVisible({ timeout: 20_000 }); // still logged in from before: no button
  if (await login.isVisible()) await login.click();
  await expect(collections).toBeVisible({ timeout: 20_000 });
  await page.goto(`${origin}/admin/#/collections/${collection}/new`);
  await expect(page).toHaveURL(new RegExp(`#/collections/${collection}/new$`));
}

/** Types raw Markdown/MDX into the body (the Markdown mode of Decap's editor). */
async function typeBody(page: Page, text: string): Promise<void> {
  const control = page.locator('[class*="ControlContainer"]', { hasText: 'Nội dung' });
  await control.getByRole('switch').click();
  await control.locator('[contenteditable="true"]').click();
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

test.describe('the editor refuses, before saving, what the site refuses', () => {
  test.describe.configure({ mode: 'serial' });
  let project: ReturnType<typeof tempProject> | undefined;
  let editor: ChildProcess | undefined;
  let origin = '';
  const written = () => ['events', 'announcements'].flatMap((c) => readdirSync(join(project!.root, 'content', c)).map((f) => `${c}/${f}`)).sort();
  let before: string[] = [];

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== 'desktop') return;
    project = tempProject();
    const started = await start('node', ['scripts/editor.mjs', String(BASE_PORT + 3)], project.root, /Trình biên tập: (http:\/\/\S+)\/admin\//);
    editor = started.child;
    origin = started.match[1]!;
    before = written();
  });
  test.afterAll(async () => {
    await stop(editor);
    project?.cleanup();
  });
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'the editor is a desktop tool; one browser is enough'));

  /** Saves, and expects the refusal with `message` both in Decap's notice and above the preview, and no file written. */
  async function expectRefused(page: Page, message: string | RegExp): Promise<void> {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    const notice = page.getByText(/^Không thể giữ lại mục: chưa lưu, vì trang sẽ không nhận bài này/);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(message);
    await expect(page.getByText('Thay đổi chưa được lưu', { exact: false })).toBeVisible();
    expect(written()).toEqual(before);
    // The same list stays above the preview (the notice goes after 8 s), and updates while typing.
    await expect(page.locator('iframe').first().contentFrame().locator('[data-problems]')).toContainText(message);
  }

  test('an event without its date: the date field is required for its kind, the other kinds’ dates are hidden', async ({ page }) => {
    await newEntry(page, origin, 'events');
    await page.getByLabel('Tên sự kiện').fill('Hội nghị tổng kết công tác Mặt trận năm 2026');
    // Kind "Một ngày" (the default): only its date field, marked required for it, not "(không bắt buộc)".
    const dateLabel = page.locator('label', { hasText: 'Ngày diễn ra (bắt buộc với loại “Một ngày”)' });
    await expect(dateLabel).toBeVisible();
    // A busy machine renders Decap's form slowly: a longer wait than the default 5 s.
    await expect(dateLabel.getByText('không bắt buộc')).toBeHidden({ timeout: 15_000 });
    for (const other of ['Ngày bắt đầu (', 'Ngày kết thúc (', 'Ngày trong năm (', 'Ngày diễn ra lần đầu', 'Ngày bắt đầu trong năm', 'Ngày kết thúc trong năm', 'Ngày âm lịch']) {
      await expect(page.locator('label', { hasText: other })).toBeHidden();
    }
    const preview = page.locator('iframe').first().contentFrame();
    await expect(preview.locator('[data-kind-label]')).toHaveText('Một ngày'); // the label, never the raw `single`
    await expectRefused(page, 'Ngày diễn ra: thiếu trường này (bắt buộc)');
  });

  test('a body with a <script>', async ({ page }) => {
    await newEntry(page, origin, 'announcements');
    await page.getByLabel('Tiêu đề').fill('Thông báo có mã');
    await page.getByLabel('Ngày đăng').fill('2026-11-30');
    await page.getByLabel('Tóm tắt').fill('Thử một thông báo có chèn mã.');
    await typeBody(page, 'Đoạn đầu.\n\n<script>alert(1)</script>\n');
    await expectRefused(page, /Nội dung: dòng 3: không được dùng thẻ <script>/);
  });

  /** A new event with its title and the kind chosen in the select. */
  async function newEventOfKind(page: Page, title: string, kind: keyof typeof EVENT_KIND_LABELS): Promise<void> {
    await newEntry(page, origin, 'events');
    await page.getByLabel('Tên sự kiện').fill(title);
    await page.locator('[class*="ControlContainer"]', { hasText: 'Loại sự kiện' }).locator('input').first().click();
    await page.getByText(EVENT_KIND_LABELS[kind], { exact: true }).click();
  }

  test('an impossible date (30/02 every year), and a preview in the site’s words', async ({ page }) => {
    await newEventOfKind(page, 'Ngày thử nghiệm', 'yearly');
    await expect(page.locator('label', { hasText: 'Ngày diễn ra (bắt buộc' })).toBeHidden();
    await page.getByLabel(/^Ngày trong năm/).fill('02-30');
    await expect(page.locator('iframe').first().contentFrame().locator('[data-kind-label]')).toHaveText(EVENT_KIND_LABELS.yearly);
    await expectRefused(page, 'Ngày trong năm: ngày này không có trong tháng');
  });

  test('a lunar day (issue 21): its own field, the kind’s label in the preview, refused past the 30th', async ({ page }) => {
    await newEventOfKind(page, 'Giỗ Tổ thử nghiệm', 'lunar');
    await expect(page.locator('label', { hasText: 'Ngày trong năm (' })).toBeHidden();
    await page.getByLabel(/^Ngày âm lịch/).fill('03-31');
    await expect(page.locator('iframe').first().contentFrame().locator('[data-kind-label]')).toHaveText(EVENT_KIND_LABELS.lunar);
    // The field's own pattern refuses it, in Vietnamese, and nothing is written.
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect(page.getByText('không khớp với mẫu: viết THÁNG-NGÀY âm lịch, ví dụ 03-10 cho ngày 10 tháng 3 âm lịch')).toBeVisible();
    expect(written()).toEqual(before);
  });

  test('an anniversary’s preview: kind label, weekday and lunar dates, the computed number', async ({ page }) => {
    await newEntry(page, origin, 'events');
    await page.getByLabel('Tên sự kiện').fill('Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam');
    await page.locator('[class*="ControlContainer"]', { hasText: 'Loại sự kiện' }).locator('input').first().click();
    await page.getByText(EVENT_KIND_LABELS.anniversary, { exact: true }).click();
    await page.getByLabel(/^Ngày diễn ra lần đầu/).fill('1930-11-18');
    const preview = page.locator('iframe').first().contentFrame();
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`Kỷ niệm ${year - 1930} năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam`);
    await expect(preview.locator('[data-kind-label]')).toHaveText(EVENT_KIND_LABELS.anniversary);
    await expect(preview.locator('dd').first()).toContainText('Thứ Ba, 18/11/1930');
    await expect(preview.locator('dd').first()).toContainText('Âm lịch: Ngày 28 tháng 9 năm Canh Ngọ');
    await expect(preview.locator('.preview-ok')).toHaveText('✓ Đã kiểm tra: trang nhận bài này.');
  });
});

test('drafts and review: a draft is not on the built site; once approved and published it reaches main and the next build shows it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one round trip (one build) is enough');
  test.setTimeout(300_000);
  const project = tempGitProject();
  // Issue 18: an untracked secret and an unrelated image beside the project never reach a draft or main,
  // and a saved draft opens (it hung on "Đang tải..." when the draft had swept them in).
  project.write('.env.local', 'MAT_KHAU=khong-duoc-lo');
  project.write('public/anh/anh-khong-lien-quan.png', 'png');
  const servers: ChildProcess[] = [];
  try {
    const editor = await start('node', ['scripts/editor.mjs', String(BASE_PORT + 4)], project.root, /Trình biên tập: (http:\/\/\S+)\/admin\//);
    servers.push(editor.child);
    const origin = editor.match[1]!;
    const onMain = (file: string) => project.git('ls-tree', '-r', '--name-only', 'main').split('\n').includes(file);
    page.on('dialog', (dialog) => dialog.accept()); // "Bạn có chắc…?" before publishing

    async function draft(title: string, summary: string): Promise<string> {
      await newEntry(page, origin, 'announcements');
      await page.getByLabel('Tiêu đề').fill(title);
      await page.getByLabel('Ngày đăng').fill('2026-11-30');
      await page.getByLabel('Tóm tắt').fill(summary);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Trạng thái: Nháp' })).toBeVisible({ timeout: 20_000 });
      return `content/announcements/${announcementFileName('2026-11-30', slugify(title))}`;
    }

    // 1. A staff member writes, saves a draft (checked first) and submits it for review.
    const approved = await draft('Hội nghị đại biểu Nhân dân năm 2026', 'Mời đại biểu dự hội nghị.');
    const branch = `cms/${approved.replace(/^content\//, '').replace(/\.mdx$/, '')}`;
    expect(project.git('branch', '--list', branch)).toContain(branch);
    expect(onMain(approved)).toBe(false);
    await page.getByRole('button', { name: 'Trạng thái: Nháp' }).click();
    await page.getByRole('menuitem', { name: 'Chờ duyệt' }).click();
    await expect(page.getByRole('button', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();
    await expect.poll(() => project.git('config', `branch.${branch}.description`).trim()).toBe('decap-cms/pending_review');

    // 2. The approver marks it ready and publishes it: merged into main.
    await page.getByRole('button', { name: 'Trạng thái: Chờ duyệt' }).click();
    await page.getByRole('menuitem', { name: 'Sẵn sàng đăng' }).click();
    await expect(page.getByRole('button', { name: 'Trạng thái: Sẵn sàng đăng' })).toBeVisible();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect.poll(() => onMain(approved), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => project.git('branch', '--list', branch).trim()).toBe(''); // the draft's branch is gone once merged
    const committed = project.git('log', '--all', '--name-only', '--format=').split('\n');
    expect(committed).not.toContain('.env.local');
    expect(committed).not.toContain('public/anh/anh-khong-lien-quan.png');
    expect(page.getByText('Đang tải...')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('published-draft.png') });

    // 3. Another draft, saved but not approved, stays off main.
    const pending = await draft('Dự thảo chưa duyệt', 'Bản nháp chưa được duyệt.');
    expect(onMain(pending)).toBe(false);
    await stop(editor.child);

    // 4. The next build (from main, as checked out) shows the approved one and not the draft.
    expect(project.git('branch', '--show-current').trim()).toBe('main');
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: project.root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
    const idOf = (file: string) => file.replace(/^content\/announcements\//, '').replace(/\.mdx$/, '');
    expect(existsSync(join(project.root, 'dist', paths.announcement(idOf(approved)), 'index.html'))).toBe(true);
    expect(existsSync(join(project.root, 'dist', paths.announcement(idOf(pending)), 'index.html'))).toBe(false);
    expect(readFileSync(join(project.root, 'dist', paths.announcements(), 'index.html'), 'utf8')).not.toContain('Dự thảo chưa duyệt');
  } finally {
    for (const child of servers) await stop(child);
    project.cleanup();
  }
});
