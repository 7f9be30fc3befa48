// Every page type, at phone and desktop width, as a reader sees it.
import { expect, test } from '@playwright/test';
import { isReadingScript } from './share-script';

const pages = [
  { path: '/', h1: 'Ủy ban MTTQ Việt Nam thành phố Long Khánh', sees: ['Sắp diễn ra', 'Kỷ niệm', 'Toàn dân đoàn kết xây dựng nông thôn mới'] },
  { path: '/chuong-trinh/2020/', h1: 'CHƯƠNG TRÌNH PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG', sees: ['2.4. Triển khai các chương trình phối hợp:', 'Tuyên truyền thực hiện Luật Hợp tác xã.'] },
  { path: '/chuong-trinh/2020/ngay-hoi-dai-doan-ket-toan-dan-toc/', h1: 'Ngày hội đại đoàn kết toàn dân tộc', sees: ['Đổi mới và tổ chức tốt Ngày hội đại đoàn kết toàn dân tộc vào dịp kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam (18/11).', 'Nhiệm vụ trước', 'Nhiệm vụ sau'] },
  { path: '/su-kien/', h1: 'Sự kiện, ngày kỷ niệm', sees: ['Thứ Hai, 03/02/2020'] },
  { path: '/su-kien/quoc-khanh/', h1: 'Quốc khánh Nước CHXHCN Việt Nam', sees: ['Thứ Tư, 02/09/2020', 'Kỷ niệm 75 năm', 'Chủ Nhật, 02/09/1945'] },
  { path: '/cuoc-van-dong/', h1: 'Cuộc vận động, phong trào thi đua', sees: ['Đoàn kết sáng tạo'] },
  { path: '/cuoc-van-dong/nguoi-viet-nam-uu-tien-dung-hang-viet-nam/', h1: '“Người Việt Nam ưu tiên dùng hàng Việt Nam”', sees: ['Hàng Việt Nam chinh phục người Việt Nam và vươn ra thị trường quốc tế'] },
  { path: '/van-ban/', h1: 'Văn bản', sees: ['124-QĐ/TW'] },
  { path: '/van-ban/thong-bao-so-336-tb-tu/', h1: 'Thông báo số 336-TB/TU', sees: ['11/11/2019', 'Ban Chấp hành Đảng bộ thành phố Long Khánh (Khóa III)'] },
  { path: '/thong-bao/', h1: 'Thông báo', sees: ['Đăng tải Chương trình phối hợp, thống nhất hành động năm 2020'] },
  { path: '/thong-bao/2026-11-27-dang-tai-chuong-trinh-phoi-hop-thong-nhat-hanh-dong-nam-2020/', h1: 'Đăng tải Chương trình phối hợp, thống nhất hành động năm 2020', sees: ['Thứ Sáu, 27/11/2026'] },
];

for (const p of pages) {
  test(`${p.path} reads well`, async ({ page }) => {
    const scripts: string[] = [];
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
      if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
    });
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText(p.h1);
    for (const text of p.sees) await expect(page.locator('main')).toContainText(text);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // Nothing wider than the screen: no sideways scrolling on a 390 px phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(scripts.filter((url) => !isReadingScript(url)), 'reading pages load no JavaScript but the share button\'s and the search box\'s warm-up').toEqual([]);
    expect(foreign, 'no request leaves the site').toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/su-kien/quoc-khanh/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
  await expect(page.locator('main')).toBeFocused();
});

test('an item page links to its section, its neighbours and its events', async ({ page }) => {
  await page.goto('/chuong-trinh/2020/ky-niem-cac-ngay-le-lon-cua-dat-nuoc-nam-2020/');
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Mục 1');
  await page.getByRole('link', { name: 'Ngày sinh Chủ tịch Hồ Chí Minh' }).click();
  // The heading carries the next anniversary's number (it depends on the build day); 2020's stays on the page.
  await expect(page.locator('h1')).toHaveText(/^Kỷ niệm \d+ năm Ngày sinh Chủ tịch Hồ Chí Minh$/);
  await expect(page.locator('main')).toContainText('Thứ Ba, 19/05/2020 · Kỷ niệm 130 năm');
  await page.getByRole('link', { name: 'Kỷ niệm các ngày lễ lớn của đất nước năm 2020' }).click();
  await page.getByRole('link', { name: /Nhiệm vụ sau/ }).click();
  await expect(page.locator('h1')).toHaveText('Kỷ niệm Ngày truyền thống MTTQ Việt Nam và Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam');
});

test('an unknown address shows the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
});
