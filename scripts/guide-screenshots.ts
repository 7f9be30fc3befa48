// The screenshots of the staff guide (docs/huong-dan-bien-tap.md, docs/anh/): the
// editor in a temporary Git copy of the project (never this folder), at 1280×800.
// Usage: npx tsx scripts/guide-screenshots.ts   (needs Chromium, like the browser tests)
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';
import { tempGitProject } from '../tests/support/temp-project';
import { start, stop } from '../tests/support/processes';

const OUT = 'docs/anh';
mkdirSync(OUT, { recursive: true });
const project = tempGitProject();
const editor = await start('node', ['scripts/editor.mjs', String(process.env.EDITOR_PORT ?? 4825)], project.root, /Trình biên tập: (http:\/\/\S+)\/admin\//);
const origin = editor.match[1]!;
// --lang: date inputs as a Vietnamese browser shows them (dd/mm/yyyy).
const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: [...CHROMIUM_ARGS, '--lang=vi-VN'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page.on('dialog', (d) => void d.accept());
  const shot = async (name: string) => {
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
  };
  const kind = async (p: Page, label: string) => {
    await p.locator('[class*="ControlContainer"]', { hasText: 'Loại sự kiện' }).locator('input').first().click();
    await p.getByText(label, { exact: true }).click();
  };

  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: /thông báo/ }).first().waitFor();
  await shot('1-dang-nhap-xong');

  // An event with a mistake: refused with the message, before saving.
  await page.goto(`${origin}/admin/#/collections/events/new`);
  await page.getByLabel('Tên sự kiện').fill('Hội nghị tổng kết công tác Mặt trận năm 2026');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText(/^Không thể giữ lại mục/).waitFor();
  await shot('2-bao-loi-truoc-khi-luu');

  // An event written right: the preview in the site's words (a fresh load: the one above stays unsaved).
  const fresh = async (hash: string) => {
    await page.goto(`${origin}/admin/?moi`);
    await page.getByRole('link', { name: /thông báo/ }).first().waitFor();
    await page.goto(`${origin}/admin/?moi${hash}`);
  };
  await fresh('#/collections/events/new');
  await page.getByLabel('Tên sự kiện').fill('Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam');
  await kind(page, 'Kỷ niệm hằng năm (số năm tự tính)');
  await page.getByLabel(/^Ngày diễn ra lần đầu/).fill('1930-11-18');
  await shot('3-xem-truoc-su-kien');

  // An announcement: saved as a draft, sent for review (a fresh load: the event above stays unsaved).
  await fresh('#/collections/announcements/new');
  await page.getByLabel('Tiêu đề').fill('Hội nghị đại biểu Nhân dân năm 2026');
  await page.getByLabel('Ngày đăng').fill('2026-11-30');
  await page.getByLabel('Tóm tắt').fill('Ủy ban mời đại biểu dự hội nghị.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('button', { name: 'Trạng thái: Nháp' }).click();
  await shot('4-gui-duyet');
  await page.getByRole('menuitem', { name: 'Chờ duyệt' }).click();
  await page.getByRole('button', { name: 'Trạng thái: Chờ duyệt' }).waitFor();

  // The approver: the review board, then ready and published.
  await page.goto(`${origin}/admin/#/workflow`);
  await page.getByText('Hội nghị đại biểu Nhân dân năm 2026').first().waitFor();
  await shot('5-bang-duyet');
} finally {
  await browser.close();
  await stop(editor.child);
  project.cleanup();
}
