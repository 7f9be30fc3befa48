/**
 * Short titles for item pages, proposed from the item's own words: its first
 * clause, cut at a comma or word boundary when long. Never composed, never
 * reworded; the report asks staff to check each one.
 */
import { cleanText } from '../text';

const MAX = 90;

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
  }
  return title.replace(/[\s,.\-–(“"]+$/u, '').trim() || clean.slice(0, MAX);
}
