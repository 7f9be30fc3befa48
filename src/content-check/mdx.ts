/**
 * Reading staff MDX without running it: parse with the same remark stack the
 * build uses (remark-parse + remark-mdx + remark-gfm) and list the images and
 * links the body uses; body-policy.ts judges them. Browser-safe (no node:).
 */
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import 'mdast-util-mdx';

export interface BodyUse {
  kind: 'link' | 'image';
  url: string;
  alt?: string;
  line?: number;
}

/** True for a URL a browser would run as code (`javascript:`, `vbscript:`), however it is spaced or cased. */
export function isScriptUrl(url: string): boolean {
  // Browsers drop control characters and white space inside the scheme.
  return /^(?:javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** The syntax plugins of a staff body beyond MDX itself: the build's Markdown pipeline starts with these too. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a remark plugin's options differ per plugin
export const STAFF_SYNTAX_PLUGINS: Plugin<any[], Root>[] = [remarkGfm];

/** Parses an MDX body; throws the parser's message (with line) on a syntax error. */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(STAFF_SYNTAX_PLUGINS).parse(body) as Root;
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line;

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
