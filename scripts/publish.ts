// `npm run publish -- <target dir>`: check, build, and switch the live site in one step.
//   1. `node scripts/build.mjs`: checks content and builds into dist/ (a failure stops here).
//   2. Copies dist/ into <target>/releases/.dang-chep-<id>/, then renames it to releases/<id>/.
//   3. Points the link <target>/current at it with one atomic rename (nginx's root is <target>/current).
//   4. Keeps the last PUBLISH_KEEP releases (default 5; never the live one).
// A failure in any step before 3 leaves <target>/current exactly as it was.
// `npm run rollback -- <target dir>`: points current back at the release before it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CURRENT_LINK, DEFAULT_KEEP, RELEASES_DIR, previousRelease, releaseId, releasesToPrune } from '../src/lib/releases';

const args = process.argv.slice(2);
const rollback = args.includes('--rollback');
const targetArg = args.find((a) => !a.startsWith('--'));
const command = rollback ? 'npm run rollback' : 'npm run publish';
if (!targetArg) {
  console.error(`Thiếu thư mục đích. Cách dùng: ${command} -- /var/www/mttq-longkhanh`);
  process.exit(2);
}
const target = resolve(targetArg);
const releases = join(target, RELEASES_DIR);
const current = join(target, CURRENT_LINK);

function fail(message: string): never {
  console.error(`\n✗ ${message}\n  Trang đang chạy (${current}) được giữ nguyên, không thay đổi.`);
  process.exit(1);
}

/** The live release's name, or null before the first publication. */
function liveRelease(): string | null {
  if (!existsSync(current) && !isLink(current)) return null;
  if (!isLink(current)) fail(`${current} là một thư mục thật, không phải liên kết; chuyển nó sang chỗ khác rồi chạy lại ${command}`);
  return basename(readlinkSync(current));
}
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Points current at releases/<id>: a new link beside it, renamed over it (atomic on one file system). */
function switchTo(id: string): void {
  const next = join(target, `.${CURRENT_LINK}-${process.pid}`);
  rmSync(next, { force: true });
  symlinkSync(join(RELEASES_DIR, id), next); // relative: the target folder may be moved or mounted elsewhere
  renameSync(next, current);
}

const names = () => (existsSync(releases) ? readdirSync(releases) : []);

if (rollback) {
  const live = liveRelease();
  const previous = previousRelease(names(), live);
  if (!previous) fail(`Không có bản nào trước bản ${live ?? '(chưa đăng bản nào)'} để quay lại`);
  switchTo(previous);
  console.log(`✓ Đã quay lại bản ${previous} (bản vừa thay: ${live}). Đăng lại bản mới nhất: ${'npm run publish'} -- ${targetArg}`);
  process.exit(0);
}

const live = liveRelease();
// 1. Check and build (scripts/build.mjs replaces dist/ only when both passed).
const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) fail('Kiểm tra nội dung hoặc dựng trang không đạt (xem lỗi ở trên); không đăng gì');
if (!existsSync(join('dist', 'index.html'))) fail('Bản dựng không có trang chủ (dist/index.html); không đăng gì');

// 2. A new release folder, complete before anyone can see it.
const commit = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout?.trim();
let id = releaseId(new Date(), commit);
for (let n = 2; existsSync(join(releases, id)); n += 1) id = `${releaseId(new Date(), commit)}-${n}`;
const staging = join(releases, `.dang-chep-${id}`);
try {
  mkdirSync(releases, { recursive: true });
  cpSync('dist', staging, { recursive: true });
  if (process.env.PUBLISH_TEST_FAIL === 'after-copy') throw new Error('lỗi giả lập sau khi chép (chỉ dùng trong kiểm thử)');
  renameSync(staging, join(releases, id));
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail(`Chép bản dựng vào ${releases} không thành công: ${(error as Error).message}`);
}

// 3. The switch.
switchTo(id);

// 4. Old releases.
const keep = Number(process.env.PUBLISH_KEEP ?? DEFAULT_KEEP);
for (const old of releasesToPrune(names(), Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_KEEP, id)) rmSync(join(releases, old), { recursive: true, force: true });
console.log(`\n✓ Đã đăng bản ${id}${live ? ` (bản trước: ${live})` : ''}. Trang đang chạy: ${current}`);
console.log(`  Quay lại bản trước: npm run rollback -- ${targetArg}`);
