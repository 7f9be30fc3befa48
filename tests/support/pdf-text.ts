/**
 * The text of a PDF with its font sizes and positions, as poppler's pdftohtml
 * reads it (`-xml -zoom 1`: sizes in points, positions in points from the top
 * left of each page). For tests that check printed sheets as printed, not their CSS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText { text: string; size: number; top: number; left: number; width: number; height: number }
export interface PdfPage { number: number; width: number; height: number; texts: PdfText[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)))
    .normalize('NFC');

export function pdfPages(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-pdf-'));
  try {
    writeFileSync(join(dir, 'print.pdf'), pdf);
    const xml = execFileSync('pdftohtml', ['-xml', '-zoom', '1', '-i', '-q', '-stdout', join(dir, 'print.pdf')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const sizes = new Map<string, number>();
    for (const m of xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)) sizes.set(m[1]!, Number(m[2]));
    return [...xml.matchAll(/<page number="(\d+)"[^>]*height="([\d.]+)" width="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
      number: Number(p[1]),
      height: Number(p[2]),
      width: Number(p[3]),
      texts: [...p[4]!.matchAll(/<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)" font="(\d+)">([\s\S]*?)<\/text>/g)]
        .map((t) => ({ top: Number(t[1]), left: Number(t[2]), width: Number(t[3]), height: Number(t[4]), size: sizes.get(t[5]!) ?? 0, text: decode(t[6]!) }))
        .filter((t) => t.text.trim() !== ''),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of a text, for matching across line breaks. */
export const wordsOf = (s: string): string[] => s.normalize('NFC').split(/[\s,.;:()–-]+/).filter(Boolean);
