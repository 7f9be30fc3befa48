/**
 * Short titles for item pages, proposed from the item's own words: its first
 * clause, cut at a comma or word boundary when long. Never composed, never
 * reworded; the report asks staff to check each one.
 */
import { cleanText } from '../text';

const MAX = 90;
const DANGLING = new Set(['về', 'của', 'và', 'với', 'cho', 'các', 'những', 'theo', 'trong', 'giữa', 'để', 'là', 'lần', 'thứ', 'tại', 'trên', 'đối', 'số', 'ngày', 'năm', 'hướng', 'nhằm', 'từ', 'đến', 'vào', 'dịp', 'khi', 'như', 'phòng']);

/** Index of the last opening mark left open, or -1. */
function unclosed(text: string, opening: string, closing: string): number {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === opening) stack.push(i);
    else if (text[i] === closing) stack.pop();
  }
  return stack.at(-1) ?? -1;
}

/** @example proposeTitle('Tuyên truyền thực hiện Luật Hợp tác xã.') === 'Tuyên truyền thực hiện Luật Hợp tác xã' */
export function proposeTitle(text: string): string {
  const clean = cleanText(text);
  // The first clause: up to the first colon, semicolon or full stop that ends a sentence.
  const end = clean.search(/[:;]|\.(?:\s|$|\/)/u);
  let title = end > 0 ? clean.slice(0, end) : clean;
  if (title.length > MAX) {
    const comma = title.lastIndexOf(',', MAX);
    const space = title.lastIndexOf(' ', MAX);
    title = title.slice(0, comma > MAX / 2 ? comma : space > 0 ? space : MAX);
    // Never end inside brackets or quotes ("… (18/11/1930", "… về “Đổi mới"): cut before the opening one.
    const open = Math.max(unclosed(title, '(', ')'), unclosed(title, '“', '”'));
    if (open > 0) title = title.slice(0, open);
    // Nor on half a name ("… Nghị quyết Trung") or a word that leads into the part cut off ("… về").
    const words = title.trim().split(' ');
    // Cut between two words (not before a bracket or a comma): the last words may be half of a name.
    const midName = open <= 0 && /^\s+[\p{L}\d]/u.test(clean.slice(title.trimEnd().length));
    const drop = (w: string) => (midName && /^[\p{Lu}\d]/u.test(w)) || DANGLING.has(w.toLowerCase().replace(/[,.]$/, ''));
    while (words.length > 4 && drop(words.at(-1)!)) words.pop();
    title = words.join(' ');
  }
  return title.replace(/[\s,.\-–(“"]+$/u, '').trim() || clean.slice(0, MAX);
}
