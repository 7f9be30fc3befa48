/**
 * Bounded work per body: micromark (the parser of remark and @astrojs/mdx) is
 * superlinear on some shapes — many emphasis delimiters in one paragraph
 * (`*_a … a_*`: 16 KB took 10 s), deeply nested lists and quotes (`- - - … a`:
 * 16 KB took 54 s) — and a parse cannot be interrupted. So before anything
 * parses a body (checker, build preflight, web editor), a linear scan refuses
 * bodies over these bounds; within them the worst shapes found parse in the
 * time `npx tsx bench/parse-bound.ts` prints (figure in docs/huong-dan-bien-tap.md).
 * Browser-safe (no node: imports).
 */
import type { BodyProblem } from './body-policy';

/** Characters of one body (a long announcement is about 20,000). */
export const MAX_BODY_CHARS = 60_000;
/** Emphasis and strike-through marks (`*`, `_`, `~`) in one paragraph (a block between blank lines). */
export const MAX_MARKS_PER_PARAGRAPH = 120;
/** Brackets, `<` and backticks in one paragraph. */
export const MAX_BRACKETS_PER_PARAGRAPH = 240;
/** Nesting of lists and quotes: markers at the start of one line, and the indentation (columns) of a line. */
export const MAX_NESTING = 8;
export const MAX_INDENT = 32;
/** List items and quote markers (`>`) in one body: lists and quotes cost the parser quadratic time in their number. */
export const MAX_CONTAINER_MARKS = 400;

const LEAD = /^[ \t]*(?:(?:[>*+-]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)*/;

/** The first bound a body exceeds, as a problem for staff (line of the body), or null. Linear in the body's length. */
export function bodyBoundProblem(body: string): BodyProblem | null {
  if (body.length > MAX_BODY_CHARS) {
    return { message: `nội dung quá dài (${body.length.toLocaleString('vi-VN')} ký tự; tối đa ${MAX_BODY_CHARS.toLocaleString('vi-VN')}): chia thành nhiều bài, hoặc đính kèm văn bản dài thành tệp trong public/tep-dinh-kem/` };
  }
  const lines = body.split('\n');
  let marks = 0;
  let brackets = 0;
  let paragraphLine = 1;
  let containers = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.trim() === '') {
      marks = 0;
      brackets = 0;
      paragraphLine = i + 2;
      continue;
    }
    const lead = LEAD.exec(line)![0];
    const markers = lead.match(/(?:[>*+-]|\d{1,9}[.)])(?=[ \t]|$)/g)?.length ?? 0;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (markers > MAX_NESTING || indent > MAX_INDENT) {
      return { line: i + 1, message: `danh sách hoặc trích dẫn lồng nhau quá sâu (tối đa ${MAX_NESTING} cấp, thụt lề tối đa ${MAX_INDENT} dấu cách); viết phẳng hơn` };
    }
    containers += markers;
    if (containers > MAX_CONTAINER_MARKS) {
      return { line: i + 1, message: `nội dung có quá nhiều mục danh sách và dòng trích dẫn > (hơn ${MAX_CONTAINER_MARKS}); chia thành nhiều bài, hoặc đính kèm danh sách dài thành tệp trong public/tep-dinh-kem/` };
    }
    if (/(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/.test(lead)) {
      // A list item starts its own paragraph.
      marks = 0;
      brackets = 0;
      paragraphLine = i + 1;
    }
    for (let c = 0; c < line.length; c += 1) {
      const ch = line.charCodeAt(c);
      if (ch === 42 || ch === 95 || ch === 126) marks += 1; // * _ ~
      else if (ch === 91 || ch === 93 || ch === 60 || ch === 96) brackets += 1; // [ ] < `
    }
    if (marks > MAX_MARKS_PER_PARAGRAPH) {
      return { line: paragraphLine, message: `đoạn văn có quá nhiều dấu * _ ~ (hơn ${MAX_MARKS_PER_PARAGRAPH}); trình dựng trang xử lý rất chậm: chia đoạn bằng một dòng trống, hoặc bớt chữ nghiêng/đậm` };
    }
    if (brackets > MAX_BRACKETS_PER_PARAGRAPH) {
      return { line: paragraphLine, message: `đoạn văn có quá nhiều dấu [ ] < \` (hơn ${MAX_BRACKETS_PER_PARAGRAPH}); trình dựng trang xử lý rất chậm: chia đoạn bằng một dòng trống` };
    }
  }
  return null;
}
