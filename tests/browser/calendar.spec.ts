// Calendars in Chromium: the grid on desktop, the agenda on phones, today
// marked in Vietnam's time, and the printed calendar as an A4 landscape PDF.
import { expect, test } from '@playwright/test';

test.describe('month page', () => {
  test('grid on wide screens, agenda on phones', async ({ page }, info) => {
    await page.goto('/lich/2020/09/');
    const grid = page.locator('.cal--full');
    const agenda = page.locator('.cal-agenda');
    if (info.project.name === 'phone') {
      await expect(grid).toBeHidden();
      await expect(agenda).toBeVisible();
      await expect(agenda.locator('li[data-day="2020-09-02"]')).toContainText('Âm lịch 15/7');
      await expect(agenda.getByRole('link', { name: 'Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam' })).toBeVisible();
    } else {
      await expect(agenda).toBeHidden();
      await expect(grid.getByRole('columnheader')).toHaveText(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
      const cell = grid.locator('td[data-date="2020-09-02"]');
      await expect(cell).toHaveAttribute('data-lunar', '15/7');
      await cell.getByRole('link').focus();
      await expect(cell.getByRole('link')).toBeFocused();
      await cell.getByRole('link').press('Enter');
      await expect(page).toHaveURL(/\/su-kien\/quoc-khanh\/$/);
    }
    // No horizontal scrolling at either width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('marks today, as a day in Vietnam, when viewed in that month', async ({ page }) => {
    // 23:30 UTC on 18/5 is already 06:30 on 19/5 in Vietnam.
    await page.clock.setFixedTime(new Date('2020-05-18T23:30:00Z'));
    await page.goto('/lich/2020/05/');
    const today = page.locator('[aria-current="date"]');
    await expect(today).toHaveCount(2); // grid cell and agenda row; one of them is shown
    await expect(page.locator('td[data-date="2020-05-19"]')).toHaveClass(/is-today/);
    await page.goto('/lich/2020/06/');
    await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
  });
});

test.describe('printing', () => {
  test('the print calendar is 13 A4 landscape pages', async ({ page, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    await page.goto('/lich/2020/in/');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(13);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).toHaveLength(13);
    for (const [w, h] of boxes) {
      // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
      expect(Math.abs(w! - 841.9)).toBeLessThan(2);
      expect(Math.abs(h! - 595.3)).toBeLessThan(2);
    }
    console.log(`print calendar: ${pages.length} pages, ${(pdf.length / 1024).toFixed(0)} KiB`);
  });

  test('print media hides navigation and interactive parts, keeps the grid', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/lich/2020/05/');
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.cal-links')).toBeHidden();
    await expect(page.locator('.cal-pager')).toBeHidden();
    await expect(page.locator('.cal--full')).toBeVisible(); // even on a phone
    await page.goto('/lich/2020/in/');
    await expect(page.locator('.print-intro')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.sheet').first()).toBeVisible();
  });
});

test('calendar pages fit the screen width', async ({ page }) => {
  for (const path of ['/lich/2020/', '/lich/2020/11/', '/lich/2020/in/', '/su-kien/quoc-khanh/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
