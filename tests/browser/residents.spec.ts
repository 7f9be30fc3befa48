// What a resident meets first, at 390 px and 1280 px: a compact header whose
// menu opens without JavaScript, a home page that leads with the news and what
// is coming, a long program page with its contents at the top, a way back to
// them after each section and item links big enough to tap.
import { expect, test, type Page } from '@playwright/test';

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 0) < 600;

test.describe('the header', () => {
  test('is compact on a phone; its menu (search and sections) opens without JavaScript', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/su-kien/');
    const header = page.locator('header.site-header');
    const height = (await header.boundingBox())!.height;
    testInfo.annotations.push({ type: 'header height', description: `${Math.round(height)} px at ${page.viewportSize()!.width} px` });
    console.log(`header height at ${page.viewportSize()!.width} px: ${Math.round(height)} px`);
    const nav = page.getByRole('navigation', { name: 'Chính' });
    const search = page.getByRole('searchbox', { name: 'Tìm kiếm trên trang' });
    if (isPhone(page)) {
      // Before: name, search box and the sections on three rows, about 270 px.
      expect(height).toBeLessThanOrEqual(100);
      await expect(nav).toBeHidden();
      await expect(search).toBeHidden();
      const button = page.locator('summary', { hasText: 'Danh mục' });
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await button.click();
      await expect(nav).toBeVisible();
      await expect(search).toBeVisible();
      await nav.getByRole('link', { name: 'Văn bản' }).click();
      await expect(page).toHaveURL(/\/van-ban\/$/);
    } else {
      await expect(page.locator('summary', { hasText: 'Danh mục' })).toBeHidden();
      await expect(nav).toBeVisible();
      await expect(search).toBeVisible();
    }
    await context.close();
  });
});

test.describe('the home page', () => {
  test('leads with the latest announcements, then what is coming, then the program (labelled when over); one h1, not repeated', async ({ page }) => {
    await page.goto('/');
    const headings = await page.locator('main h2').allInnerTexts();
    const at = (re: RegExp) => headings.findIndex((h) => re.test(h));
    expect(at(/^Thông báo mới$/)).toBe(0);
    expect(at(/^Sắp diễn ra$/)).toBe(1);
    const programHeading = headings[2]!;
    expect(programHeading).toMatch(/^Chương trình năm \d{4}/);
    // "Today" is the build day the page prints; a program of an earlier year says it is over.
    const today = /\((\d{2})\/(\d{2})\/(\d{4})\)/.exec(await page.locator('#sap-dien-ra ~ p.meta').first().innerText())!;
    const programYear = Number(/\d{4}/.exec(programHeading)![0]);
    if (programYear < Number(today[3])) expect(programHeading).toBe(`Chương trình năm ${programYear} — đã kết thúc`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main h1')).toHaveCount(0);
    // The latest announcement is in the first screen.
    await expect(page.locator('#thong-bao ~ .card-list li').first()).toBeInViewport();
  });
});

test.describe('the program page', () => {
  test('contents at the top, "Về mục lục" after each section, item links of at least 44 × 44 px', async ({ page }) => {
    await page.goto('/chuong-trinh/2020/');
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    // Reachable from the top: the contents start within the first screen.
    const tocTop = (await toc.boundingBox())!.y;
    expect(tocTop).toBeLessThan(page.viewportSize()!.height);
    const sections = page.locator('article.program-outline > section');
    const count = await sections.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i += 1) {
      const back = sections.nth(i).locator(':scope > .back-to-toc a');
      await expect(back).toHaveText('Về mục lục');
      await expect(back).toHaveAttribute('href', '#muc-luc');
    }
    const items = page.locator('a.item-link');
    expect(await items.count()).toBeGreaterThan(40);
    const small = await items.evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent, box: a.getBoundingClientRect() })).filter(({ box }) => box.height < 44 || box.width < 44).map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    // From the end of a section, back to the contents.
    await sections.nth(count - 1).locator('.back-to-toc a').click();
    await expect(page).toHaveURL(/#muc-luc$/);
    await expect(toc.locator('h2')).toBeInViewport();
  });
});

test.describe('"Chia sẻ"', () => {
  const PAGE = '/su-kien/quoc-khanh/';

  test('uses the phone\'s share sheet (Web Share API) with the page\'s title and address', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data) });
    });
    await page.goto(PAGE);
    const button = page.getByRole('button', { name: 'Chia sẻ' });
    await expect(button).toBeVisible();
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await button.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; url: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toMatch(/\/su-kien\/quoc-khanh\/$/);
    expect(shared[0]!.title).toBe(await page.locator('h1').innerText());
  });

  test('without it, "Sao chép liên kết" copies the address and says so', async ({ page, context }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void ((window as unknown as { copied: string }).copied = t) } });
    });
    await context.grantPermissions([]);
    await page.goto(PAGE);
    const button = page.getByRole('button', { name: 'Sao chép liên kết' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết.' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toMatch(/\/su-kien\/quoc-khanh\/$/);
  });

  test('without JavaScript there is no button to press', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: /Chia sẻ|Sao chép/ })).toHaveCount(0);
    await context.close();
  });
});
