/**
 * The staff-content guard can never be silently dropped. Before anything is
 * compiled, the build stops unless the Markdown pipeline (`markdown.processor`,
 * which MDX inherits) is the remark one and holds `remarkStaffContent`; after the
 * pages are built, it stops unless the guard judged every staff body (every .mdx
 * of a collection). A missing package, a plugin turned into a warning or a
 * processor that skips plugins all end here, with a Vietnamese message.
 */
import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_FILES, CONTENT_DIR, collectionFiles } from '../schemas/collections';
import type { CollectionName } from '../schemas/index';
import { guardedFiles, remarkStaffContent } from '../content-check/remark-staff-content';

const FIX = 'khôi phục markdown.processor: unified({ remarkPlugins: STAFF_REMARK_PLUGINS }) trong astro.config.mjs và cài lại (npm ci)';

/** Every staff body the build must have judged: absolute paths of the collections' .mdx files. */
function staffBodies(root: string): string[] {
  const contentRoot = join(root, CONTENT_DIR);
  return (Object.keys(COLLECTION_FILES) as CollectionName[]).flatMap((name) =>
    collectionFiles(contentRoot, name)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join(contentRoot, COLLECTION_FILES[name].folder, f)),
  );
}

export default function guardCoverage(): AstroIntegration {
  let root = '';
  return {
    name: 'mttq:guard-coverage',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        const processor = config.markdown.processor as { name?: string; options?: { remarkPlugins?: unknown[] } } | undefined;
        const plugins = (processor?.options?.remarkPlugins ?? []).map((p) => (Array.isArray(p) ? p[0] : p));
        if (processor?.name !== 'unified' || !plugins.includes(remarkStaffContent)) {
          throw new Error(`Bộ kiểm tra nội dung (remarkStaffContent) không có trong quy trình dựng Markdown/MDX: dừng dựng, không trang nào được đăng. Cách sửa: ${FIX}.`);
        }
        if (!config.integrations.some((i) => i.name === '@astrojs/mdx')) {
          throw new Error('Thiếu @astrojs/mdx trong astro.config.mjs: các tệp .mdx sẽ không qua bộ kiểm tra nội dung. Dừng dựng.');
        }
      },
      'astro:build:done': () => {
        const seen = guardedFiles();
        const missed = staffBodies(root).filter((f) => !seen.has(f));
        if (missed.length === 0) return;
        const list = missed.map((f) => `  ${relative(root, f).split('\\').join('/')}`).join('\n');
        throw new Error(`Bộ kiểm tra nội dung không chạy trên ${missed.length} tệp; bản dựng bị từ chối (dist/ giữ nguyên):\n${list}\nCách sửa: ${FIX}.`);
      },
    },
  };
}
