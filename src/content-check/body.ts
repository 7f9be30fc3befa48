/**
 * A staff MDX body as text → its problems: MDX syntax, then the allow-list
 * (no Node imports). `npm run check:content` (check.ts) and the web
 * editor (src/scripts/admin.ts, before saving) both run it, so the editor
 * refuses what the build refuses, with the same Vietnamese messages.
 */
import type { Root } from 'mdast';
import { parseMdx } from './mdx';
import { checkBody, type BodyProblem } from './body-policy';
import { bodyBoundProblem } from './bounds';

/**
 * Parses a staff body and judges it by the allow-list (body-policy.ts); `tree` is there when it parsed.
 * Lines are lines of the body. Never throws: a failure of the checker itself is a problem too.
 */
export function checkBodyText(body: string): { tree?: Root; problems: BodyProblem[] } {
  // Before the parser: a body over the bounds could keep it busy for minutes (bounds.ts).
  const bound = bodyBoundProblem(body);
  if (bound) return { problems: [bound] };
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? Number(/\((\d+):\d+/.exec(e.reason ?? '')?.[1] ?? NaN);
    return { problems: [{ line: Number.isNaN(line) ? undefined : line, message: mdxHint(e.reason ?? e.message) }] };
  }
  return { tree, problems: checkBody(tree) };
}

export function mdxHint(reason: string): string {
  const closing = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (closing) return `lỗi cú pháp: thẻ <${closing[1]}> mở mà không đóng; thêm </${closing[1]}> hoặc xóa thẻ (${reason})`;
  if (/Unexpected closing (tag|slash)/.test(reason)) return `lỗi cú pháp: có thẻ đóng mà không có thẻ mở tương ứng (${reason})`;
  if (/Unexpected character `!`/.test(reason) || /<!--/.test(reason)) return `lỗi cú pháp: tệp MDX không dùng được ghi chú <!-- -->; xóa nó (${reason})`;
  if (/Unexpected (character|end of file)/.test(reason) && /expression|`\{`|`\}`/.test(reason)) {
    return `lỗi cú pháp: dấu ngoặc nhọn { } không khớp; muốn viết dấu ngoặc nhọn thì viết \\{ và \\} (${reason})`;
  }
  if (/before name|after `<`/.test(reason)) return `lỗi cú pháp: dấu < được hiểu là mở thẻ; muốn viết dấu nhỏ hơn thì viết \\< (${reason})`;
  return `lỗi cú pháp MDX: ${reason}`;
}

