/**
 * Reading staff MDX without running it: parse with the same remark stack the
 * build uses (remark-parse + remark-mdx + remark-gfm), then look for anything
 * that would run code, and for the images and links the body uses.
 * Used by `npm run check:content` and by the build's remark plugin.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import 'mdast-util-mdx';

export interface BodyProblem {
  line?: number;
  message: string;
}

export interface BodyUse {
  kind: 'link' | 'image';
  url: string;
  alt?: string;
  line?: number;
}

/** Elements that load or run code, or pull in other hosts. */
const BLOCKED_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'style', 'form']);

/** True for a URL a browser would run as code (`javascript:`, `vbscript:`), however it is spaced or cased. */
export function isScriptUrl(url: string): boolean {
  // Browsers drop control characters and white space inside the scheme.
  return /^(?:javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** Parses an MDX body; throws the parser's message (with line) on a syntax error. */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line;

/** Everything in the tree that would run code at build time or in a reader's browser. */
export function findCode(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const add = (node: Nodes, message: string) => problems.push({ line: lineOf(node), message });
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'không được dùng lệnh import/export: nội dung do cán bộ soạn không được chứa mã. Xóa dòng này');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, `không được dùng dấu ngoặc nhọn {${short(node.value)}}: trong tệp MDX đó là mã chạy khi dựng trang. Muốn viết dấu ngoặc nhọn thì viết \\{ và \\}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (name !== null && BLOCKED_ELEMENTS.has(name.toLowerCase())) {
          add(node, `không được dùng thẻ <${name}>: thẻ này chạy mã hoặc tải nội dung từ nơi khác. Xóa thẻ này`);
        } else if (name !== null && !/^[a-z][a-z0-9-]*$/.test(name)) {
          add(node, `không dùng được thành phần <${name}>: chỉ dùng chữ thường, ảnh, liên kết hoặc thẻ HTML thông thường (chữ thường, ví dụ <strong>)`);
        }
        for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            add(node, `thẻ <${name ?? ''}> có {${short(attribute.value)}}: đó là mã chạy khi dựng trang. Xóa phần trong ngoặc nhọn`);
            continue;
          }
          if (/^on/i.test(attribute.name)) {
            add(node, `không được dùng thuộc tính ${attribute.name}=… (mã chạy khi người đọc bấm hoặc mở trang). Xóa thuộc tính này`);
          }
          const value = attribute.value;
          if (value !== null && value !== undefined && typeof value !== 'string') {
            add(node, `thuộc tính ${attribute.name}={${short(value.value)}} là mã chạy khi dựng trang; viết ${attribute.name}="giá trị" (trong ngoặc kép)`);
          } else if (typeof value === 'string' && isScriptUrl(value)) {
            add(node, `không được dùng liên kết "javascript:" (${attribute.name}="${short(value)}"); dùng địa chỉ trang, ví dụ /thong-bao/`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (isScriptUrl(node.url)) add(node, `không được dùng liên kết "javascript:" (${short(node.url)}); dùng địa chỉ trang, ví dụ /thong-bao/`);
        break;
    }
  });
  return problems;
}

/** Links and images the body uses (Markdown and HTML-style), with alt text for images. */
export function findUses(tree: Root): BodyUse[] {
  const uses: BodyUse[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });
  visit(tree, (node: Nodes) => {
    if (node.type === 'link') uses.push({ kind: 'link', url: node.url, line: lineOf(node) });
    else if (node.type === 'image') uses.push({ kind: 'image', url: node.url, alt: node.alt ?? '', line: lineOf(node) });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url === undefined) return;
      if (node.type === 'linkReference') uses.push({ kind: 'link', url, line: lineOf(node) });
      else uses.push({ kind: 'image', url, alt: node.alt ?? '', line: lineOf(node) });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'a' || node.name === 'img')) {
      const attr = (n: string) => {
        const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === n);
        return typeof a?.value === 'string' ? a.value : a ? '' : undefined;
      };
      if (node.name === 'a') {
        const href = attr('href');
        if (href !== undefined) uses.push({ kind: 'link', url: href, line: lineOf(node) });
      } else {
        uses.push({ kind: 'image', url: attr('src') ?? '', alt: attr('alt') ?? '', line: lineOf(node) });
      }
    }
  });
  return uses;
}

/** NFC for every piece of text in the tree, so pasted NFD or mixed text is published composed. */
export function normalizeTree(tree: Root): void {
  visit(tree, (node: Nodes) => {
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) {
      node.value = node.value.normalize('NFC');
    }
    if ((node.type === 'image' || node.type === 'imageReference') && node.alt) node.alt = node.alt.normalize('NFC');
    if ((node.type === 'link' || node.type === 'image') && node.title) node.title = node.title.normalize('NFC');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') a.value = a.value.normalize('NFC');
    }
  });
}

function short(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > 40 ? `${folded.slice(0, 40)}…` : folded;
}
