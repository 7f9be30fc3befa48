/**
 * The pure part of the checker's rules for a staff MDX body: syntax, code,
 * images (no Node imports). `npm run check:content` (check.ts) and the web
 * editor (src/scripts/admin.ts, before saving) both run it, so the editor
 * refuses what the build refuses, with the same Vietnamese messages.
 */
import type { Root } from 'mdast';
import { findCode, parseMdx, type BodyProblem, type BodyUse } from './mdx';

/** Parses a body and lists what the site refuses in it; `tree` is there when it parsed. Lines are lines of the body. */
export function checkBody(body: string): { tree?: Root; problems: BodyProblem[] } {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? Number(/\((\d+):\d+/.exec(e.reason ?? '')?.[1] ?? NaN);
    return { problems: [{ line: Number.isNaN(line) ? undefined : line, message: mdxHint(e.reason ?? e.message) }] };
  }
  return { tree, problems: findCode(tree) };
}

/** What is wrong with an image whatever the files on disk: no alt text, or taken from another host. */
export function imageProblem(use: BodyUse): string | null {
  const url = use.url.trim();
  if (!use.alt?.trim()) return `ảnh "${url}" thiếu lời mô tả (alt) cho người không xem được ảnh: viết ![mô tả ảnh](${url})`;
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return `ảnh "${url}" lấy từ trang khác; trang không tải gì từ nơi khác: chép ảnh vào public/anh/ và viết /anh/ten-anh.jpg`;
  return null;
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

