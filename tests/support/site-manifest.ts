/**
 * The page manifest of a build: every public page's URL with its visible text, and every data
 * file (.ics, .json, .xml, .txt) with a hash of its content, timestamps removed. Built with the
 * build instant pinned (SOURCE_DATE_EPOCH), two builds of the same content give the same manifest
 * whatever the Astro, Vite or Node version: it is how a platform change proves "same site".
 *
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HTMLElement, Node, TextNode, parse } from 'node-html-parser';
import { walkFiles } from '../../src/node/files';

export const MANIFEST_FILE = join(process.cwd(), 'tests', 'build', 'site-manifest.json');
/** The instant the manifest build is pinned to: 27/11/2020, a day inside the 2020 program. */
export const MANIFEST_EPOCH = '1606435200';

export type SiteManifest = { pages: Record<string, string>; files: Record<string, string> };

const BLOCKS = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** Text of a node with a line break around each block element, so only white space inside a line counts. */
function blockText(node: Node): string {
  if (node instanceof TextNode) return node.rawText;
  if (!(node instanceof HTMLElement)) return '';
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (tag === 'script' || tag === 'style' || tag === 'template') return '';
  const inner = node.childNodes.map(blockText).join('');
  return BLOCKS.has(tag) ? `\n${inner}\n` : inner;
}

/**
 * Title and visible text of an HTML page, one line per block, NFC, white space folded inside each line:
 * words run together across inline elements ("chínhỦy ban") show as a difference, white space between
 * blocks (which no reader sees) does not.
 */
export function pageText(html: string): string {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: true } });
  const title = root.querySelector('title')?.textContent ?? '';
  const body = root.querySelector('body') ?? root;
  return [title, ...decode(blockText(body)).split('\n')]
    .map((line) => line.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const decode = (text: string) => parse(`<p>${text.replace(/</g, '&lt;')}</p>`).textContent;

/** A data file without what depends on the moment it was built or the tool versions. */
function stableData(path: string, text: string): string {
  if (path.endsWith('.ics')) return text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:');
  if (path.endsWith('.xml')) return text.replace(/<(lastBuildDate|lastmod|pubDate)>[^<]*<\/\1>/g, '<$1/>');
  // The header search box's warm-up list names hashed files: its shape, not the hashes.
  if (path.endsWith('tim-kiem/tai-truoc.json')) return text.replace(/[\w.-]+\.(js|css|pf_meta|pf_index)"/g, '*.$1"').replace(/\?ts=\d+/g, '?ts=');
  return text;
}

export function siteManifest(dist: string): SiteManifest {
  const manifest: SiteManifest = { pages: {}, files: {} };
  // Not the site's text: the search index, hashed assets, the staff editor, and the content-layer cache
  // that Astro 5 wrote into an out-of-project outDir (cache/, collections/).
  const skip = ['pagefind', '_astro', 'admin', 'cache', 'collections'];
  const { files } = walkFiles(dist, { skipDir: (rel) => skip.includes(rel.split('/')[0]!) });
  for (const rel of files.sort()) {
    const path = '/' + rel;
    if (rel.endsWith('.html')) manifest.pages[path.replace(/index\.html$/, '')] = pageText(readFileSync(join(dist, rel), 'utf8'));
    else if (/\.(ics|json|xml|txt)$/.test(rel)) {
      const text = stableData(rel, readFileSync(join(dist, rel), 'utf8'));
      manifest.files[path] = createHash('sha256').update(text).digest('hex').slice(0, 16);
    }
  }
  return manifest;
}

/** Builds the site with the build instant pinned, in Vietnam's time zone, into `outDir`. */
export function pinnedBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('astro', ['build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', ASTRO_OUT_DIR: outDir, SOURCE_DATE_EPOCH: MANIFEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed (${result.status ?? result.signal})`);
}

// `npm run manifest:write`: pinned build into .dist-manifest/, then tests/build/site-manifest.json from it.
// `npx tsx tests/support/site-manifest.ts <dist>` prints the manifest of an existing build.
if (process.argv[1] && relative(process.cwd(), process.argv[1]).endsWith('site-manifest.ts')) {
  const write = process.argv.includes('--write');
  let dist = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!dist) {
    dist = '.dist-manifest';
    pinnedBuild(dist);
  }
  const manifest = siteManifest(dist);
  if (dist === '.dist-manifest') rmSync(dist, { recursive: true, force: true });
  const json = JSON.stringify(manifest, null, 1) + '\n';
  if (write) {
    writeFileSync(MANIFEST_FILE, json);
    console.log(`${MANIFEST_FILE}: ${Object.keys(manifest.pages).length} trang, ${Object.keys(manifest.files).length} tệp dữ liệu`);
  } else process.stdout.write(json);
}
