// Calendars in Chromium: the grid on desktop, the agenda on phones, today
// marked in Vietnam's time, and the printed calendar as an A4 landscape PDF.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DIST } from '../build/helpers';
import { pdfPages, wordsOf, type PdfPage } from '../support/pdf-text';

/** The years this build publishes (program years, the build year and the next), read from dist/lich/. */
const YEARS = readdirSync(`${DIST}/lich`).filter((name) => /^\d{4}$/.test(name)).sort();
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const MM = 72 / 25.4;
/** Index of the page each sheet starts on: the overview (0), then months 1–12 by their heading. */
function monthStarts(pages: PdfPage[], year: string | number): number[] {
  const starts = [pages.findIndex((p) => p.texts.some((t) => t.text.startsWith(`Lịch năm ${year}`)))];
  for (const month of MONTHS) starts.push(pages.findIndex((p) => p.texts.some((t) => t.size >= 18 && t.text.startsWith(`Tháng ${month} năm ${year}`))));
  return starts;
}

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

test.describe('holidays and years (issue 21)', () => {
  test('a public holiday is marked “Ngày nghỉ lễ” in the grid (1280 px) and the agenda (390 px)', async ({ page }, info) => {
    const year = YEARS.at(-1)!;
    await page.goto(`/lich/${year}/05/`);
    const shown = info.project.name === 'phone' ? page.locator(`.cal-agenda li[data-day="${year}-05-01"]`) : page.locator(`.cal--full td[data-date="${year}-05-01"]`);
    await expect(shown).toBeVisible();
    await expect(shown).toContainText('Ngày Quốc tế lao động');
    await expect(shown.getByText('Ngày nghỉ lễ')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="su-kien-thang"]')).toContainText('Ngày nghỉ lễ');
  });

  test('December leads to January of the next year; /lich/ shows this month first, then this year, next year, past years', async ({ page }, info) => {
    // The build year and the next are the last two published years.
    const thisYear = Number(YEARS.at(-2));
    const next = String(thisYear);
    await page.goto(`/lich/${next}/12/`);
    await page.getByRole('link', { name: `Tháng 1 năm ${Number(next) + 1} ›` }).click();
    await expect(page).toHaveURL(new RegExp(`/lich/${Number(next) + 1}/01/$`));
    await page.getByRole('link', { name: `‹ Tháng 12 năm ${next}` }).click();
    await expect(page).toHaveURL(new RegExp(`/lich/${next}/12/$`));
    await page.goto('/lich/');
    const month = page.locator('section[aria-labelledby="thang-nay"]');
    // This month: the grid on wide screens, its event days on phones; above the list of years.
    await expect(info.project.name === 'phone' ? month.locator('.cal-agenda') : month.locator('.cal--full')).toBeVisible();
    const monthBox = (await month.boundingBox())!;
    const yearsBox = (await page.locator('.cal-years').boundingBox())!;
    expect(monthBox.y).toBeLessThan(yearsBox.y);
    const years = await page.locator('.cal-years h3').allTextContents();
    expect(years.map((t) => Number(t.replace(/\D/g, '')))).toEqual([thisYear, thisYear + 1, ...YEARS.map(Number).filter((y) => y < thisYear).reverse()]);
    // The JSON links are at the bottom, in "Dữ liệu mở".
    const openData = (await page.locator('#du-lieu-mo').boundingBox())!;
    expect(openData.y).toBeGreaterThan(yearsBox.y + yearsBox.height);
    expect(await page.locator('main a[href$=".json"]').count()).toBe(await page.locator('section[aria-labelledby="du-lieu-mo"] a[href$=".json"]').count());
  });
});

test.describe('printing', () => {
  test('every published year prints on A4 landscape pages, the overview first, then each month on its own sheet', async ({ page, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    expect(YEARS.length).toBeGreaterThanOrEqual(3); // 2020 and the build year and the next
    for (const year of YEARS) {
      await page.goto(`/lich/${year}/in/`);
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      for (const p of pages) {
        // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
        expect(Math.abs(p.width - 841.9), `${year} page ${p.number}`).toBeLessThan(2);
        expect(Math.abs(p.height - 595.3), `${year} page ${p.number}`).toBeLessThan(2);
      }
      const starts = monthStarts(pages, year);
      // Every sheet begins a page, in order; a month too full runs onto the next page before the next month.
      expect(starts[0], `${year}`).toBe(0);
      starts.slice(1).forEach((start, i) => expect(start, `${year}, month ${i + 1}`).toBeGreaterThan(starts[i]!));
      expect(pages.length).toBeLessThanOrEqual(13 + 4);
      console.log(`${year}: ${pages.length} printed pages (13 sheets; a month too full continues on the next page)`);
    }
  });

  test('read from the PDF: event names in the month grids are at least 14 pt, lists 11 pt, and every sheet ends with the site line, with room for the contact line', async ({ page, request, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    for (const year of [YEARS[0]!, YEARS.at(-1)!]) {
      await page.goto(`/lich/${year}/in/`);
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      const events = ((await (await request.get(`/lich/${year}.json`)).json()) as { events: { title: string; date?: string; start?: string; end?: string }[] }).events;
      const starts = monthStarts(pages, year);
      let smallest = Infinity;
      for (const month of MONTHS) {
        const sheet = pages.slice(starts[month]!, starts[month + 1] ?? pages.length).flatMap((p) => p.texts);
        const mm = `${year}-${String(month).padStart(2, '0')}`;
        const titles = events.filter((e) => (e.date ?? e.start)!.slice(0, 7) <= mm && (e.date ?? e.end)!.slice(0, 7) >= mm).map((e) => e.title);
        for (const title of titles) {
          // Each word of the name is printed somewhere on the sheet at ≥ 14 pt (the list prints it at 11–12 pt).
          for (const word of wordsOf(title)) {
            const size = Math.max(...sheet.filter((t) => wordsOf(t.text).includes(word)).map((t) => t.size));
            smallest = Math.min(smallest, size);
            expect(size, `${mm}: “${word}” of “${title}”`).toBeGreaterThanOrEqual(14);
          }
        }
        const list = sheet.filter((t) => t.text.includes('(âm lịch'));
        for (const t of list) expect(t.size, `${mm} list: ${t.text}`).toBeGreaterThanOrEqual(11);
      }
      for (const p of pages) {
        const foot = p.texts.filter((t) => t.text.includes('Ủy ban MTTQ Việt Nam thành phố Long Khánh')).at(-1)!;
        const where = `${year} page ${p.number}`;
        expect(foot, where).toBeDefined();
        expect(foot.size, where).toBeGreaterThanOrEqual(11);
        // At the foot of the page (above the 8 mm margin), below everything else; a second line (the
        // contact line) fits between it and the margin.
        expect(foot.top, where).toBeGreaterThan(p.height - 23 * MM);
        expect(p.height - 8 * MM - (foot.top + foot.height), where).toBeGreaterThan(5 * MM);
        const others = p.texts.filter((t) => t !== foot);
        expect(Math.max(...others.map((t) => t.top + t.height)), where).toBeLessThan(foot.top);
      }
      console.log(`${year}: smallest event name in a printed month grid ${smallest} pt (from the PDF)`);
    }
  });

  test('read from the PDF: the year overview fills its A4 sheet', async ({ page, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    await page.goto(`/lich/${YEARS.at(-1)}/in/`);
    const [overview] = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    // The days of the twelve small months (numbers 1–31).
    const days = overview!.texts.filter((t) => /^\s*\d{1,2}(\s+\d{1,2})*\s*$/.test(t.text));
    const top = Math.min(...days.map((t) => t.top));
    const bottom = Math.max(...days.map((t) => t.top + t.height));
    const right = Math.max(...days.map((t) => t.left + t.width));
    const share = (bottom - top) / overview!.height;
    console.log(`year overview: the months' days span ${(share * 100).toFixed(0)} % of the sheet's height, ${((right / overview!.width) * 100).toFixed(0)} % of its width; smallest day number ${Math.min(...days.map((t) => t.size))} pt`);
    // From below the heading down to the foot line (8 mm margin, 15 mm foot).
    expect(share).toBeGreaterThan(0.65);
    expect(bottom).toBeGreaterThan(overview!.height - 30 * MM);
    expect(Math.min(...days.map((t) => t.size))).toBeGreaterThanOrEqual(11);
  });

  test('"only the months with events": a separate address that works without JavaScript, printing just those months', async ({ browser, request, browserName }, info) => {
    test.skip(info.project.name !== 'desktop' || browserName !== 'chromium', 'PDF once, in Chromium');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const year of YEARS) {
      await page.goto(`/lich/${year}/in/`);
      await page.getByRole('link', { name: /Chỉ in các tháng có sự kiện/ }).click();
      await expect(page).toHaveURL(new RegExp(`/lich/${year}/in/co-su-kien/$`));
      const events = ((await (await request.get(`/lich/${year}.json`)).json()) as { events: { date?: string; start?: string; end?: string }[] }).events;
      const withEvents = MONTHS.filter((m) => {
        const mm = `${year}-${String(m).padStart(2, '0')}`;
        return events.some((e) => (e.date ?? e.start)!.slice(0, 7) <= mm && (e.date ?? e.end)!.slice(0, 7) >= mm);
      });
      expect(withEvents.length).toBeLessThan(12); // some months of every year have no event
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      const headings = pages.flatMap((p) => p.texts.filter((t) => t.size >= 18 && /^Tháng \d+ năm \d{4}/.test(t.text)).map((t) => Number(/^Tháng (\d+)/.exec(t.text)![1])));
      expect(headings, `${year}`).toEqual(withEvents);
      expect(pages[0]!.texts.map((t) => t.text).join(' ')).toContain(`Lịch năm ${year}`);
    }
    await context.close();
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
    await expect(october.locator('td[data-date="2020-10-17"] .cal__event--period')).toHaveText('Tháng cao điểm vì người nghèo');
    await expect(october.locator('.sheet__legend')).toContainText('Vạch đậm dưới ngày: Tháng cao điểm vì người nghèo (17/10/2020 – 18/11/2020)');
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
