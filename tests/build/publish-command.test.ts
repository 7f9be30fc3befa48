// `npm run publish -- <target>` and `npm run rollback -- <target>` against a
// temporary nginx root: nginx serves <target>/current (deploy/nginx.conf), the
// command checks, builds, adds a release folder and switches the link; a failed
// check or a failure in the middle never touches what nginx serves.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project';
import { hasNginx, requireNginx, startNginx, type RunningNginx } from '../support/nginx';
import { isReleaseId } from '../../src/lib/releases';

requireNginx('the publish test');

const project = tempProject();
const target = mkdtempSync(join(tmpdir(), 'mttq-www-'));
chmodSync(target, 0o755); // nginx's workers run as another user, as on a server
const PORT = 4340 + (process.pid % 50);
let nginx: RunningNginx | undefined;

function npm(script: 'publish' | 'rollback', env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const args = script === 'publish' ? ['scripts/publish.ts', target] : ['scripts/publish.ts', '--rollback', target];
    const child = spawn(join(project.root, 'node_modules', '.bin', 'tsx'), args, { cwd: project.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}
const live = () => readlinkSync(join(target, 'current'));
const releases = () => readdirSync(join(target, 'releases')).sort();
const home = async () => (await fetch(`${nginx!.base}/thong-bao/`)).text();
const ANNOUNCEMENT = 'content/announcements/2026-11-28-hop-ban-thuong-truc.mdx';

beforeAll(async () => {
  if (!hasNginx) return;
  nginx = await startNginx(join(target, 'current'), PORT);
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(target, { recursive: true, force: true });
  project.cleanup();
});

describe.skipIf(!hasNginx)('npm run publish / npm run rollback', () => {
  let first = '';
  let second = '';

  it('the first publication: check, build, a release folder, the live link; nginx serves it', async () => {
    expect((await fetch(`${nginx!.base}/`)).status).not.toBe(200); // nothing live yet
    const result = await npm('publish');
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.output).toMatch(/✓ Đã đăng bản/);
    first = releases()[0]!;
    expect(isReleaseId(first)).toBe(true);
    expect(live()).toBe(join('releases', first));
    const page = await fetch(`${nginx!.base}/thong-bao/`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('Họp Ban Thường trực');
  }, 300_000);

  it('a second publication with a new announcement switches to it and keeps the first', async () => {
    project.write(ANNOUNCEMENT, `---\ntitle: "Họp Ban Thường trực tháng 12"\ndate: '2026-11-28'\nsummary: "Lịch họp Ban Thường trực."\n---\n\nNội dung.\n`);
    const result = await npm('publish');
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(releases()).toHaveLength(2);
    second = releases()[1]!;
    expect(live()).toBe(join('releases', second));
    expect(await home()).toContain('Họp Ban Thường trực tháng 12');
  }, 300_000);

  it('a failed check never touches the live site', async () => {
    project.write('content/announcements/2026-11-29-loi.mdx', `---\ntitle: "Lỗi"\ndate: '2026-02-30'\nsummary: ""\n---\n\n<script>alert(1)</script>\n`);
    const result = await npm('publish');
    expect(result.status).toBe(1);
    expect(result.output).toContain('Trang đang chạy');
    expect(result.output).toContain('content/announcements/2026-11-29-loi.mdx');
    expect(live()).toBe(join('releases', second));
    expect(releases()).toEqual([first, second]);
    expect(await home()).toContain('Họp Ban Thường trực tháng 12');
    rmSync(join(project.root, 'content/announcements/2026-11-29-loi.mdx'));
  }, 300_000);

  it('a failure in the middle (after copying, before the switch) leaves the live link and no half-copied folder', async () => {
    const result = await npm('publish', { PUBLISH_TEST_FAIL: 'after-copy' });
    expect(result.status, result.output.slice(-2000)).toBe(1);
    expect(result.output).toContain('được giữ nguyên');
    expect(live()).toBe(join('releases', second));
    expect(releases()).toEqual([first, second]);
    expect(await home()).toContain('Họp Ban Thường trực tháng 12');
  }, 300_000);

  it('rollback returns to the previous release, and says so when there is none before it', async () => {
    const back = await npm('rollback');
    expect(back.status, back.output).toBe(0);
    expect(live()).toBe(join('releases', first));
    const page = await fetch(`${nginx!.base}/thong-bao/`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('Họp Ban Thường trực tháng 12');
    const again = await npm('rollback');
    expect(again.status).toBe(1);
    expect(again.output).toContain(`Không có bản nào trước bản ${first}`);
    expect(live()).toBe(join('releases', first));
    expect(existsSync(join(target, 'releases', second))).toBe(true); // kept: publish again to return to it
  }, 60_000);
});
