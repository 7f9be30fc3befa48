import { expect, test, type Page } from '@playwright/test';
import cases from './search-cases.json' with { type: 'json' };

interface Case { q: string; expect: string; why: string; nfd?: boolean; top?: number }

/** Types a query into the search page's box and waits for the announced result. */
async function searchFor(page: Page, query: string) {
  const status = page.locator('#search-status');
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await expect(status).toHaveText(/kết quả/);
}

const resultLinks = (page: Page) => page.locator('#search-results .search-result__title a');

// Each case types into the same page, as a resident refining a search would;
// two halves so the two workers share them.
const allCases = cases as Case[];
const halves = [allCases.slice(0, Math.ceil(allCases.length / 2)), allCases.slice(Math.ceil(allCases.length / 2))];
halves.forEach((half, i) => {
  test(`queries as residents type them, part ${i + 1}: the right page is in the top results`, async ({ page }) => {
    await page.goto('/tim-kiem/');
    for (const c of half) {
      const query = c.nfd ? c.q.normalize('NFD') : c.q;
      if (c.nfd) expect(query).not.toBe(c.q);
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      await expect(page.locator('#search-status')).toHaveText(new RegExp(`kết quả cho “${escapeRegExp(query.normalize('NFC'))}”`));
      const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const top = c.top ?? 5;
      expect.soft(hrefs.slice(0, top), `“${c.q}”${c.nfd ? ' (NFD)' : ''} (${c.why}) should find ${c.expect} in the top ${top}`).toContain(c.expect);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the header form on any page lands on the search page with results', async ({ page }) => {
  await page.goto('/su-kien/');
  await page.locator('#site-search-q').fill('quoc khanh');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=quoc\+khanh$/);
  await expect(page.locator('#q')).toHaveValue('quoc khanh');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/su-kien/quoc-khanh/');
});

test('a result shows its title, type, date and the matched words highlighted, in proper Vietnamese', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('124-qd/tw')}`);
  const first = page.locator('#search-results .search-result').first();
  await expect(first.locator('a')).toHaveText('Quy định số 124-QĐ/TW');
  await expect(first.locator('.tag')).toHaveText('Văn bản');
  await expect(first.locator('time')).toHaveText('02/02/2018');
  await expect(first.locator('time')).toHaveAttribute('datetime', '2018-02-02');
  await expect(first.locator('mark').first()).toContainText('124-QĐ/TW');

  await page.goto('/tim-kiem/?q=dai+doan+ket');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  const marks = await page.locator('#search-results .search-result').first().locator('mark').allTextContents();
  expect(marks.join(' ')).toMatch(/đại.*đoàn.*kết/i);
});

test('the result count is announced in a live region', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await searchFor(page, 'nong thon moi');
  const text = (await status.textContent()) ?? '';
  const count = Number(/Tìm thấy (\d+) kết quả cho “nong thon moi”/.exec(text)?.[1]);
  expect(count).toBeGreaterThan(0);
  const shown = await resultLinks(page).count();
  expect(shown).toBe(Math.min(count, 10));
  if (count > 10) await expect(page.locator('.search-more')).toContainText(`còn ${count - 10}`);
});

test('a search with no match says so and suggests what to try', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await searchFor(page, 'xyzzy qwerty');
  await expect(page.locator('#search-status')).toHaveText('Không có kết quả cho “xyzzy qwerty”.');
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.locator('.search-empty')).toContainText('Thử ít từ hơn');
  await expect(page.locator('.search-empty')).toContainText('gõ không dấu cũng được');
  await expect(page.getByRole('link', { name: 'Mục lục A–Z của tất cả các trang' })).toBeVisible();
});

test('works from the keyboard alone', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await page.locator('#q').focus();
  await page.keyboard.type('quoc khanh');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/su-kien\/quoc-khanh\/$/);
});

test('filters narrow the results and are kept in the URL', async ({ page }) => {
  await page.goto('/tim-kiem/?q=doan+ket');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  const all = Number(/(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
  await page.getByText('Lọc kết quả theo loại, năm, mục').click();
  await page.locator('#filter-type').selectOption('Sự kiện');
  await expect(page).toHaveURL(/type=S%E1%BB%B1\+ki%E1%BB%87n/);
  await expect.poll(() => page.locator('#search-status').textContent()).not.toContain(`Tìm thấy ${all} `);
  const some = Number(/(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
  expect(some).toBeLessThan(all);
  const types = await page.locator('#search-results .search-result .tag').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(['Sự kiện']));

  // A shared link with a section filter opens already filtered.
  const section = 'Mục 2.3. Đẩy mạnh thực hiện Phong trào thi đua “Đoàn kết sáng tạo”';
  await page.goto(`/tim-kiem/?q=phong+trao&section=${encodeURIComponent(section)}`);
  await expect(page.locator('#filter-section')).toBeVisible();
  await expect(page.locator('#filter-section')).toHaveValue(section);
  await expect(page.locator('#search-status')).toHaveText('Tìm thấy 2 kết quả cho “phong trao”.');
  await expect(page.locator('#search-results .search-result .tag')).toHaveText(['Nhiệm vụ chương trình', 'Nhiệm vụ chương trình']);

  // The year filter applies to every kind of page.
  await page.goto('/tim-kiem/?q=quoc+khanh&year=2020');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/su-kien/quoc-khanh/');
});

test('announcements can be listed newest first without a query', async ({ page }) => {
  await page.goto('/tim-kiem/?sort=date&type=Th%C3%B4ng+b%C3%A1o');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy \d+ kết quả/);
  const dates = await page.locator('#search-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('Pagefind loads only when there is something to search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/tim-kiem/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await searchFor(page, 'quoc khanh');
  expect(fetched).toContain('/pagefind/pagefind.js');
});

test.describe('reading pages', () => {
  for (const path of ['/', '/chuong-trinh/2020/', '/chuong-trinh/2020/tang-cuong-ung-dung-cong-nghe-thong-tin/', '/su-kien/quoc-khanh/', '/van-ban/quy-dinh-so-124-qd-tw/', '/muc-luc/']) {
    test(`${path} ships no JavaScript`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
      const executable = await page.locator('script').evaluateAll((els) => els.filter((s) => (s as HTMLScriptElement).type !== 'application/ld+json').length);
      expect(executable).toBe(0);
    });
  }
  test('the search page has only an external module script', async ({ page }) => {
    await page.goto('/tim-kiem/');
    const scripts = await page.locator('script').evaluateAll((els) => els.map((s) => ({ src: (s as HTMLScriptElement).src, type: (s as HTMLScriptElement).type, inline: (s.textContent ?? '').trim().length })));
    expect(scripts.length).toBe(1);
    expect(scripts[0]).toMatchObject({ type: 'module', inline: 0 });
    expect(scripts[0]!.src).toMatch(/\/_astro\/.+\.js$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says what to do and links to the A–Z list, which lists every page', async ({ page }) => {
    await page.goto('/tim-kiem/?q=nong+thon+moi');
    await expect(page.locator('#search-nojs')).toBeVisible();
    await expect(page.locator('#search-nojs')).toContainText('cần JavaScript');
    await page.locator('#search-nojs').getByRole('link', { name: 'Mục lục A–Z' }).click();
    await expect(page).toHaveURL(/\/muc-luc\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mục lục A–Z');
    // "Đ" is filed with "D", as residents typing without marks expect.
    const d = page.locator('section', { has: page.getByRole('heading', { name: 'D', exact: true }) });
    await expect(d.getByRole('link', { name: 'Đề án số 01 về “Đổi mới công tác thông tin, tuyền truyền của Mặt trận Tổ quốc Việt Nam”' })).toHaveCount(1);
    // Every program item, event, campaign, document and announcement is listed.
    expect(await page.locator('.az-list a').count()).toBeGreaterThanOrEqual(45 + 7 + 4 + 24 + 1);
    await page.getByRole('link', { name: 'Quốc khánh Nước CHXHCN Việt Nam', exact: true }).click();
    await expect(page).toHaveURL(/\/su-kien\/quoc-khanh\/$/);
  });
});
