// What readers get on each page type, read from the built HTML.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, publicHtmlFiles, page, textOf } from './helpers';


describe('events: dates with weekday and computed anniversaries', () => {
  it.each([
    ['ngay-thanh-lap-dang-cong-san-viet-nam', 'Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam', 'Thứ Hai, 03/02/2020'],
    ['ngay-sinh-chu-tich-ho-chi-minh', 'Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh', 'Thứ Ba, 19/05/2020'],
    ['quoc-khanh', 'Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam', 'Thứ Tư, 02/09/2020'],
    ['ngay-truyen-thong-mttq-viet-nam', 'Kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam', 'Thứ Tư, 18/11/2020'],
    ['ngay-thanh-lap-mat-tran-dan-toc-giai-phong-mien-nam-viet-nam', 'Kỷ niệm 60 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam', 'Chủ Nhật, 20/12/2020'],
    ['ngay-hoi-dai-doan-ket-toan-dan-toc', 'Ngày hội đại đoàn kết toàn dân tộc', 'Thứ Tư, 18/11/2020'],
  ])('/su-kien/%s/', (slug, heading, date) => {
    const doc = page(`/su-kien/${slug}/`);
    // The heading is the next occurrence's (it depends on the build day: tests/build/calendar-dates.test.ts);
    // the program year's own day and number stay on the page.
    expect(textOf(doc.querySelector('h1'))).toMatch(new RegExp(`${heading.replace(/^Kỷ niệm \d+ năm /, '')}$`));
    expect(textOf(doc.querySelector('main'))).toContain(`Trong chương trình năm 2020 ${date}`);
    expect(doc.querySelectorAll('main a[href^="/chuong-trinh/2020/"]').length).toBeGreaterThan(0);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    const iso = date.slice(-10).split('/').reverse().join('-');
    expect(ld['@graph'].find((e: { startDate: string }) => e.startDate === iso)).toMatchObject({ '@type': 'Event', name: heading });
  });

  it('shows the Tháng cao điểm as a range', () => {
    const text = textOf(page('/su-kien/thang-cao-diem-vi-nguoi-ngheo/').querySelector('main'));
    expect(text).toContain('Từ Thứ Bảy, 17/10/2020 đến Thứ Tư, 18/11/2020');
  });
});

describe('campaigns list the items that carry them', () => {
  it.each([
    ['toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh', 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh', 5],
    ['nguoi-viet-nam-uu-tien-dung-hang-viet-nam', 'Người Việt Nam ưu tiên dùng hàng Việt Nam', 2],
    ['phong-trao-thi-dua-doan-ket-sang-tao', 'Đoàn kết sáng tạo', 2],
    ['ca-nuoc-chung-tay-vi-nguoi-ngheo', 'Cả nước chung tay vì người nghèo', 1],
  ])('/cuoc-van-dong/%s/', (slug, title, count) => {
    const doc = page(`/cuoc-van-dong/${slug}/`);
    expect(textOf(doc.querySelector('h1'))).toBe(`“${title}”`);
    expect(doc.querySelectorAll('.card-list a[href^="/chuong-trinh/2020/"]')).toHaveLength(count);
  });
});

describe('documents', () => {
  it('shows number, date and issuer where the seed gives them, and "Chưa rõ" where not', () => {
    const facts = (slug: string) =>
      Object.fromEntries(page(`/van-ban/${slug}/`).querySelectorAll('dl.facts dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
    expect(facts('thong-bao-so-336-tb-tu')).toMatchObject({ 'Số hiệu': '336-TB/TU', 'Ngày ban hành': '11/11/2019' });
    expect(facts('quy-dinh-so-124-qd-tw')).toMatchObject({ 'Số hiệu': '124-QĐ/TW', 'Ngày ban hành': '02/02/2018', 'Cơ quan ban hành': 'Ban Bí thư' });
    expect(facts('nghi-quyet-lien-tich-88-nqlt-cp-dctubtwmttqvn')).toMatchObject({ 'Ngày ban hành': '07/10/2016' });
    expect(facts('chuong-trinh-phoi-hop-90-ctrph-cp-dctubtwmttqvn')).toMatchObject({ 'Ngày ban hành': '30/03/2016' });
    expect(facts('luat-hop-tac-xa')).toMatchObject({ 'Số hiệu': 'Chưa rõ', 'Ngày ban hành': 'Chưa rõ' });
  });
  it('lists the items citing a document', () => {
    const links = page('/van-ban/quy-dinh-so-124-qd-tw/').querySelectorAll('.card-list a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/chuong-trinh/2020/thuc-hien-quy-dinh-so-124-qd-tw-ve-giam-sat-nguoi-dung-dau-can-bo-dang-vien/']);
  });
});

describe('every page', () => {
  const files = publicHtmlFiles();
  it('exists for each URL family', () => {
    const paths = files.map((f) => '/' + relative(DIST, f).replace(/index\.html$/, ''));
    for (const p of ['/', '/chuong-trinh/2020/', '/su-kien/', '/cuoc-van-dong/', '/van-ban/', '/thong-bao/', '/404.html']) expect(paths).toContain(p);
    expect(paths.filter((p) => /^\/chuong-trinh\/2020\/[^/]+\/$/.test(p))).toHaveLength(45);
  });

  it.each(files.map((f) => [relative(DIST, f), f]))('%s: lang vi, title, description, Open Graph, NFC, no JavaScript but the share button and the search box warm-up', (_name, file) => {
    const html = readFileSync(file, 'utf8');
    const doc = page('/' + relative(DIST, file));
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(textOf(doc.querySelector('title')).length).toBeGreaterThan(5);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(doc.querySelector('meta[property="og:title"]')).not.toBeNull();
    if (!file.endsWith('404.html')) expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(html.normalize('NFC')).toBe(html);
    // Reading pages load no script but the "Chia sẻ" button's, only where the button is, and the header
    // search box's warm-up, wherever the box is (a page with the box and no warm-up would not warm).
    const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])').filter(() => !/\/(tim-kiem|lich)\//.test(file));
    const share = scripts.filter((s) => /^\/_astro\/ShareButton\.[^/]+\.js$/.test(s.getAttribute('src') ?? ''));
    const warm = scripts.filter((s) => /^\/_astro\/SearchWarm\.[^/]+\.js$/.test(s.getAttribute('src') ?? ''));
    expect(scripts.length - share.length - warm.length).toBe(0);
    expect(share.length).toBe(doc.querySelector('[data-share]') ? 1 : 0);
    if (!/\/(tim-kiem|lich)\//.test(file)) expect(warm.length).toBe(doc.querySelector('form[data-warm] #site-search-q') ? 1 : 0);
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#noi-dung');
  });
});

describe('site files', () => {
  it('has a sitemap listing the item pages and a robots.txt pointing to it', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('sitemap-0.xml');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/chuong-trinh/2020/ngay-hoi-dai-doan-ket-toan-dan-toc/</loc>');
    expect(sitemap).not.toContain('404');
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
  it('has a Vietnamese 404 page that is not indexed', () => {
    const doc = page('/404.html');
    expect(textOf(doc.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
  });
});
