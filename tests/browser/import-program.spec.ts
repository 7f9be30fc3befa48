// Issue 19, from the browser: in `npm run editor` (a temporary Git copy of the project) a staff member
// opens "Nhập chương trình năm mới" from /admin/, uploads the 2027 program as a .docx made here with
// the `docx` library, reads the review, corrects two proposed short titles in it (one holding HTML,
// which must stay text), saves it as ONE draft, sends it for review; the approver marks
// it ready and publishes it (merged into main); the next build shows the program, its items, its
// calendar and its anniversaries. And a bad upload (a PDF) ends in the importer's Vietnamese message,
// with no draft.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tempGitProject } from '../support/temp-project';
import { start, stop } from '../support/processes';
import { NEW_EVENT, NEW_YEAR, NEW_YEAR_HEADINGS, NEW_YEAR_ITEMS, newYearDocx } from '../support/program-docx';
import { paths } from '../../src/lib/urls';

const BASE_PORT = Number(process.env.TEST_PORT ?? 4322);
/** Two titles staff correct in the review: items 2 and 4 of the document. */
const EDITED_TITLE = 'Kỷ niệm 30 năm Câu lạc bộ Thử Nghiệm';
const HTML_TITLE = 'Giám sát <script>alert(1)</script> <b>chính sách</b> & "người có công"';

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'the editor is a desktop tool; the 390 px look is screenshotted inside the desktop run'));

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

async function shoot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path: `${path}-desktop.png`, fullPage: true });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${path}-390.png`, fullPage: true });
  await page.setViewportSize(size);
}

test('a staff member imports the 2027 program in the editor; approved and published, the next build shows it', async ({ page }, testInfo) => {
  test.setTimeout(420_000);
  const project = tempGitProject();
  const servers: ChildProcess[] = [];
  const branch = `nhap-chuong-trinh/${NEW_YEAR}`;
  const onMain = (file: string) => project.git('ls-tree', '-r', '--name-only', 'main').split('\n').includes(file);
  try {
    const editor = await start('node', ['scripts/editor.mjs', String(BASE_PORT + 5)], project.root, /Trình biên tập: (http:\/\/\S+)\/admin\//);
    servers.push(editor.child);
    const origin = editor.match[1]!;
    const foreign = await onlyThisHost(page, origin);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (dialog) => dialog.accept()); // "Công bố chương trình năm 2027?"
    const docx = testInfo.outputPath('chuong-trinh-2027.docx');
    writeFileSync(docx, await newYearDocx());

    // 1. From the editor to the import page.
    await page.goto(`${origin}/admin/`);
    await page.getByRole('link', { name: 'Nhập chương trình năm mới' }).click();
    await expect(page).toHaveURL(`${origin}/admin/nhap-chuong-trinh/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập chương trình năm mới');
    await expect(page.locator('[data-drafts]')).toHaveText('Chưa có bản nháp chương trình nào.');
    await shoot(page, testInfo.outputPath('nhap-trang'));

    // 2. Choose the file, see the review: the program as it will be shown, what is new, what to check.
    await page.getByLabel(/Văn bản chương trình/).setInputFiles(docx);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const review = page.locator('[data-review]');
    await expect(review.getByRole('heading', { name: `Xem lại trước khi gửi duyệt: chương trình năm ${NEW_YEAR}` })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-message]')).toContainText('Đã đọc tệp chuong-trinh-2027.docx: chưa lưu gì.');
    await expect(page.locator('[data-message]')).toContainText('2 đề mục, 4 nhiệm vụ');
    for (const [i, h] of NEW_YEAR_HEADINGS.entries()) await expect(review.getByRole('heading', { name: new RegExp(`^${i + 1}\\. ${h}`) })).toBeVisible();
    for (const text of NEW_YEAR_ITEMS) await expect(review.getByText(`- ${text}`, { exact: false })).toBeVisible();
    await expect(review.locator('.created')).toContainText(`Sự kiện mới: ${NEW_EVENT.title}`);
    await expect(review.getByText('Tiêu đề ngắn (cần kiểm tra)')).toHaveCount(NEW_YEAR_ITEMS.length);
    await expect(review).toContainText('Số05/CTr-MTTQ');
    await expect(review).toContainText('Không có: mọi dòng có chữ đều đã vào đề mục');
    await expect(review).not.toContainText('Lưu VT');
    expect(project.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');

    // 2b. Each proposed title is a labelled field, prefilled, beside the item's verbatim text; staff correct two.
    const titleFields = review.getByRole('textbox', { name: /Tiêu đề ngắn \(cần kiểm tra\)/ });
    await expect(titleFields).toHaveCount(NEW_YEAR_ITEMS.length);
    await expect(titleFields.nth(1)).toHaveValue('Tổ chức kỷ niệm 30 năm Ngày thành lập Câu lạc bộ Thử Nghiệm Long Khánh');
    const fieldBox = await titleFields.nth(1).boundingBox();
    expect(fieldBox!.height).toBeGreaterThanOrEqual(44);
    const itemIds = await titleFields.evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).dataset.titleFor!));
    // A title the importer refuses (too long): the field is marked with the message, the edits stay, nothing saved.
    await titleFields.nth(1).fill('Quá dài '.repeat(25));
    await page.getByRole('button', { name: 'Lưu bản nháp để duyệt' }).click();
    const fieldProblem = review.locator(`[data-problem-for="${itemIds[1]}"]`);
    await expect(fieldProblem).toContainText('Tiêu đề ngắn của nhiệm vụ thứ 2', { timeout: 30_000 });
    await expect(fieldProblem).toContainText('tối đa 150: rút ngắn lại');
    await expect(titleFields.nth(1)).toHaveAttribute('aria-invalid', 'true');
    await expect(titleFields.nth(1)).toBeFocused();
    await shoot(page, testInfo.outputPath('nhap-tieu-de-loi'));
    await expect(page.locator('[data-message]')).toContainText('Nội dung trang (content/) không thay đổi.');
    expect(project.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
    await titleFields.nth(1).fill(EDITED_TITLE);
    await expect(fieldProblem).toBeHidden();
    await titleFields.nth(3).fill(HTML_TITLE);
    await shoot(page, testInfo.outputPath('nhap-xem-lai'));

    // 3. Save as one draft: a branch with one commit, nothing on main yet.
    await page.getByRole('button', { name: 'Lưu bản nháp để duyệt' }).click();
    await expect(page.locator('[data-message]')).toContainText(`Đã lưu bản nháp chương trình năm ${NEW_YEAR}`, { timeout: 30_000 });
    const draft = page.locator(`[data-drafts] li[data-year="${NEW_YEAR}"]`);
    await expect(draft.locator('.status')).toHaveText('Nháp');
    await expect(draft.locator('p')).toHaveText(/^Từ tệp chuong-trinh-2027\.docx · \d+ tệp · lưu lúc \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
    expect(project.git('rev-list', '--count', `main..${branch}`).trim()).toBe('1');
    expect(onMain(`content/programs/${NEW_YEAR}.mdx`)).toBe(false);
    // The saved review shows the corrected titles as text, no longer "cần kiểm tra".
    await expect(review.getByRole('textbox')).toHaveCount(0);
    await expect(review.getByText('Tiêu đề ngắn (đã sửa)')).toHaveCount(2);
    await expect(review.getByText('Tiêu đề ngắn (cần kiểm tra)')).toHaveCount(NEW_YEAR_ITEMS.length - 2);
    await expect(review.locator('.edited strong').nth(1)).toHaveText(HTML_TITLE);

    // 4. Sent for review; the approver opens the draft's review, marks it ready, publishes.
    await draft.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(draft.locator('.status')).toHaveText('Chờ duyệt');
    await draft.getByRole('button', { name: 'Xem lại' }).click();
    const draftReview = page.locator('[data-draft-review]');
    for (const text of NEW_YEAR_ITEMS) await expect(draftReview).toContainText(text);
    await expect(draftReview.locator('.edited strong')).toHaveText([EDITED_TITLE, HTML_TITLE]);
    await expect(draft.getByRole('button', { name: 'Công bố' })).toHaveCount(0); // not before it is ready
    await shoot(page, testInfo.outputPath('nhap-ban-nhap'));
    await draft.getByRole('button', { name: 'Duyệt: Sẵn sàng đăng' }).click();
    await expect(draft.locator('.status')).toHaveText('Sẵn sàng đăng');
    await draft.getByRole('button', { name: 'Công bố' }).click();
    await expect(page.locator('[data-draft-message]')).toContainText(`Đã công bố chương trình năm ${NEW_YEAR} vào nhánh main`, { timeout: 30_000 });
    await expect(page.locator('[data-drafts]')).toHaveText('Chưa có bản nháp chương trình nào.');
    expect(onMain(`content/programs/${NEW_YEAR}.mdx`)).toBe(true);
    expect(onMain(`content/events/${NEW_EVENT.id}.yaml`)).toBe(true);
    expect(project.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await stop(editor.child);

    // 5. The next build shows the program, its items, its calendar and its anniversaries.
    expect(project.git('branch', '--show-current').trim()).toBe('main');
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: project.root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
    const site = await start('node', ['scripts/serve-dist.mjs', String(BASE_PORT + 6), 'dist'], project.root, /Serving .* at (http:\/\/\S+)\//);
    servers.push(site.child);
    const siteOrigin = site.match[1]!;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const foreignOnSite = await onlyThisHost(page, siteOrigin);
    await page.goto(`${siteOrigin}${paths.program(NEW_YEAR)}`);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(NEW_YEAR));
    for (const h of NEW_YEAR_HEADINGS) await expect(main.getByRole('heading', { name: h })).toBeVisible();
    for (const text of NEW_YEAR_ITEMS) await expect(main).toContainText(text);
    await expect(main).toContainText('05/CTr-MTTQ');
    await page.goto(`${siteOrigin}${paths.calendarMonth(NEW_YEAR, 3)}`);
    await expect(page.locator('main')).toContainText(`Kỷ niệm 30 năm ${NEW_EVENT.title}`);
    await page.goto(`${siteOrigin}${paths.calendarMonth(NEW_YEAR, 2)}`);
    await expect(page.locator('main')).toContainText('Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam');
    await page.goto(`${siteOrigin}${paths.event(NEW_EVENT.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(NEW_EVENT.title);
    await expect(page.locator('main')).toContainText('15/03/1997');
    // The corrected titles on the items' pages; the items' words verbatim; the HTML in a title is text.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));
    for (const [index, title] of [[1, EDITED_TITLE], [3, HTML_TITLE]] as const) {
      const response = await page.goto(`${siteOrigin}${paths.item(NEW_YEAR, itemIds[index]!)}`);
      expect(response!.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('main')).toContainText(NEW_YEAR_ITEMS[index]!);
      expect(await page.title()).toContain(title);
    }
    await expect(page.locator('h1 b, h1 script, main script')).toHaveCount(0);
    await shoot(page, testInfo.outputPath('nhiem-vu-tieu-de-da-sua'));
    expect(await page.content()).toContain('Giám sát &lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;chính sách&lt;/b&gt;');
    await page.goto(`${siteOrigin}${paths.program(NEW_YEAR)}`);
    await expect(page.locator('main')).toContainText(`Trang nhiệm vụ: ${HTML_TITLE}`);
    expect(dialogs).toEqual([]);
    expect(foreignOnSite).toEqual([]);
  } finally {
    for (const child of servers) await stop(child);
    project.cleanup();
  }
});

test('a PDF uploaded in the import page: the Vietnamese message, nothing saved, no draft', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const project = tempGitProject();
  let editor: ChildProcess | undefined;
  try {
    const started = await start('node', ['scripts/editor.mjs', String(BASE_PORT + 9)], project.root, /Trình biên tập: (http:\/\/\S+)\/admin\//);
    editor = started.child;
    const origin = started.match[1]!;
    const head = project.git('rev-parse', 'main').trim();
    const pdf = testInfo.outputPath('chuong-trinh-2027.pdf');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await page.goto(`${origin}/admin/nhap-chuong-trinh/`);
    await page.getByLabel(/Văn bản chương trình/).setInputFiles(pdf);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const message = page.locator('[data-message]');
    await expect(message).toContainText('Tệp chuong-trinh-2027.pdf là PDF: trình nhập không đọc được PDF', { timeout: 30_000 });
    await expect(message).toContainText('lưu lại dưới dạng .docx');
    await expect(message).toContainText('Nội dung trang (content/) không thay đổi.');
    await expect(page.locator('[data-review]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Lưu bản nháp để duyệt' })).toBeDisabled();
    await expect(page.locator('[data-drafts]')).toHaveText('Chưa có bản nháp chương trình nào.');
    await shoot(page, testInfo.outputPath('nhap-pdf'));
    expect(project.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
    expect(project.git('rev-parse', 'main').trim()).toBe(head);
    expect(project.git('status', '--porcelain', '--', 'content').trim()).toBe('');
    // A request from another site to the same endpoint is refused by the editor's guard.
    const refused = await page.request.post(`${origin}/api/nhap-chuong-trinh/`, { headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' }, data: { action: 'drafts' } });
    expect(refused.status()).toBe(403);
  } finally {
    await stop(editor);
    project.cleanup();
  }
});
