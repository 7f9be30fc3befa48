/**
 * Renders an Open Graph card (src/lib/og-card.ts) to PNG at build time: satori
 * lays it out (text shaping, line breaks), resvg draws it. The font is Be Vietnam
 * Pro from the @fontsource package (designed for Vietnamese; read from
 * node_modules, nothing is fetched). Fontsource splits it into latin, latin-ext
 * and vietnamese subsets: each is given satori under its own family name, and the
 * card asks for all three, so each letter (ư, ệ, đ, Ủ …) comes from the subset
 * that has it (under one shared name satori used only the first file).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_WIDTH, OG_HEIGHT, ogCardTree, type OgCard } from '../lib/og-card';
import { indexedPng } from './png';

const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const family = (subset: string) => `BeVietnamPro-${subset}`;

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
/** The font files, read once. */
export function loadFonts() {
  // The package's own folder (found through a file it exports), then its font files.
  const dir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource/be-vietnam-pro/LICENSE'));
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: family(subset),
      weight,
      style: 'normal' as const,
      data: readFileSync(join(dir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** The family list a card asks for: every subset. */
export const OG_FONT_FAMILY = SUBSETS.map(family).join(', ');

/** The SVG satori lays out for a tree (text drawn as paths). */
export function layoutSvg(tree: unknown, width = OG_WIDTH, height = OG_HEIGHT): Promise<string> {
  return satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
}

/**
 * What the pixels of a card depend on beyond its layout tree: the renderer's packages and the way this
 * file draws and writes it. Change RENDERER when changing either (a new key, so no stale picture is reused).
 */
const RENDERER = 'resvg fitTo width, indexed PNG level 3';
const packageVersion = (name: string) => (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
let rendererKey: string | undefined;
const versions = () => (rendererKey ??= JSON.stringify([RENDERER, ...['satori', '@resvg/resvg-js', '@fontsource/be-vietnam-pro'].map(packageVersion)]));

let drawn = 0;
/**
 * resvg's picture and the copy of its pixels (≈ 6 MB of native memory a card) are freed only when V8
 * collects their small JavaScript wrappers, and V8 does not count that memory: with few collections a
 * +2,000 build held 2 GB. Where the build exposes gc (scripts/build.mjs: --expose-gc), a young-generation
 * collection every 8 cards (about a millisecond: the wrappers are young), then a turn of the event loop for
 * their finalizers, keeps memory flat (300 cards: 2.0 GB → 0.3 GB).
 */
async function releaseNativeMemory(): Promise<void> {
  drawn += 1;
  const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
  if (drawn % 8 !== 0 || !gc) return;
  gc({ type: 'minor' });
  // The native memory is freed by finalizers that run on the next turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
}

/** The project's own cache of drawn cards (beside Astro's content cache; a fresh copy of the project starts empty). */
export const OG_CACHE_DIR = join(process.cwd(), '.astro', 'cache', 'og');

/**
 * The PNG of one card. A card drawn by an earlier build (same layout tree, same renderer versions) is read
 * from `cacheDir` instead of drawn again (≈ 25 ms of CPU a card: 2,000 announcements are most of a build).
 * `cacheDir: null` always draws.
 */
export async function renderOgImage(card: OgCard, organisation: string, { cacheDir = OG_CACHE_DIR as string | null } = {}): Promise<Buffer> {
  const tree = ogCardTree(card, organisation, OG_FONT_FAMILY);
  const file = cacheDir ? join(cacheDir, `${createHash('sha256').update(versions()).update(JSON.stringify(tree)).digest('hex')}.png`) : null;
  if (file) {
    try {
      return readFileSync(file);
    } catch {
      /* not drawn yet */
    }
  }
  const svg = await layoutSvg(tree);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  // The same pixels as resvg's own PNG, in an indexed PNG (src/node/png.ts); resvg's if a card ever has more colours.
  const png = indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
  await releaseNativeMemory();
  if (file && cacheDir) {
    // Written aside and renamed: a build stopped half-way never leaves half a picture to reuse.
    try {
      mkdirSync(cacheDir, { recursive: true });
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, png);
      renameSync(part, file);
    } catch {
      /* an unwritable cache only means the next build draws the card again */
    }
  }
  return png;
}
