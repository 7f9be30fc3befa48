// Calendars in Chromium: the grid on desktop, the agenda on phones, today
// marked in Vietnam's time, and the printed calendar as an A4 landscape PDF.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DIST } from '../build/helpers';

/** The years this build publishes (program years, the build year and the next), read from dist/lich/. */
const YEARS = readdirSync(`${DIST}/lich`).filter((name) => /^\d{4}$/.test(name)).sort();

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
  test('every published year prints as 13 A4 landscape pages', async ({ page, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    expect(YEARS.length).toBeGreaterThanOrEqual(3); // 2020 and the build year and the next
    for (const year of YEARS) {
      await page.goto(`/lich/${year}/in/`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages, year).toHaveLength(13);
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(boxes).toHaveLength(13);
      for (const [w, h] of boxes) {
        // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
        expect(Math.abs(w! - 841.9)).toBeLessThan(2);
        expect(Math.abs(h! - 595.3)).toBeLessThan(2);
      }
    }
  });

  test('printed text is big enough for a notice board: event names in the grid ≥ 10 pt, lists ≥ 11 pt', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'print layout once');
    await page.emulateMedia({ media: 'print' });
    await page.goto(`/lich/${YEARS[0]}/in/`);
    const sizes = await page.evaluate(() => {
      // Chromium keeps font sizes in CSS px with float error: round to 0.1 pt.
      const pt = (el: Element) => Math.round((parseFloat(getComputedStyle(el).fontSize) * 72 * 10) / 96) / 10;
      const min = (selector: string) => Math.min(...[...document.querySelectorAll(selector)].map(pt));
      const all = [...document.querySelectorAll('.sheet *')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()));
      return { gridNames: min('.cal--print .cal__event > span'), lists: min('.sheet__events li, .sheet__events p, .sheet__legend li'), qr: min('.sheet__qr p'), smallest: Math.min(...all.map(pt)) };
    });
    expect(sizes.gridNames).toBeGreaterThanOrEqual(10);
    expect(sizes.lists).toBeGreaterThanOrEqual(11);
    console.log(`printed calendar font sizes (pt): grid event names ${sizes.gridNames}, lists ${sizes.lists}, smallest text anywhere ${sizes.smallest.toFixed(1)}`);
  });

  test('a crowded month is never clipped: 20 more events on November still print, every name readable', async ({ page, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    await page.goto('/lich/2020/in/');
    // Test-only names, added to the sheet as the page would render them (list and grid).
    const names = Array.from({ length: 20 }, (_, i) => `Sự kiện thử số ${i + 1} có tên khá dài để xuống dòng`);
    await page.evaluate((names) => {
      const sheet = document.querySelectorAll('.sheet--month')[10]!;
      const list = sheet.querySelector('.sheet__events ul')!;
      names.forEach((name, i) => {
        const li = document.createElement('li');
        li.textContent = `${String(i + 1).padStart(2, '0')}/11/2020: ${name}`;
        list.append(li);
        const cell = sheet.querySelector(`td[data-date="2020-11-${String((i % 10) + 2).padStart(2, '0')}"]`)!;
        const ul = cell.querySelector('.cal__events') ?? cell.appendChild(Object.assign(document.createElement('ul'), { className: 'cal__events' }));
        ul.append(Object.assign(document.createElement('li'), { className: 'cal__event', textContent: name }));
      });
    }, names);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    for (const name of names) expect(text.split(name).length - 1, name).toBeGreaterThanOrEqual(2); // in the list and in the grid
    expect(text).toContain('Kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam');
  });

  test('a period is named on its first day, with a legend on its month sheet', async ({ page }) => {
    await page.goto('/lich/2020/in/');
    const october = page.locator('.sheet--month').nth(9);
    await expect(october.locator('td[data-date="2020-10-17"] .cal__event--period')).toHaveText('Tháng cao điểm vì người nghèo năm 2020');
    await expect(october.locator('.sheet__legend')).toContainText('Vạch đậm dưới ngày: Tháng cao điểm vì người nghèo năm 2020 (17/10/2020 – 18/11/2020)');
  });

  test('"In lịch" opens the print dialog, from a script file (no inline script)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`/lich/${YEARS.at(-1)}/in/`);
    const button = page.getByRole('button', { name: 'In lịch' });
    await expect(button).toBeVisible();
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
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
  for (const path of ['/lich/', '/lich/2020/', '/lich/2020/11/', '/lich/2020/in/', '/su-kien/quoc-khanh/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('on phones, month links and event days of the year view are thumb-sized (≥ 44 × 44 px)', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'phone layout');
  for (const year of YEARS) {
    await page.goto(`/lich/${year}/`);
    const targets = page.locator('.cal--mini .cal__title a, .cal--mini td.has-event > a');
    const boxes = await targets.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { text: el.textContent!.trim().slice(0, 20), w: r.width, h: r.height }; }));
    expect(boxes.length).toBeGreaterThan(12);
    const small = boxes.filter((b) => b.w < 44 || b.h < 44);
    expect(small, `/lich/${year}/`).toEqual([]);
  }
});
