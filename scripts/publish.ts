// `npm run publish -- <target dir>`: check, build, and switch the live site in one step.
//   1. `node scripts/build.mjs`: checks content and builds into dist/ (a failure stops here).
//   2. Copies dist/ into <target>/releases/.dang-chep-<id>/, then renames it to releases/<id>/.
//   3. Points the link <target>/current at it with one atomic rename (nginx's root is <target>/current).
//   4. Keeps the last PUBLISH_KEEP releases (default 5; never the live one).
// A failure in any step before 3 leaves <target>/current exactly as it was.
// `npm run rollback -- <target dir>`: points current back at the release before it, and holds the commit
// it left: later runs of `npm run publish` (the daily one) skip that commit and say so, until a newer commit
// is published or `npm run publish -- <dir> --force` publishes it on purpose. `--undo` reverses the last rollback.
// One publish or rollback at a time per target: a second waits for the lock (<target>/.publish.lock, with the
// pid of the holder; a lock whose process is gone is taken over), at most PUBLISH_LOCK_WAIT seconds (1800).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CURRENT_LINK, DEFAULT_KEEP, HOLD_FILE, LOCK_FILE, RELEASES_DIR, heldBack, holdAfterRollback, lockVerdict, parseHold, previousRelease, releaseId, releasesToPrune,
} from '../src/lib/releases';

const args = process.argv.slice(2);
const rollback = args.includes('--rollback');
const undo = args.includes('--undo');
const force = args.includes('--force');
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
const holdPath = join(target, HOLD_FILE);
const readText = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};
const readHold = () => parseHold(readText(holdPath));

// One at a time: take the lock, or wait for the run that holds it.
const lockPath = join(target, LOCK_FILE);
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
async function takeLock(): Promise<void> {
  mkdirSync(target, { recursive: true });
  const waitUntil = Date.now() + Number(process.env.PUBLISH_LOCK_WAIT ?? 1800) * 1000;
  let told = false;
  for (;;) {
    try {
      writeFileSync(lockPath, `${process.pid}\n${command}\n${new Date().toISOString()}\n`, { flag: 'wx' });
      process.on('exit', () => {
        if (readText(lockPath)?.startsWith(`${process.pid}\n`)) rmSync(lockPath, { force: true });
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fail(`Không tạo được tệp khóa ${lockPath}: ${(error as Error).message}`);
    }
    const verdict = lockVerdict(readText(lockPath), isRunning);
    if (verdict.state === 'stale') {
      console.log(`  Bỏ tệp khóa cũ ${lockPath} (tiến trình ${verdict.pid ?? 'không rõ'} không còn chạy).`);
      rmSync(lockPath, { force: true });
      continue;
    }
    if (verdict.state === 'held') {
      if (!told) console.log(`  Đang có một lần đăng/quay lại khác (tiến trình ${verdict.pid}); chờ nó xong rồi chạy tiếp…`);
      told = true;
      if (Date.now() > waitUntil) fail(`Đã chờ quá lâu lần đăng khác (tiến trình ${verdict.pid}); thử lại sau`);
    }
    await sleep(500);
  }
}
await takeLock();

if (rollback && undo) {
  const hold = readHold();
  const last = hold?.rolledBack.at(-1);
  if (!last) fail('Không có lần quay lại nào để hoàn tác');
  if (!existsSync(join(releases, last.release))) fail(`Bản ${last.release} không còn (đã bị xóa khi dọn bản cũ); đăng lại bằng npm run publish -- ${targetArg} --force`);
  switchTo(last.release);
  const rest = hold!.rolledBack.slice(0, -1);
  if (rest.length) writeFileSync(holdPath, `${JSON.stringify({ rolledBack: rest }, null, 2)}\n`);
  else rmSync(holdPath, { force: true });
  console.log(`✓ Đã hoàn tác lần quay lại: trang chạy lại bản ${last.release}${last.commit ? ` (commit ${last.commit})` : ''}; commit này không còn bị giữ lại.`);
  process.exit(0);
}

if (rollback) {
  const live = liveRelease();
  const previous = previousRelease(names(), live);
  if (!previous) fail(`Không có bản nào trước bản ${live ?? '(chưa đăng bản nào)'} để quay lại`);
  switchTo(previous);
  const hold = holdAfterRollback(readHold(), live!, previous, new Date());
  writeFileSync(holdPath, `${JSON.stringify(hold, null, 2)}\n`);
  const held = hold.rolledBack.at(-1)!;
  console.log(`✓ Đã quay lại bản ${previous} (bản vừa thay: ${live}${held.commit ? `, commit ${held.commit}` : ''}).`);
  console.log(held.commit
    ? `  Lần đăng tự động (hằng ngày, hay khi chạy lại) sẽ BỎ QUA commit ${held.commit} cho tới khi có commit mới hơn được đăng (ghi trong ${holdPath}).`
    : `  Bản ${live} không ghi commit; lần đăng sau sẽ đăng bản mới nhất của kho.`);
  console.log(`  Hoàn tác (chạy lại bản ${live}): npm run rollback -- ${targetArg} --undo`);
  console.log(`  Cố ý đăng lại chính commit đó: npm run publish -- ${targetArg} --force`);
  process.exit(0);
}

const live = liveRelease();
const commit = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout?.trim();
// 0. A commit that was rolled back stays back: the daily run skips it (and says so) unless --force.
const held = heldBack(readHold(), commit);
if (held && !force) {
  console.log(`Bỏ qua: commit ${held.commit} đã bị quay lại (npm run rollback, ${held.at}: bản ${held.release} → ${held.to}); trang giữ bản ${live}.`);
  console.log(`  Lần đăng sẽ chạy lại khi có commit mới hơn. Cố ý đăng lại commit này: npm run publish -- ${targetArg} --force`);
  process.exit(0);
}
// 1. Check and build (scripts/build.mjs replaces dist/ only when both passed).
const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) fail('Kiểm tra nội dung hoặc dựng trang không đạt (xem lỗi ở trên); không đăng gì');
if (!existsSync(join('dist', 'index.html'))) fail('Bản dựng không có trang chủ (dist/index.html); không đăng gì');

// 2. A new release folder, complete before anyone can see it.
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

// 3. The switch; a commit published (a newer one, or this one with --force) ends the hold.
switchTo(id);
rmSync(holdPath, { force: true });

// 4. Old releases.
const keep = Number(process.env.PUBLISH_KEEP ?? DEFAULT_KEEP);
for (const old of releasesToPrune(names(), Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_KEEP, id)) rmSync(join(releases, old), { recursive: true, force: true });
console.log(`\n✓ Đã đăng bản ${id}${live ? ` (bản trước: ${live})` : ''}. Trang đang chạy: ${current}`);
console.log(`  Quay lại bản trước: npm run rollback -- ${targetArg}`);
