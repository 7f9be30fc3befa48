/**
 * Matching keys for the importer: two spellings of one name (with or without
 * diacritics, old or new tone placement, other spacing, other quotes or case)
 * give one key, so an existing entry is found and never created twice.
 */
import { stripDiacritics } from '../text';

// Abbreviations these documents use for the same names, folded to one spelling.
const ABBREVIATIONS: [RegExp, string][] = [
  [/ mat tran to quoc /g, ' mttq '],
  [/ mttqvn /g, ' mttq viet nam '],
  [/ trung uong /g, ' tw '],
  [/ uy ban nhan dan /g, ' ubnd '],
  [/ hoi dong nhan dan /g, ' hdnd '],
];

function abbreviate(spaced: string): string {
  let out = spaced;
  for (const [long, short] of ABBREVIATIONS) out = out.replace(long, short);
  return out;
}

/** The matching key: lower case, no diacritics, đ→d, every run of non-letters one space, common abbreviations folded. @example matchKey('Uỷ  ban “Mặt trận Tổ quốc”') === 'uy ban mttq' */
export function matchKey(text: string): string {
  return abbreviate(` ${stripDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `).trim();
}

/** A document number's key: folded and without any spacing ("88/NQLT/CP - ĐCT" = "88/nqlt/cp-dct"). */
export function numberKey(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, '');
}

/** A text folded like matchKey, with the index in the original text of each folded character. */
export interface FoldedText {
  folded: string;
  origin: number[];
}

export function foldWithPositions(text: string): FoldedText {
  let folded = ' ';
  const origin = [0];
  let i = 0;
  for (const ch of text) {
    const f = stripDiacritics(ch).toLowerCase();
    for (const c of f) {
      if (/[a-z0-9]/.test(c)) {
        folded += c;
        origin.push(i);
      } else if (!folded.endsWith(' ')) {
        folded += ' ';
        origin.push(i);
      }
    }
    i += ch.length;
  }
  if (!folded.endsWith(' ')) {
    folded += ' ';
    origin.push(i);
  }
  for (const [long, short] of ABBREVIATIONS) {
    for (let at = folded.search(long); at >= 0; at = folded.search(long)) {
      const length = folded.slice(at).match(long)![0].length;
      const replacement = short;
      const kept = origin.slice(at, at + replacement.length);
      while (kept.length < replacement.length) kept.push(origin[at + length - 1]!);
      folded = folded.slice(0, at) + replacement + folded.slice(at + length);
      origin.splice(at, length, ...kept);
    }
  }
  return { folded, origin };
}

/** Where a name occurs in a folded text as whole words: the index in the original text, or -1. */
export function findName(text: FoldedText, name: string): number {
  const key = matchKey(name);
  if (!key) return -1;
  const at = text.folded.indexOf(` ${key} `);
  return at < 0 ? -1 : text.origin[at + 1]!;
}
