// The Open Graph PNGs are written as indexed-colour PNGs (src/node/png.ts): every pixel must keep its
// colour, checked by decoding both our file and resvg's own PNG of the same picture.
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { indexedPng } from '../../src/node/png';
import { layoutSvg, OG_FONT_FAMILY, renderOgImage } from '../../src/node/og-image';
import { ogCardTree } from '../../src/lib/og-card';

/** A small PNG reader (8-bit RGB, RGBA or palette, no interlace, every filter), for the test only. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0, height = 0, type = 0;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const name = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (name === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      type = data[9]!;
      expect(data[12]).toBe(0);
    } else if (name === 'PLTE') palette = Buffer.from(data);
    else if (name === 'IDAT') idat.push(Buffer.from(data));
    at += 12 + length;
  }
  const channels = { 2: 3, 3: 1, 6: 4 }[type]!;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const lines = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? lines[y * stride + x - channels]! : 0;
      const b = y > 0 ? lines[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? lines[(y - 1) * stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        predictor = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      } else if (filter !== 0) throw new Error(`filter ${filter}`);
      lines[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (type === 3) {
      const index = lines[i]!;
      if (index * 3 + 2 >= palette.length) throw new Error(`index ${index} past the palette`);
      palette.copy(rgba, i * 4, index * 3, index * 3 + 3);
      rgba[i * 4 + 3] = 255;
    } else {
      lines.copy(rgba, i * 4, i * channels, i * channels + channels);
      if (channels === 3) rgba[i * 4 + 3] = 255;
    }
  }
  return { width, height, rgba };
}

/** An opaque test picture with `colours` distinct colours, in runs and single pixels. */
function picture(width: number, height: number, colours: number): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const c = (i < colours || i % 7 === 0 ? i : Math.floor(i / 5)) % colours;
    rgba.set([c & 0xff, (c * 37) & 0xff, (c >> 8) * 50, 255], i * 4);
  }
  return rgba;
}

describe('indexedPng', () => {
  it('keeps every pixel of a picture with up to 256 colours', () => {
    for (const colours of [1, 2, 80, 256]) {
      const rgba = picture(37, 11, colours);
      const png = indexedPng(rgba, 37, 11)!;
      expect(png, `${colours} colours`).not.toBeNull();
      const back = decode(png);
      expect([back.width, back.height]).toEqual([37, 11]);
      expect(back.rgba.equals(rgba), `${colours} colours`).toBe(true);
    }
  });

  it('declines a picture it cannot write exactly: 257 colours, or a pixel that is not opaque', () => {
    expect(indexedPng(picture(37, 11, 257), 37, 11)).toBeNull();
    const clear = picture(37, 11, 4);
    clear[4 * 100 + 3] = 254;
    expect(indexedPng(clear, 37, 11)).toBeNull();
    expect(() => indexedPng(Buffer.alloc(10), 37, 11)).toThrow();
  });

  it('keeps rows that repeat the row above, and a changed row after them', () => {
    const row = picture(23, 1, 40);
    const rgba = Buffer.concat([row, row, row, picture(23, 1, 3), row, row]);
    rgba[4 * 23 * 2 + 4 * 22] = 7; // the third row's last pixel differs from the second's
    expect(decode(indexedPng(rgba, 23, 6)!).rgba.equals(rgba)).toBe(true);
  });

  it('reads the pixels from an unaligned buffer too', () => {
    const rgba = picture(9, 5, 30);
    const shifted = Buffer.alloc(rgba.length + 1);
    rgba.copy(shifted, 1);
    expect(decode(indexedPng(shifted.subarray(1), 9, 5)!).rgba.equals(rgba)).toBe(true);
  });

  it('an Open Graph card: the same pixels as resvg\'s own PNG of the card', async () => {
    const card = { page: '/thong-bao/x/', kind: 'Thông báo', title: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư', detail: 'Thứ Tư, 18/11/2026' };
    const svg = await layoutSvg(ogCardTree(card, 'Ủy ban MTTQ Việt Nam thành phố Long Khánh', OG_FONT_FAMILY));
    const theirs = decode(new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().asPng());
    const ours = await renderOgImage(card, 'Ủy ban MTTQ Việt Nam thành phố Long Khánh', { cacheDir: null });
    expect(ours[25]).toBe(3); // indexed colour
    const mine = decode(ours);
    expect([mine.width, mine.height]).toEqual([theirs.width, theirs.height]);
    expect(mine.rgba.equals(theirs.rgba)).toBe(true);
  }, 60_000);
});
