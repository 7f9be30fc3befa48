/**
 * Build-time guard for MDX content (registered in astro.config.mjs): applies the
 * body allow-list (body-policy.ts) before MDX is compiled, so nothing a body
 * names is imported, read or run, even if `npm run check:content` was skipped.
 * Runs before Astro's own image collection. Also publishes the body as NFC.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { normalizeTree } from './mdx';
import { checkBody } from './body-policy';
import { problemsError } from './problems';

export function remarkStaffContent() {
  return (tree: Root, file: VFile) => {
    const problems = checkBody(tree);
    if (problems.length > 0) {
      const where = file.path ? relative(process.cwd(), file.path).split('\\').join('/') : 'tệp MDX';
      throw problemsError(`Nội dung có phần không được phép (${where}); sửa rồi dựng lại`, problems.map((p) => ({ file: where, ...p })));
    }
    normalizeTree(tree);
  };
}
