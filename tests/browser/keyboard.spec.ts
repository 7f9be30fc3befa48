// Keyboard only: the header (skip link, site name, search, navigation) and the
// month calendar can be used with Tab and Enter, with the focus always visible.
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, at most `limit` times; returns how many presses it took. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; name: string | null }) => boolean, limit = 60): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', text: (a?.textContent ?? '').trim(), name: a?.getAttribute('name') ?? null };
    });
    if (matches(el)) return i;
  }
  throw new Error('never reached the element by Tab');
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
  });
}

test('the header works from the keyboard: search, then a navigation link', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'keyboards belong to the desktop layout');
  await page.goto('/chuong-trinh/2020/');
  await tabTo(page, (el) => el.tag === 'input' && el.name === 'q');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.type('dai doan ket');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=dai\+doan\+ket$/);
  await expect(page.locator('#search-results a').first()).toBeVisible();

  await page.goto('/');
  await tabTo(page, (el) => el.tag === 'a' && el.text === 'Lịch');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lich\/$/);
});

test('the month calendar works from the keyboard: next month, then an event', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'keyboards belong to the desktop layout');
  await page.goto('/lich/2020/08/');
  await tabTo(page, (el) => el.tag === 'a' && el.text.startsWith('Tháng 9'));
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lich\/2020\/09\/$/);
  await tabTo(page, (el) => el.tag === 'a' && el.text.includes('Quốc khánh'));
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/su-kien\/quoc-khanh\/$/);
});
