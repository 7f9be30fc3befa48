import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import cases from './search-cases.json' with { type: 'json' };
import { isReadingScript, isWarmScript } from './share-script';

/** `class`: the kind of resident query the later cases were written for (partial, abbreviation, typo, date, synonym). */
interface Case { q: string; expect: string; why: string; nfd?: boolean; top?: number; class?: string }

/** Types a query into the search page's box and waits for the announced result. */
async function searchFor(page: Page, query: string) {
  const status = page.locator('#search-status');
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await expect(status).toHaveText(/kết quả/);
}

const resultLinks = (page: Page) => page.locator('#search-results .search-result__title a');

/** What each shown result reads: link, title, excerpt, and the marked words with the characters around them. */
async function shownResults(page: Page) {
  return page.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => {
    const excerpt = li.querySelector('.search-result__excerpt');
    const text = excerpt?.textContent ?? '';
    const marks: { word: string; before: string; after: string }[] = [];
    let at = 0;
    for (const node of excerpt?.childNodes ?? []) {
      const len = node.textContent?.length ?? 0;
      if (node.nodeName === 'MARK') marks.push({ word: node.textContent ?? '', before: text.slice(at - 1, at), after: text.slice(at + len, at + len + 1) });
      at += len;
    }
    const el = li as HTMLElement;
    return { href: li.querySelector('a')?.getAttribute('href') ?? '', title: li.querySelector('a')?.textContent ?? '', excerpt: text, marks, matched: el.dataset.words ?? '', partial: el.dataset.partial !== undefined };
  }));
}

/** Lower case, marks removed, đ read as d: how residents type. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word on the indexed pages (folded), read from Pagefind's own fragments in dist/: not from the page's code. */
function siteWords(): Set<string> {
  const dir = join(process.env.ASTRO_OUT_DIR ?? 'dist', 'pagefind', 'fragment');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.pf_fragment'))) {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as { content: string; meta: { title?: string } };
    for (const w of words(`${data.meta.title ?? ''} ${data.content}`)) out.add(w);
  }
  return out;
}

// Each case types into the same page, as a resident refining a search would;
// two halves so the two workers share them. Each case names the page that
// must be first (top 1), in the first three (top 3), or, for the first 32
// cases kept from before, in the first five (or ten) results.
const allCases = cases as Case[];
const halves = [allCases.slice(0, Math.ceil(allCases.length / 2)), allCases.slice(Math.ceil(allCases.length / 2))];
halves.forEach((half, i) => {
  test(`queries as residents type them, part ${i + 1}: the right page at its rank, whole words marked, no excerpt twice, never empty when a page has one of the words`, async ({ page }) => {
    test.setTimeout(180_000); // 61 queries each, on a machine shared with other jobs
    const onSite = siteWords();
    await page.goto('/tim-kiem/');
    for (const c of half) {
      const query = c.nfd ? c.q.normalize('NFD') : c.q;
      if (c.nfd) expect(query).not.toBe(c.q);
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      await expect(page.locator('#search-status')).toHaveText(new RegExp(`kết quả cho “${escapeRegExp(query.normalize('NFC'))}”`));
      const shown = await shownResults(page);
      // A query sharing a word with some page never gets an empty result page.
      if (words(query).some((w) => onSite.has(w))) expect.soft(shown.length, `“${c.q}” shares a word with the site but shows nothing`).toBeGreaterThan(0);
      const top = c.top ?? 5;
      const rank = shown.findIndex((r) => r.href === c.expect) + 1;
      const label = `“${c.q}”${c.nfd ? ' (NFD)' : ''} (${c.why})`;
      expect.soft(rank, `${label} should rank ${c.expect} at most ${top}; results: ${shown.slice(0, 5).map((r) => r.href).join(' ')}`).toBeGreaterThan(0);
      expect.soft(rank, `${label}: rank of ${c.expect}`).toBeLessThanOrEqual(top);
      // Marks are whole words of the query, or of the form the result was matched on ("bảo hiểm y tế"
      // for "BHYT", "nghèo" for "ngeo"; data-words), never the start of another word.
      const queryWords = new Set(words(query));
      for (const r of shown) {
        const allowed = new Set([...queryWords, ...words(r.matched)]);
        for (const m of r.marks) {
          expect.soft(words(m.word).every((w) => allowed.has(w)), `${label}: “${m.word}” marked in ${r.href}`).toBe(true);
          expect.soft(/[\p{L}\p{N}]/u.test(m.before + m.after), `${label}: “${m.before}[${m.word}]${m.after}” is part of a longer word in ${r.href}`).toBe(false);
        }
      }
      // The first three show every word they were matched on in their title or excerpt (pages
      // holding every word; a day's events show their dates instead).
      for (const r of shown.slice(0, 3).filter((x) => !x.partial && x.matched)) {
        const visible = new Set(words(`${r.title} ${r.excerpt}`));
        const missing = [...new Set(words(r.matched))].filter((w) => !visible.has(w));
        expect.soft(missing, `${label}: ${r.href} does not show ${missing.join(', ')}`).toEqual([]);
      }
      // No two of the first five show the same excerpt.
      const excerpts = shown.slice(0, 5).map((r) => r.excerpt).filter(Boolean);
      expect.soft(new Set(excerpts).size, `${label}: repeated excerpt among ${JSON.stringify(excerpts)}`).toBe(excerpts.length);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the header form on any page lands on the search page with results', async ({ page }) => {
  await page.goto('/su-kien/');
  // On a phone the search box is in the header's menu ("Danh mục").
  if (!(await page.locator('#site-search-q').isVisible())) await page.locator('summary', { hasText: 'Danh mục' }).click();
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
  // The task that carries out the rule shows the number in its excerpt, each word of it marked.
  const task = page.locator('#search-results .search-result', { has: page.locator('a[href="/chuong-trinh/2020/thuc-hien-quy-dinh-so-124-qd-tw-ve-giam-sat-nguoi-dung-dau-can-bo-dang-vien/"]') });
  await expect(task.locator('mark')).toHaveText(['124', 'QĐ', 'TW']);

  await page.goto('/tim-kiem/?q=dai+doan+ket');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  const item = page.locator('#search-results .search-result', { has: page.locator('a[href="/chuong-trinh/2020/ngay-hoi-dai-doan-ket-toan-dan-toc/"]') });
  await expect(item.locator('mark')).toHaveText(['đại đoàn kết']);
});

test('excerpts come from the page itself: no inherited section heading, labels or “Chưa rõ”', async ({ page }) => {
  await page.goto('/tim-kiem/?q=nong+thon+moi');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  const shown = await shownResults(page);
  // Section 2.1's heading is shown on every task page of the section, but it is not their text.
  for (const r of shown.filter((x) => x.href.startsWith('/chuong-trinh/2020/') && x.href !== '/chuong-trinh/2020/')) {
    expect(r.excerpt, r.href).not.toContain('Mục 2.1');
    expect(r.excerpt, r.href).not.toContain('2.1. Đổi mới, nâng cao chất lượng');
  }
  await page.goto('/tim-kiem/?q=du+an+luat+giam+sat');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  for (const r of await shownResults(page)) {
    for (const label of ['Số hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Chưa rõ', 'Trang chủ', 'Văn bản liên quan', 'Nguyên văn nhiệm vụ', 'Tải lịch']) {
      expect(r.excerpt, `${r.href} excerpt`).not.toContain(label);
    }
  }
});

test('pages matched only through the start of other words are not shown for a submitted query', async ({ page }) => {
  // “tra” is the start of “trận”: the Mặt trận pages do not hold “thanh tra nhân dân”.
  await page.goto('/tim-kiem/?q=thanh+tra+nhan+dan');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  const shown = await shownResults(page);
  // A submitted query shows only pages holding its words (while typing, the last word may be unfinished).
  // Pages holding only some of the words may follow (marked data-partial, under their own line).
  for (const r of shown.filter((x) => !x.partial)) expect(words(`${r.title} ${r.excerpt}`), r.href).toEqual(expect.arrayContaining(['thanh', 'tra', 'nhan', 'dan']));
  expect(shown[0]!.href).toBe('/chuong-trinh/2020/nang-cao-hieu-qua-ban-thanh-tra-nhan-dan-ban-giam-sat-dau-tu-cua-cong-dong/');
});

test('a word typed with its marks finds that spelling first (“đảng” before “đăng”, and the other way round)', async ({ page }) => {
  const announcement = '/thong-bao/2026-11-27-dang-tai-chuong-trinh-phoi-hop-thong-nhat-hanh-dong-nam-2020/';
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('đảng')}`);
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  let shown = await shownResults(page);
  const at = shown.findIndex((r) => r.href === announcement);
  expect(at, 'the announcement (“được đăng”) is found').toBeGreaterThan(0);
  for (const r of shown.slice(0, at)) expect(`${r.title} ${r.excerpt}`.toLowerCase(), r.href).toContain('đảng');
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('đăng')}`);
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  shown = await shownResults(page);
  expect(shown[0]!.href).toBe(announcement);
});

test('the results area keeps its size while results arrive; what Pagefind needs is preloaded with the HTML and fetched once', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/tim-kiem/?q=dai+doan+ket');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  // Written by the build after the stylesheets, in the order the first search needs them: the page's
  // script and its chunks, the engine, its WebAssembly, its entry, the index's metadata and (single) chunk, the dictionary.
  const preloads = await page.locator('head link[rel="modulepreload"], head link[rel="preload"]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  const script = await page.locator('script[type="module"]').getAttribute('src');
  expect(preloads.map((p) => p.replace(/^\/_astro\/(?!index\.astro).+\.js$/, '/_astro/*.js').replace(/[^/]+\.(pf_meta|pf_index)$/, '*.$1'))).toEqual([
    script, ...preloads.slice(1, -6).map(() => '/_astro/*.js'), '/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind-entry.json', '/pagefind/*.pf_meta', '/pagefind/index/*.pf_index', '/tim-kiem/tu-dien.json',
  ]);
  const stylesheetsFirst = await page.evaluate(() => [...document.head.querySelectorAll('link')].findIndex((l) => l.rel === 'stylesheet') < [...document.head.querySelectorAll('link')].findIndex((l) => l.rel === 'modulepreload'));
  expect(stylesheetsFirst).toBe(true);
  // While the site is small, the dictionary carries the pages' text: no fragment is fetched for the first results.
  expect(fetched.filter((p) => p.endsWith('.pf_fragment'))).toEqual([]);
  for (const path of preloads) expect(fetched.filter((p) => p === path), path).toHaveLength(1);
  expect(fetched.filter((p) => p === '/pagefind/pagefind-worker.js')).toEqual([]);
});

test('the page with results is accessible (axe, WCAG 2.2 AA) and within its CSP', async ({ page }) => {
  const csp: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
  await page.goto('/tim-kiem/?q=nong+thon+moi');
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(csp).toEqual([]);
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
  // The empty page offers the A–Z index and the calendar.
  await expect(page.locator('.search-empty a[href="/muc-luc/"]')).toHaveText('Mục lục A–Z');
  await expect(page.locator('.search-empty a[href="/lich/"]')).toHaveText('Lịch sự kiện');
});

test('when a file of the index fails to arrive, the page says so instead of staying silent', async ({ page }) => {
  // The engine and its entry arrive; the index chunk does not (a dropped connection).
  await page.route(/\/pagefind\/index\//, (route) => route.abort('connectionreset'));
  await page.goto('/tim-kiem/');
  await page.locator('#q').fill('ton giao');
  await page.locator('#q').press('Enter');
  await expect(page.locator('#search-status')).toHaveText('Không tải được bộ tìm kiếm. Hãy thử lại, hoặc dùng Mục lục A–Z bên dưới.');
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#search-fallback')).toBeVisible();
  // Once the connection is back, the same search works without reloading the page.
  await page.unrouteAll();
  await searchFor(page, 'ton giao');
  await expect(resultLinks(page).first()).toBeVisible();
});

test('a search typed before the page finished starting is not wiped by the page\'s own start', async ({ page }) => {
  // A slow phone: the first paint comes late, so the page's start-up search (of the empty address) runs after the resident's.
  await page.addInitScript(() => {
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: [] });
    const later = window.setTimeout.bind(window);
    window.setTimeout = ((fn: () => void, ms?: number) => later(fn, ms === 1000 ? 2500 : ms)) as typeof window.setTimeout;
  });
  await page.goto('/tim-kiem/', { waitUntil: 'domcontentloaded' });
  await searchFor(page, 'ton giao');
  await page.waitForTimeout(3000);
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy \d+ kết quả cho “ton giao”/);
  await expect(resultLinks(page).first()).toBeVisible();
});

test('a submitted search says it is searching until its results arrive', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // A slow connection: the index chunk arrives only when the test lets it.
  await page.route(/\/pagefind\/index\//, async (route) => { await held; await route.continue(); });
  await page.goto('/tim-kiem/', { waitUntil: 'domcontentloaded' });
  await page.locator('#q').fill('ton giao');
  await page.locator('#q').press('Enter');
  await expect(page.locator('#search-status')).toHaveText('Đang tìm…');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.locator('#search-status')).toHaveText(/Tìm thấy \d+ kết quả cho “ton giao”/);
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
  await page.goto(`/tim-kiem/?section=${encodeURIComponent(section)}`);
  await expect(page.locator('#filter-section')).toBeVisible();
  await expect(page.locator('#filter-section')).toHaveValue(section);
  await expect(page.locator('#search-status')).toHaveText('Tìm thấy 2 kết quả.');
  await expect(page.locator('#search-results .search-result .tag')).toHaveText(['Nhiệm vụ chương trình', 'Nhiệm vụ chương trình']);
  // The section's heading is not the tasks' own text: “phong trào” is in it, but in only one task.
  await page.goto(`/tim-kiem/?q=phong+trao&section=${encodeURIComponent(section)}`);
  await expect(page.locator('#search-status')).toHaveText('Tìm thấy 1 kết quả cho “phong trao”.');
  await expect(resultLinks(page)).toHaveAttribute('href', '/chuong-trinh/2020/xay-dung-cac-mo-hinh-diem-thuc-hien-phong-trao/');

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

test('without a query, the page fetches no page text (only the preloaded engine and index)', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/tim-kiem/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => /\.pf_(fragment|filter)$/.test(p))).toEqual([]);
  await searchFor(page, 'quoc khanh');
  // The small site's text comes with the dictionary; the fragments are not fetched.
  expect(fetched.filter((p) => p.endsWith('.pf_fragment'))).toEqual([]);
});

test('without the pages in the dictionary (a big site), results come from the fragments, ranked the same', async ({ page }) => {
  const shown = async () => {
    await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
    return page.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => `${li.querySelector('a')?.getAttribute('href')} ${li.querySelector('.search-result__excerpt')?.textContent ?? ''}`));
  };
  const queries = ['dai doan ket', 'bhyt', 'nguoi ngeo', 'lich tiep cong dan'];
  const withPages: string[][] = [];
  for (const q of queries) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
    withPages.push(await shown());
  }
  const fragments: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.pf_fragment')) fragments.push(r.url()); });
  await page.route('**/tim-kiem/tu-dien.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(json.pages as object).length).toBeGreaterThan(0);
    delete json.pages;
    await route.fulfill({ response, json });
  });
  for (const [i, q] of queries.entries()) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
    expect(await shown(), q).toEqual(withPages[i]);
  }
  expect(fragments.length).toBeGreaterThan(0);
});

test.describe('reading pages', () => {
  for (const path of ['/', '/chuong-trinh/2020/', '/chuong-trinh/2020/tang-cuong-ung-dung-cong-nghe-thong-tin/', '/su-kien/quoc-khanh/', '/van-ban/quy-dinh-so-124-qd-tw/', '/muc-luc/']) {
    test(`${path} ships no JavaScript but the share button's and the search box's warm-up`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((url) => !isReadingScript(url))).toEqual([]);
      expect(scripts.filter(isWarmScript)).toHaveLength(1);
      const executable = await page.locator('script').evaluateAll((els) => els.filter((s) => (s as HTMLScriptElement).type !== 'application/ld+json').map((s) => (s as HTMLScriptElement).src));
      expect(executable.filter((src) => !src || !isReadingScript(src))).toEqual([]);
    });
  }
  test('the header search box warms the search page on focus: the files it preloads are fetched, from this site only, and reused', async ({ page, context }) => {
    const requests: string[] = [];
    const finished: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfinished', (r) => finished.push(r.url()));
    await page.goto('/su-kien/quoc-khanh/');
    await page.waitForLoadState('networkidle');
    const origin = new URL(page.url()).origin;
    const script = requests.find(isWarmScript)!;
    // Small: a few hundred bytes on every reading page, and nothing of search is fetched before the box is used.
    expect(readFileSync(join('dist', new URL(script).pathname)).length).toBeLessThan(1024);
    expect(requests.filter((u) => /\/pagefind\/|\/tim-kiem\//.test(u))).toEqual([]);
    const menu = page.locator('.site-menu summary');
    if (await menu.isVisible()) await menu.click(); // on a phone the box is in the “Danh mục” menu
    await page.locator('#site-search-q').focus();
    const list = JSON.parse(readFileSync(join('dist', 'tim-kiem', 'tai-truoc.json'), 'utf8')) as string[];
    expect(list).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/tim-kiem/tu-dien.json']));
    expect(list.some((p) => /^\/pagefind\/index\/[\w-]+\.pf_index$/.test(p))).toBe(true);
    expect(list.some((p) => /^\/pagefind\/pagefind-entry\.json\?ts=\d+$/.test(p))).toBe(true);
    await expect.poll(() => list.filter((p) => !finished.includes(origin + p))).toEqual([]);
    expect(requests.filter((u) => new URL(u).origin !== origin), 'no other host').toEqual([]);
    // Then the results page takes them from the cache.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const fromNetwork: string[] = [];
    cdp.on('Network.responseReceived', (e: { response: { url: string; fromDiskCache?: boolean; fromPrefetchCache?: boolean; fromServiceWorker?: boolean } }) => {
      if (!e.response.fromDiskCache && !e.response.fromPrefetchCache) fromNetwork.push(new URL(e.response.url).pathname);
    });
    await page.locator('#site-search-q').fill('quoc khanh');
    await page.locator('#site-search-q').press('Enter');
    await expect(page.locator('#search-status')).toHaveText(/Tìm thấy/);
    expect(fromNetwork.filter((p) => /^\/pagefind\/(pagefind\.js|wasm\.|index\/)|tu-dien\.json$/.test(p))).toEqual([]);
  });

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

test.describe('the page says what it understood', () => {
  test('a query no page holds whole shows the pages with most of its words and names the words not found', async ({ page }) => {
    await page.goto('/tim-kiem/');
    // "buổi" is on no page (since the calendars name holidays, "lịch" is: Tết Dương lịch, âm lịch).
    await searchFor(page, 'buoi tiep cong dan');
    await expect(page.locator('#search-understood')).toContainText('Không trang nào có đủ các từ; dưới đây là các trang có nhiều từ nhất. Không tìm thấy: buoi.');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/chuong-trinh/2020/tiep-cong-dan-giai-quyet-khieu-nai-to-cao/');
    // Question words are set aside for matching and kept in the box.
    await searchFor(page, 'tiep cong dan o dau');
    await expect(page.locator('#q')).toHaveValue('tiep cong dan o dau');
    await expect(page.locator('#search-understood')).toContainText('Bỏ qua khi so khớp các từ để hỏi: o, dau.');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/chuong-trinh/2020/tiep-cong-dan-giai-quyet-khieu-nai-to-cao/');
  });

  test('a phrase no page holds whole (an abbreviation\'s full form) still shows the pages with most of its words', async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('bao hiem that nghiep')}`);
    await expect(page.locator('#search-understood')).toContainText('Đã hiểu bao hiem that nghiep là BHTN.');
    await expect(page.locator('#search-understood')).toContainText('Không tìm thấy: that, nghiep.');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/chuong-trinh/2020/thuc-hien-chinh-sach-phap-luat-ve-bao-hiem-xa-hoi-bao-hiem-y-te/');
  });

  test('an abbreviation is explained and found through its full form', async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('bhxh')}`);
    await expect(page.locator('#search-understood')).toHaveText('Đã hiểu BHXH là bảo hiểm xã hội.');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/chuong-trinh/2020/thuc-hien-chinh-sach-phap-luat-ve-bao-hiem-xa-hoi-bao-hiem-y-te/');
    await expect(page.locator('.search-result').first().locator('mark')).toContainText(['Bảo hiểm xã hội']);
  });

  test('a typo is corrected from the site’s words, with a link to search exactly as typed', async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('phong chong tham nhug')}`);
    const line = page.locator('.search-notes__corrected');
    await expect(line).toHaveText('Đang hiện kết quả cho: phong chong tham nhũng · Tìm đúng: phong chong tham nhug');
    await expect(resultLinks(page).first()).toBeVisible();
    await line.getByRole('link', { name: 'phong chong tham nhug' }).click();
    await expect(page).toHaveURL(/dung=1/);
    await expect(page.locator('#search-status')).toHaveText(/kết quả cho “phong chong tham nhug”/);
    await expect(page.locator('.search-notes__corrected')).toHaveCount(0);
    // A word the site has is never corrected.
    await searchFor(page, 'ton giao');
    await expect(page.locator('.search-notes__corrected')).toHaveCount(0);
  });

  test('a day lists its events with their dates; a month links its calendars', async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('2/9')}`);
    await expect(page.locator('.search-dates__title')).toHaveText('Sự kiện ngày 02/09:');
    const event = page.locator('.search-result--date').first();
    await expect(event.locator('a')).toHaveAttribute('href', '/su-kien/quoc-khanh/');
    await expect(event.locator('.search-result__days li').first()).toHaveText('Thứ Tư, 02/09/2020: Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam');
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('tháng 11')}`);
    await expect(page.locator('.search-dates a[href="/lich/2020/11/"]')).toHaveText('tháng 11/2020');
    // A yearly period (17/10–18/11 every year) since the holidays work: its page is named without a year.
    await expect(resultLinks(page)).toContainText(['Tháng cao điểm vì người nghèo']);
    // Not a day: no events box.
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('31/2')}`);
    await expect(page.locator('#search-status')).toHaveText(/kết quả cho “31\/2”/);
    await expect(page.locator('.search-dates')).toHaveCount(0);
  });
});
