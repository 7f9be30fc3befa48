/**
 * Build-time guard for MDX content (registered in astro.config.mjs): refuses
 * anything that would run code, naming the file, before MDX is compiled and
 * evaluated; so code cannot run even if `npm run check:content` was skipped.
 * Also publishes the body as NFC.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findCode, normalizeTree } from './mdx';

export function remarkStaffContent() {
  return (tree: Root, file: VFile) => {
    const problems = findCode(tree);
    if (problems.length > 0) {
      const where = file.path ? relative(process.cwd(), file.path) : 'tệp MDX';
      const lines = problems.map((p) => `  ${where}${p.line ? `, dòng ${p.line}` : ''}: ${p.message}`);
      throw new Error(`Nội dung không được chứa mã (${where}):\n${lines.join('\n')}`);
    }
    normalizeTree(tree);
  };
}
