/** Reading the built site (dist/) as a reader's browser would get it. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { walkFiles } from '../../src/node/files';

export const DIST = join(process.cwd(), 'dist');

/** The parsed HTML of a built page, by its URL path. */
export function page(path: string): HTMLElement {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No built page for ${path} (looked for ${file}); run npm run build first`);
  return parse(readFileSync(file, 'utf8'));
}

/** Visible text, NFC, white space folded. */
export function textOf(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export const SEED = join(process.cwd(), 'content', 'nguon', 'chuong-trinh-2020.txt');

/** Headings and items read straight from the seed document, independent of content/. */
export function seedOutline() {
  const lines = readFileSync(SEED, 'utf8').normalize('NFC').split('\n');
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const headings: { number: string; title: string }[] = [];
  const items: { marker: string; text: string; heading: string }[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const heading = /^(\d+(?:\.\d+)*)\.\s+(.*)$/.exec(line);
    if (heading && i > 5) headings.push({ number: heading[1]!, title: fold(heading[2]!) });
    else if (/^[-+] /.test(line)) items.push({ marker: line[0]!, text: fold(line.slice(2)), heading: headings.at(-1)?.number ?? '' });
  });
  return { headings, items, title: `${fold(lines[0]!)} ${fold(lines[1]!)}`, basis: fold(lines[2]!), preamble: fold(lines[4]!) };
}

/** Every built HTML file under a folder (the search index folder skipped). */
export function htmlFiles(dir: string = DIST): string[] {
  return walkFiles(dir, { skipDir: (rel) => rel.split('/').at(-1) === 'pagefind' })
    .files.filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The public pages: every built page but the staff editor under /admin/ (tested in admin.test.ts). */
export function publicHtmlFiles(): string[] {
  return htmlFiles().filter((f) => !relative(DIST, f).startsWith('admin/'));
}

/** The URL path a built HTML file is served at: dist/a/index.html → /a/. */
export function pathOfFile(file: string): string {
  return '/' + relative(DIST, file).replace(/index\.html$/, '');
}
