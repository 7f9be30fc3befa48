// The staff-content guard (remarkStaffContent) can never be silently dropped: in a copy of the
// project whose configuration loses the guard (taken out of the Markdown pipeline, or overridden
// by MDX's own plugin list), the build refuses, in Vietnamese, and publishes nothing; a body the
// guard would refuse never reaches the output. The real configuration builds (tests/build/*).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project';

const projects: ReturnType<typeof tempProject>[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

/** A body the guard refuses: a javascript: link. Without the guard it would be published. */
const HOSTILE = `---\ntitle: Thông báo thử\ndate: '2026-01-05'\nsummary: Tóm tắt.\n---\n\n[bấm vào đây](javascript:alert(1))\n`;

/** `npm run build` of a copy whose astro.config.mjs is changed by `edit`; only the build's own guards (no checker run). */
async function buildWith(edit: (config: string) => string): Promise<{ failed: boolean; output: string; root: string }> {
  const project = tempProject();
  projects.push(project);
  const configPath = join(project.root, 'astro.config.mjs');
  const config = readFileSync(configPath, 'utf8');
  const changed = edit(config);
  expect(changed, 'the edit applies to the current astro.config.mjs').not.toBe(config);
  writeFileSync(configPath, changed);
  project.write('content/announcements/2026-01-05-thu.mdx', HOSTILE);
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['scripts/build.mjs'], {
      cwd: project.root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKIP_CONTENT_CHECK: '1' },
    });
    return { failed: false, output: stdout + stderr, root: project.root };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, root: project.root };
  }
}

/** Whether anything was published: the atomic build swaps its output into dist/ only when everything passed. */
const published = (root: string) => existsSync(join(root, 'dist')) || existsSync(join(root, '.dist-next'));

describe('the staff-content guard cannot be dropped from the build', () => {
  it('refuses a Markdown pipeline without the guard', async () => {
    const result = await buildWith((c) => c.replace('unified({ remarkPlugins: STAFF_REMARK_PLUGINS })', 'unified({ remarkPlugins: STAFF_REMARK_PLUGINS.slice(0, -1) })'));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('Bộ kiểm tra nội dung (remarkStaffContent) không có trong quy trình dựng Markdown/MDX');
    expect(published(result.root)).toBe(false);
  }, 200_000);

  it('refuses a build in which MDX was given its own plugin list and skipped the guard', async () => {
    const result = await buildWith((c) =>
      c.replace("import mdx from '@astrojs/mdx';", "import mdx from '@astrojs/mdx';\nimport remarkGfm from 'remark-gfm';").replace('    mdx(),', '    mdx({ remarkPlugins: [remarkGfm] }),'),
    );
    expect(result.failed).toBe(true);
    // MDX's own list replaces the inherited one: the guard never sees a body, and the coverage check says so.
    expect(result.output).toMatch(/Bộ kiểm tra nội dung không chạy trên \d+ tệp; bản dựng bị từ chối/);
    expect(result.output).toContain('content/announcements/2026-01-05-thu.mdx');
    expect(published(result.root)).toBe(false);
  }, 200_000);
});
