// Issue 18, class 7: a rollback holds, and publications never overlap. The real
// scripts/publish.ts (with src/lib/releases.ts) runs in a small Git project whose
// build step is a stand-in (it writes dist/ and logs when it starts and ends), so
// these tests run in seconds; the full check + build path is tests/build/publish-command.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, commitOfRelease } from '../../src/lib/releases';

let root = '';
let target = '';
const FAKE_BUILD = `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const log = (what) => appendFileSync('build.log', \`\${what} \${process.pid} \${Date.now()}\\n\`);
log('start');
await new Promise((r) => setTimeout(r, Number(process.env.FAKE_BUILD_MS ?? 0)));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.html', execSync('git rev-parse --short HEAD').toString());
log('end');
`;
const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
/** A new commit, at least a second after the last publication (release names are to the second, sorted by name). */
function commit(text: string): string {
  spawnSync('sleep', ['1.1']);
  writeFileSync(join(root, 'noi-dung.txt'), text);
  git('add', '-A');
  git('-c', 'user.name=Thử', '-c', 'user.email=thu@example.invalid', 'commit', '-qm', text);
  return git('rev-parse', '--short=7', 'HEAD');
}
function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/publish.ts', ...args], { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}
const publish = (...extra: string[]) => run([target, ...extra]);
const rollback = (...extra: string[]) => run(['--rollback', target, ...extra]);
const live = () => readFileSync(join(target, 'current', 'index.html'), 'utf8').trim();
const liveRelease = () => readlinkSync(join(target, 'current')).replace('releases/', '');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mttq-publish-'));
  target = mkdtempSync(join(tmpdir(), 'mttq-www-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  copyFileSync('scripts/publish.ts', join(root, 'scripts/publish.ts'));
  copyFileSync('src/lib/releases.ts', join(root, 'src/lib/releases.ts'));
  writeFileSync(join(root, 'scripts/build.mjs'), FAKE_BUILD);
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  writeFileSync(join(root, '.gitignore'), 'node_modules\ndist\nbuild.log\n');
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  git('init', '-q', '-b', 'main');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
});

describe('a rollback holds until a newer commit is published on purpose', () => {
  it('the daily run skips the rolled-back commit and says so; rollback says what it did and how to undo it', async () => {
    const first = commit('một');
    expect((await publish()).status).toBe(0);
    const second = commit('hai');
    expect((await publish()).status).toBe(0);
    expect(live()).toBe(second);

    const back = await rollback();
    expect(back.status, back.output).toBe(0);
    expect(live()).toBe(first);
    expect(back.output).toContain(`✓ Đã quay lại bản `);
    expect(back.output).toContain(`commit ${second}`);
    expect(back.output).toContain(`BỎ QUA commit ${second}`);
    expect(back.output).toContain(`Hoàn tác (chạy lại bản `);
    expect(back.output).toContain(`npm run rollback -- ${target} --undo`);

    // The next morning: same commit on main. Skipped, said so, live site unchanged, not an error.
    const daily = await publish();
    expect(daily.status, daily.output).toBe(0);
    expect(daily.output).toContain(`Bỏ qua: commit ${second} đã bị quay lại`);
    expect(live()).toBe(first);
    expect(existsSync(join(root, 'build.log'))).toBe(true);
    expect(readFileSync(join(root, 'build.log'), 'utf8').split('\n').filter((l) => l.startsWith('start'))).toHaveLength(2); // no third build

    // A newer commit is published, and ends the hold.
    const third = commit('ba');
    expect((await publish()).status).toBe(0);
    expect(live()).toBe(third);
    expect(existsSync(join(target, 'rollback-hold.json'))).toBe(false);
  }, 60_000);

  it('--undo goes back to the release rolled back from; --force republishes a held commit on purpose', async () => {
    commit('một');
    await publish();
    const second = commit('hai');
    await publish();
    const newest = liveRelease();
    expect(commitOfRelease(newest)).toBe(second);
    await rollback();
    const undone = await rollback('--undo');
    expect(undone.status, undone.output).toBe(0);
    expect(undone.output).toContain(`trang chạy lại bản ${newest}`);
    expect(liveRelease()).toBe(newest);
    await rollback();
    const forced = await publish('--force');
    expect(forced.status, forced.output).toBe(0);
    expect(live()).toBe(second);
  }, 60_000);
});

describe('two publishes at once', () => {
  it('the second waits for the first (the builds never overlap), and both publish', async () => {
    commit('một');
    const a = run([target], { FAKE_BUILD_MS: '3000' });
    // Start the second once the first holds the lock.
    for (let i = 0; i < 200 && !existsSync(join(target, LOCK_FILE)); i += 1) await new Promise((r) => setTimeout(r, 50));
    const b = run([target], { FAKE_BUILD_MS: '0' });
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.status, ra.output).toBe(0);
    expect(rb.status, rb.output).toBe(0);
    expect(ra.output + rb.output).toContain('chờ nó xong rồi chạy tiếp');
    const log = readFileSync(join(root, 'build.log'), 'utf8').trim().split('\n').map((l) => l.split(' '));
    expect(log.map((l) => l[0])).toEqual(['start', 'end', 'start', 'end']);
    expect(log[0]![1]).toBe(log[1]![1]); // one build ends before the other starts
    expect(existsSync(join(target, LOCK_FILE))).toBe(false);
  }, 60_000);

  it('a stale lock (its process is gone) is taken over, and said so', async () => {
    commit('một');
    const gone = spawnSync('node', ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(target, LOCK_FILE), `${gone}\nnpm run publish\n2026-01-01T00:00:00Z\n`);
    const result = await publish();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Bỏ tệp khóa cũ`);
    expect(result.output).toContain(`tiến trình ${gone} không còn chạy`);
  }, 60_000);
});
