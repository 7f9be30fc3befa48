/**
 * Build-time guard for MDX content (registered in astro.config.mjs as part of
 * STAFF_REMARK_PLUGINS): applies the body allow-list (body-policy.ts) before MDX
 * is compiled, so nothing a body names is imported, read or run, even if
 * `npm run check:content` was skipped. Runs before Astro's own image collection.
 * Also publishes the body as NFC, and records each body it judged, so the build
 * can prove it ran on every one (src/integrations/guard-coverage.ts).
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { normalizeTree, STAFF_SYNTAX_PLUGINS } from './mdx';
import { checkBody } from './body-policy';
import { problemsError } from './problems';

const GUARDED = Symbol.for('mttq.staff-guard.guarded-files');

/** Absolute paths of the bodies the guard judged in this process (shared by every copy of this module). */
export function guardedFiles(): Set<string> {
  const registry = globalThis as { [GUARDED]?: Set<string> };
  return (registry[GUARDED] ??= new Set<string>());
}

export function remarkStaffContent() {
  return (tree: Root, file: VFile) => {
    if (file.path) guardedFiles().add(file.path);
    const problems = checkBody(tree);
    if (problems.length > 0) {
      const where = file.path ? relative(process.cwd(), file.path).split('\\').join('/') : 'tệp MDX';
      throw problemsError(`Nội dung có phần không được phép (${where}); sửa rồi dựng lại`, problems.map((p) => ({ file: where, ...p })));
    }
    normalizeTree(tree);
  };
}

/** The remark plugins of every staff body in the build: the checker's syntax (mdx.ts), then the guard. */
export const STAFF_REMARK_PLUGINS = [...STAFF_SYNTAX_PLUGINS, remarkStaffContent];
