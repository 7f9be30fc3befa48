// src/site.config.ts is checked before anything is built, and the deploy files
// that name the committee are made from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineSite } from '../../src/schemas/site';
import { site } from '../../src/site.config';
import { nginxSiteConfig, snippetPath } from '../../src/lib/nginx';

const GOOD = {
  organisation: 'Ủy ban MTTQ Việt Nam phường Thử Nghiệm',
  shortName: 'MTTQ Thử Nghiệm',
  locality: 'Phường Thử Nghiệm, tỉnh Ví Dụ',
  url: 'https://mttq.thu-nghiem.example/',
  description: 'Trang thử nghiệm.',
  contact: { address: null, phone: null, email: 'lienhe@thu-nghiem.example' },
  calendarUidHost: 'mttq-thunghiem',
  calendarProductId: '-//MTTQ Thu Nghiem//Lich su kien//VI',
  deployName: 'mttq-thunghiem',
};

/** The message defineSite throws, or '' when the config is valid. */
function messageOf(input: unknown): string {
  try {
    defineSite(input as typeof GOOD);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('src/site.config.ts', () => {
  it('the committed config is valid, and the calendar UID host never changes (UIDs are published)', () => {
    expect(site.calendarUidHost).toBe('mttq-longkhanh');
    expect(site.calendarProductId).toBe('-//MTTQ Long Khanh//Lich su kien//VI');
    expect(site.url).not.toMatch(/\/$/);
  });

  it('a good config passes; the trailing slash of the address is dropped', () => {
    expect(messageOf(GOOD)).toBe('');
    expect(defineSite(GOOD).url).toBe('https://mttq.thu-nghiem.example');
  });

  it.each([
    ['an empty name', { ...GOOD, organisation: '  ' }, 'trường "organisation": tên đầy đủ của đơn vị (organisation) không được để trống'],
    ['a missing field', (({ shortName: _, ...rest }) => rest)(GOOD), 'trường "shortName": thiếu tên ngắn (shortName)'],
    ['a misspelt field', { ...GOOD, organization: 'x' }, 'trường "(cả tệp)": trường không có trong mẫu: organization (kiểm tra lỗi chính tả)'],
    ['an address without https://', { ...GOOD, url: 'mttq.example.vn' }, 'trường "url": địa chỉ trang (url) phải bắt đầu bằng https://'],
    ['a UID host with capitals and spaces', { ...GOOD, calendarUidHost: 'MTTQ Long Khánh' }, 'trường "calendarUidHost": phần sau @ của mã lịch (calendarUidHost) chỉ gồm chữ thường không dấu'],
    ['a deploy name that leaves its folder', { ...GOOD, deployName: '../etc' }, 'trường "deployName": tên triển khai (deployName) chỉ gồm chữ thường không dấu'],
    ['a product id with diacritics', { ...GOOD, calendarProductId: '-//MTTQ Thử Nghiệm//Lịch//VI' }, 'trường "calendarProductId": mã sản phẩm của tệp lịch (calendarProductId) có dạng'],
    ['a wrong e-mail', { ...GOOD, contact: { ...GOOD.contact, email: 'lienhe' } }, 'trường "contact.email": thư điện tử (contact.email) không đúng dạng'],
  ])('refuses %s, naming the field in Vietnamese', (_label, input, expected) => {
    const message = messageOf(input);
    expect(message).toMatch(/^src\/site\.config\.ts có lỗi, sửa rồi dựng lại:\n/);
    expect(message).toContain(expected);
  });
});

// The header snippets are held equal to src/lib/security.ts in tests/unit/security.test.ts.
describe('deploy/nginx.conf is generated (npx tsx scripts/write-nginx-headers.ts)', () => {
  it('the committed nginx config equals the one made from site.config.ts', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxSiteConfig(site.deployName));
  });

  it("another committee's nginx config uses its own paths and snippet names only", () => {
    const conf = nginxSiteConfig('mttq-thunghiem');
    expect(conf).toContain('root /var/www/mttq-thunghiem/current;');
    expect(conf).toContain(`include ${snippetPath('mttq-thunghiem', 'admin')};`);
    expect(conf).toContain('include /etc/nginx/snippets/mttq-thunghiem-security-headers-search.conf;');
    expect(conf).not.toMatch(/longkhanh|long-khanh|mttq-security/i);
    expect(conf).toContain('location ~ \\.pf_(fragment|index|meta)$ {');
  });
});
