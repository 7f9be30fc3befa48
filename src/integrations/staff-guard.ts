/**
 * The build refuses staff files before Astro reads any of them (runs first in
 * astro.config.mjs): symlinks, oversized files, invalid UTF-8, YAML anchors,
 * aliases and tags, and files under public/ of the wrong type or size. The same
 * rules as `npm run check:content` (src/content-check/files.ts), so a build
 * started without the checker still gives the same verdict. In `astro dev` (the
 * editor) the problems are printed, not fatal, so staff can fix them there.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { preflight } from '../content-check/files';
import { formatProblem, problemsError } from '../content-check/problems';

export default function staffGuard(): AstroIntegration {
  return {
    name: 'mttq:staff-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = preflight(fileURLToPath(config.root));
        if (problems.length === 0) return;
        if (command === 'build') throw problemsError('Tệp nội dung không được phép; sửa rồi dựng lại (npm run check:content để xem chi tiết)', problems);
        for (const p of problems) logger.warn(formatProblem(p));
      },
    },
  };
}
