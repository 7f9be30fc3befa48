/**
 * What a staff-written body (the MDX under the `---` front matter) may contain:
 * an ALLOW-LIST. Anything not named here is refused, with a Vietnamese message
 * and the line, by `npm run check:content` and by the build (remark plugin,
 * before MDX is compiled, so nothing a body names is ever imported or read).
 *
 * Browser-safe on purpose (no node: imports): the web editor bundles it to
 * apply the same rules before it saves. HTML-style tags and attributes are
 * judged by hast-util-sanitize with STAFF_SCHEMA below; Markdown syntax by the
 * node types in MARKDOWN_NODES; URLs by linkProblem / imageProblem.
 */
import { sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import 'mdast-util-mdx';
import { findUses, isScriptUrl, type BodyUse } from './mdx';
import { IMAGE_DIR, IMAGE_TYPES } from '../lib/attachments';

export interface BodyProblem {
  line?: number;
  message: string;
}


/**
 * HTML-style tags staff may write, and their attributes: the same things the
 * Markdown syntax below makes. No `id`/`class`/`style`, no media but images.
 */
export const STAFF_SCHEMA: Schema = {
  tagNames: ['p', 'br', 'hr', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'em', 'i', 'strong', 'b', 'del', 's', 'code', 'blockquote', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['colSpan', 'rowSpan'],
    td: ['colSpan', 'rowSpan'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  // Each tag is judged on its own (ancestors are Markdown's business); nothing is silently removed.
  ancestors: {},
  clobber: [],
  strip: [],
  required: {},
};

/** Markdown constructs allowed (mdast node types); headings only at levels 2–4. */
const MARKDOWN_NODES = new Set([
  'root', 'paragraph', 'text', 'emphasis', 'strong', 'delete', 'break', 'thematicBreak', 'blockquote', 'list', 'listItem',
  'heading', 'table', 'tableRow', 'tableCell', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'inlineCode',
  'mdxJsxFlowElement', 'mdxJsxTextElement',
]);

const ALLOWED_SUMMARY = 'đoạn văn, tiêu đề ## đến ####, danh sách, chữ nghiêng/đậm, liên kết, trích dẫn >, bảng, ảnh trong /anh/';

/** Why a link target is refused, or null. Site paths start with one `/`; other hosts need http(s):// or mailto:. */
export function linkProblem(raw: string): string | null {
  const url = raw.trim();
  if (isScriptUrl(url)) return `không được dùng liên kết "javascript:" (${short(url)}); dùng địa chỉ trang, ví dụ /thong-bao/`;
  if (/[\\\u0000-\u001f\u007f]/.test(url)) return `liên kết "${short(url)}" có ký tự không hợp lệ (dấu \\ hoặc ký tự điều khiển); viết lại địa chỉ`;
  if (!validEscapes(url)) return `liên kết "${short(url)}" có dấu % viết sai; dấu % phải đi với hai chữ số hệ 16 (ví dụ %20), hoặc bỏ dấu %`;
  if (url === '' || url.startsWith('#')) return null;
  if (/^(?:https?:\/\/[^/\s]|mailto:[^\s])/i.test(url)) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return null;
  return `liên kết "${short(url)}" không rõ là trang nào: liên kết trong trang viết bắt đầu bằng dấu /, ví dụ /su-kien/; liên kết ra ngoài viết đủ https://`;
}

/** Why an image source is refused, or null: only files under /anh/ of the allowed types. */
export function imageProblem(raw: string, alt: string | undefined): string | null {
  const url = raw.trim();
  if (!alt?.trim()) return `ảnh "${short(url)}" thiếu lời mô tả (alt) cho người không xem được ảnh: viết ![mô tả ảnh](${short(url)})`;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return `ảnh "${short(url)}" lấy từ trang khác; trang không tải gì từ nơi khác: chép ảnh vào public/anh/ và viết /anh/ten-anh.jpg`;
  const name = url.slice(IMAGE_DIR.length);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!url.startsWith(IMAGE_DIR) || name === '' || /(^|\/)\.|[\\?#\u0000-\u001f\u007f]/.test(name) || !validEscapes(url)) {
    return `ảnh "${short(url)}" phải nằm trong thư mục public/anh/: chép ảnh vào đó và viết /anh/ten-anh.jpg`;
  }
  if (!(IMAGE_TYPES as readonly string[]).includes(ext)) return `ảnh "${short(url)}" không phải loại ảnh dùng được; chỉ dùng ${IMAGE_TYPES.map((t) => `.${t}`).join(', ')}`;
  return null;
}

/** Everything in a parsed body outside the allow-list, with lines (relative to the body). */
export function checkBody(tree: Root): BodyProblem[] {
  const problems = checkStructure(tree);
  for (const use of findUses(tree)) {
    const message = useProblem(use);
    if (message) problems.push({ line: use.line, message });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The policy's verdict on one link or image target. */
export const useProblem = (use: BodyUse): string | null => (use.kind === 'image' ? imageProblem(use.url, use.alt) : linkProblem(use.url));

/** Constructs, tags and attributes outside the allow-list (link and image targets are useProblem's). */
export function checkStructure(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const add = (node: { position?: { start: { line: number } } }, message: string) => problems.push({ line: node.position?.start.line, message });
  // Labels as CommonMark compares them (mdast's identifier: case folded, white space collapsed).
  const defined = new Set<string>();
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'definition': {
        if (defined.has(node.identifier)) {
          add(node, `địa chỉ [${short(node.label ?? node.identifier)}]: được khai báo hai lần (CommonMark chỉ dùng lần đầu); mỗi tên chỉ khai báo một lần: xóa một dòng`);
        } else defined.add(node.identifier);
        return;
      }
      case 'mdxjsEsm':
        add(node, 'không được dùng lệnh import/export: nội dung do cán bộ soạn không được chứa mã. Xóa dòng này');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, `không được dùng dấu ngoặc nhọn {${short(node.value)}}: trong tệp MDX đó là mã chạy khi dựng trang. Muốn viết dấu ngoặc nhọn thì viết \\{ và \\}`);
        return;
      case 'heading':
        if (node.depth < 2) add(node, 'tiêu đề cấp 1 (#) là tên trang, đã có sẵn; dùng ## cho tiêu đề trong bài');
        else if (node.depth > 4) add(node, `tiêu đề cấp ${node.depth} quá nhỏ; chỉ dùng ##, ### hoặc ####`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of elementProblems(node.name, node.attributes)) add(node, message);
        return;
      default:
        if (!MARKDOWN_NODES.has(node.type)) {
          add(node, `không dùng được ${NODE_NAMES[node.type] ?? `"${node.type}"`} trong nội dung; chỉ dùng: ${ALLOWED_SUMMARY}`);
        }
    }
  });
  return problems;
}

const NODE_NAMES: Record<string, string> = {
  code: 'khối mã ``` (viết thành đoạn văn thường)',
  html: 'mã HTML',
  footnoteReference: 'chú thích cuối trang [^…] (viết chú thích ngay trong đoạn văn)',
  footnoteDefinition: 'chú thích cuối trang [^…]: (viết chú thích ngay trong đoạn văn)',
  yaml: 'phần thông tin --- thứ hai',
};

/** The sanitizer's verdict on one HTML-style tag and each of its attributes. */
function elementProblems(name: string | null, attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): string[] {
  if (name === null) return ['không dùng được thẻ rỗng <>…</>; xóa nó'];
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    return [`không dùng được thẻ hay thành phần <${short(name)}>: chỉ dùng chữ thường, ảnh, liên kết hoặc các thẻ ${tagList()}`];
  }
  const kept = sanitize(h(name, {}), STAFF_SCHEMA);
  if (kept.type !== 'element' || kept.tagName !== name) {
    const why = RAW_TEXT.has(name) || LOADS.has(name) ? 'thẻ này chạy mã, tải nội dung từ nơi khác hoặc làm hỏng trang' : 'thẻ này không có trong danh sách được phép';
    return [`không được dùng thẻ <${name}>: ${why}. Chỉ dùng các thẻ ${tagList()}, hoặc viết bằng Markdown`];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const attribute of attributes) {
    // A repeated attribute: one reader keeps the first, another the last; refused whatever the values.
    if (attribute.type === 'mdxJsxAttribute') {
      const key = attribute.name.toLowerCase();
      if (seen.has(key)) {
        problems.push(`thẻ <${name}> có thuộc tính ${attribute.name} viết hai lần; mỗi thuộc tính chỉ viết một lần: xóa một`);
        continue;
      }
      seen.add(key);
    }
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`thẻ <${name}> có {${short(attribute.value)}}: đó là mã chạy khi dựng trang. Xóa phần trong ngoặc nhọn`);
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      problems.push(`thuộc tính ${attribute.name}={${short(value.value)}} là mã chạy khi dựng trang; viết ${attribute.name}="giá trị" (trong ngoặc kép)`);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      problems.push(`không được dùng thuộc tính ${attribute.name}=… (mã chạy khi người đọc bấm hoặc mở trang). Xóa thuộc tính này`);
      continue;
    }
    // One spelling per attribute (HTML ignores case: HREF= would be href= without the link rules).
    if (attribute.name !== attribute.name.toLowerCase() && !['colSpan', 'rowSpan'].includes(attribute.name)) {
      problems.push(`thuộc tính ${attribute.name} của thẻ <${name}> phải viết chữ thường (${attribute.name.toLowerCase()})`);
      continue;
    }
    // The target of a link or image is judged (and worded once) by linkProblem / imageProblem.
    if ((name === 'a' && attribute.name === 'href') || (name === 'img' && attribute.name === 'src')) continue;
    let element;
    try {
      element = h(name, { [attribute.name]: value ?? true });
    } catch {
      element = null;
    }
    const before = element ? Object.keys(element.properties) : [];
    const after = element ? sanitize(element, STAFF_SCHEMA) : null;
    const afterProps = after?.type === 'element' ? after.properties : {};
    const dropped = before.length === 0 || before.some((key) => JSON.stringify(afterProps[key]) !== JSON.stringify(element!.properties[key]));
    if (dropped) {
      const allowed = (STAFF_SCHEMA.attributes?.[name] ?? []).map((a) => (typeof a === 'string' ? a : a[0]).toLowerCase());
      problems.push(
        `thẻ <${name}> không dùng được thuộc tính ${attribute.name}${typeof value === 'string' ? `="${short(value)}"` : ''}` +
          (allowed.length ? `; thẻ này chỉ nhận: ${allowed.join(', ')}` : '; thẻ này không nhận thuộc tính nào') +
          (attribute.name === 'href' ? ' (liên kết ra ngoài viết đủ https://)' : ''),
      );
    }
  }
  return problems;
}

/** Elements whose content is raw text (a `</…>` inside an attribute ends them) or that load or run things. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'noscript', 'iframe', 'plaintext']);
const LOADS = new Set(['object', 'embed', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'form', 'video', 'audio', 'source', 'track', 'picture', 'svg', 'math', 'image', 'use', 'input', 'button']);

const tagList = () => (STAFF_SCHEMA.tagNames ?? []).map((t) => `<${t}>`).join(' ');

/** True when every `%` starts a valid escape and the escapes decode to UTF-8 (else decodeURI throws). */
function validEscapes(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

function short(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > 40 ? `${folded.slice(0, 40)}…` : folded;
}
