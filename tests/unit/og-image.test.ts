// Open Graph pictures: the card's layout (pure), and the font covers every
// Vietnamese letter, so no letter of a title is dropped (satori draws text as
// paths: a letter the fonts lack draws nothing).
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardTree, titleFit } from '../../src/lib/og-card';
import satori from 'satori';
import { layoutSvg, loadFonts, OG_FONT_FAMILY, renderOgImage } from '../../src/node/og-image';
import { ogImagePath } from '../../src/lib/urls';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every Vietnamese letter: the vowels with each tone, đ, both cases. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LETTERS = [...VOWELS].flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC'))).concat('đ');
const ALL = [...LETTERS, ...LETTERS.map((l) => l.toUpperCase())];

/** The drawn outline of one letter at 40 px, '' when nothing is drawn. */
async function outline(letter: string, fontFamily = OG_FONT_FAMILY): Promise<string> {
  const svg = await layoutSvg({ type: 'div', props: { style: { display: 'flex', fontFamily, fontSize: 40 }, children: letter } }, 80, 80);
  return [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join('');
}

describe('the font', () => {
  it(`draws all ${ALL.length} Vietnamese letters (upper and lower case, every tone, đ)`, async () => {
    const missing: string[] = [];
    for (const letter of ALL) if ((await outline(letter)).length < 20) missing.push(letter);
    expect(missing).toEqual([]);
  }, 60_000);

  it('control: one subset alone lacks letters (the test can fail), and different letters draw differently', async () => {
    const latinOnly = loadFonts().filter((f) => f.name === 'BeVietnamPro-latin');
    const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontFamily: 'BeVietnamPro-latin', fontSize: 40 }, children: 'ệ' } } as Parameters<typeof satori>[0], { width: 80, height: 80, fonts: latinOnly });
    expect([...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join('')).toBe('');
    expect(await outline('ệ')).not.toBe(await outline('e'));
  });
});

describe('the card', () => {
  it('fits long titles by a smaller size, and cuts at a word only past that', () => {
    expect(titleFit('Quốc khánh').fontSize).toBe(68);
    const long = 'Đăng tải Chương trình phối hợp, thống nhất hành động năm 2020 của Ủy ban MTTQ Việt Nam thành phố Long Khánh và kế hoạch tổ chức Ngày hội đại đoàn kết toàn dân tộc';
    expect(titleFit(long).fontSize).toBeLessThan(68);
    expect(titleFit(long).text).toBe(long);
    const huge = `${'Đại đoàn kết toàn dân tộc '.repeat(20)}hết`;
    expect(titleFit(huge)).toMatchObject({ fontSize: 40 });
    expect(titleFit(huge).text.endsWith('…')).toBe(true);
    expect(titleFit(huge).text.length).toBeLessThan(huge.length);
  });

  it('holds the committee name, the title and the kind with its date', () => {
    const tree = JSON.stringify(ogCardTree({ page: '/su-kien/x/', kind: 'Sự kiện', title: 'Ngày hội', detail: 'Thứ Tư, 18/11/2026' }, 'Ủy ban MTTQ', 'F'));
    for (const text of ['Ủy ban MTTQ', 'Ngày hội', 'Sự kiện · Thứ Tư, 18/11/2026']) expect(tree).toContain(text);
  });

  it('draws its band and rule as filled boxes: no clip path (resvg rasterises each as a full-size mask)', async () => {
    for (const detail of [null, 'Thứ Tư, 18/11/2026']) {
      const svg = await layoutSvg(ogCardTree({ page: '/su-kien/x/', kind: 'Sự kiện', title: 'Ngày hội', detail }, 'Ủy ban MTTQ', OG_FONT_FAMILY));
      expect(svg).not.toContain('clip-path');
      expect(svg).toContain('fill="#8e1b14"');
      expect(svg).toContain('fill="#cfc8bd"');
    }
  });

  it('renders a 1200 × 630 PNG', async () => {
    const png = await renderOgImage({ page: '/thong-bao/x/', kind: 'Thông báo', title: 'Thông báo thử', detail: null }, 'Ủy ban MTTQ', { cacheDir: null });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });

  it('a card drawn once is read from the cache the next time; another card, or no cache, draws', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const card = { page: '/thong-bao/x/', kind: 'Thông báo', title: 'Thông báo thử', detail: 'Thứ Tư, 18/11/2026' };
      const drawn = await renderOgImage(card, 'Ủy ban MTTQ', { cacheDir: dir });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^[0-9a-f]{64}\.png$/);
      expect((await renderOgImage(card, 'Ủy ban MTTQ', { cacheDir: dir })).equals(drawn)).toBe(true);
      // Read, not drawn again: what the cache holds is what comes back.
      writeFileSync(join(dir, files[0]!), 'cached');
      expect((await renderOgImage(card, 'Ủy ban MTTQ', { cacheDir: dir })).toString()).toBe('cached');
      // Any change of the card (title, date, committee name) is another picture.
      for (const other of [{ ...card, title: 'Thông báo thử 2' }, { ...card, detail: 'Thứ Năm, 19/11/2026' }]) {
        expect((await renderOgImage(other, 'Ủy ban MTTQ', { cacheDir: dir })).toString()).not.toBe('cached');
      }
      expect((await renderOgImage(card, 'Ủy ban MTTQ Long Khánh', { cacheDir: dir })).toString()).not.toBe('cached');
      expect(readdirSync(dir)).toHaveLength(4);
      expect((await renderOgImage(card, 'Ủy ban MTTQ', { cacheDir: null })).equals(drawn)).toBe(true);
      expect(readdirSync(dir)).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('where the build exposes gc, asks for a young-generation collection every 8 cards (resvg\'s native memory)', async () => {
    const before = (globalThis as { gc?: unknown }).gc;
    let calls = 0;
    (globalThis as { gc?: unknown }).gc = (options: { type: string }) => { expect(options).toEqual({ type: 'minor' }); calls++; };
    try {
      for (let i = 0; i < 16; i++) await renderOgImage({ page: '/x/', kind: 'Thông báo', title: `Thẻ ${i}`, detail: null }, 'Ủy ban MTTQ', { cacheDir: null });
    } finally {
      (globalThis as { gc?: unknown }).gc = before;
    }
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(3);
  }, 60_000);

  it('one picture path per page', () => {
    expect(ogImagePath('/su-kien/quoc-khanh/')).toBe('/og/su-kien/quoc-khanh.png');
    expect(ogImagePath('/chuong-trinh/2020/')).toBe('/og/chuong-trinh/2020.png');
  });
});
