// `npm run build`: check content, build beside the live site into .dist-next/,
// and only when everything passed swap it into dist/. A failed build leaves the
// previous dist/ exactly as it was. SKIP_CONTENT_CHECK=1 exists only so tests
// can prove the build-time guard (remark plugin) holds on its own.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const NEXT = '.dist-next';
const OLD = '.dist-old';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const fail = (what) => {
  console.error(`\n✗ ${what}. Trang đang chạy (dist/) được giữ nguyên, không thay đổi.`);
  rmSync(join(root, NEXT), { recursive: true, force: true });
  process.exit(1);
};

if (!process.env.SKIP_CONTENT_CHECK) {
  const check = spawnSync(bin('tsx'), ['scripts/check-content.ts', root], { stdio: 'inherit', env });
  if (check.status !== 0) fail('Kiểm tra nội dung không đạt');
}

rmSync(join(root, NEXT), { recursive: true, force: true });
const build = spawnSync(bin('astro'), ['build'], { stdio: 'inherit', env: { ...env, ASTRO_OUT_DIR: NEXT } });
if (build.status !== 0) fail(`Dựng trang không thành công (astro build, mã ${build.status ?? build.signal})`);
if (!existsSync(join(root, NEXT, 'index.html'))) fail('Bản dựng mới không có trang chủ');

// Two renames, each atomic; the window without dist/ is between them only.
rmSync(join(root, OLD), { recursive: true, force: true });
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), join(root, OLD));
renameSync(join(root, NEXT), join(root, 'dist'));
rmSync(join(root, OLD), { recursive: true, force: true });
console.log('\n✓ Đã dựng xong và thay trang mới vào dist/.');
