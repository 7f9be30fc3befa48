// Announcements as a reader gets them from the built site: the list leads to
// each announcement, the feed is announced in the head and served as RSS.
// (A new announcement reaching the page, list, feed and search index is tested on a fixture
// build in tests/build/publishing.test.ts.)
import { expect, test } from '@playwright/test';

test('the announcement list leads to the announcement, which links back', async ({ page }) => {
  await page.goto('/thong-bao/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  const first = page.locator('.announcement-list li').first();
  await expect(first.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  const title = (await first.locator('h2').innerText()).trim();
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('article .meta time')).toHaveText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4}$/);
  await page.getByRole('navigation', { name: /breadcrumb|đường dẫn/i }).getByRole('link', { name: 'Thông báo' }).click();
  await expect(page).toHaveURL(/\/thong-bao\/$/);
});

test('the RSS feed is announced in the head and served as valid RSS 2.0', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(href).toBe('/thong-bao/rss.xml');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
  const listed = await page.locator('section[aria-labelledby="thong-bao"] li h3').allInnerTexts();
  expect(listed.length).toBeGreaterThan(0);
  for (const title of listed) expect(xml).toContain(`<title>${title.trim()}</title>`);
});
