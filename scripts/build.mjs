// `npm run build`: check content and build beside the live site into .dist-next/
// at the same time (two cores), and only when both passed swap it into dist/.
// A failed build leaves the previous dist/ exactly as it was. SKIP_CONTENT_CHECK=1
// exists only so tests can prove the build-time guard (remark plugin) holds on its own.
import './node-version.mjs';
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const NEXT = '.dist-next';
const OLD = '.dist-old';
// --expose-gc: the OG pictures ask for a young-generation collection every few cards, to free resvg's native
// memory, which V8 does not count (src/node/og-image.ts). (Larger young-generation semi-spaces, 32 MB, saved
// CPU in some runs but held +2,000 announcements at 2.0 GB instead of 1.5 GB: not kept; README, Benchmarks.)
const NODE_OPTIONS = [process.env.NODE_OPTIONS, '--expose-gc'].filter(Boolean).join(' ');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const fail = (what) => {
  console.error(`\n✗ ${what}. Trang đang chạy (dist/) được giữ nguyên, không thay đổi.`);
  rmSync(join(root, NEXT), { recursive: true, force: true });
  process.exit(1);
};

/** Runs a command; `quiet` collects its output instead of printing it. */
function run(command, args, { quiet = false, extraEnv = {} } = {}) {
  const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...extraEnv } });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (d) => (output.stdout += d));
  child.stderr?.on('data', (d) => (output.stderr += d));
  const done = new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, ...output })));
  return { child, done };
}

rmSync(join(root, NEXT), { recursive: true, force: true });
// Astro prints as it goes; the check's short report is printed when it ends. The
// build itself refuses code in MDX too, so nothing runs before the check has spoken.
const build = run(bin('astro'), ['build'], { extraEnv: { ASTRO_OUT_DIR: NEXT } });
if (!process.env.SKIP_CONTENT_CHECK) {
  const check = await run(bin('tsx'), ['scripts/check-content.ts', root], { quiet: true }).done;
  process.stdout.write(check.stdout);
  process.stderr.write(check.stderr);
  if (check.status !== 0) {
    build.child.kill('SIGTERM');
    await build.done;
    fail('Kiểm tra nội dung không đạt');
  }
}
const built = await build.done;
if (built.status !== 0) fail(`Dựng trang không thành công (astro build, mã ${built.status ?? built.signal})`);
if (!existsSync(join(root, NEXT, 'index.html'))) fail('Bản dựng mới không có trang chủ');

// Two renames, each atomic; the window without dist/ is between them only.
rmSync(join(root, OLD), { recursive: true, force: true });
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), join(root, OLD));
renameSync(join(root, NEXT), join(root, 'dist'));
rmSync(join(root, OLD), { recursive: true, force: true });
console.log('\n✓ Đã dựng xong và thay trang mới vào dist/.');
