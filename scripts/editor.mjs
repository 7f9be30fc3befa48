// `npm run editor`: the site's dev server with the web editor's file API turned
// on (EDITOR=1, see src/integrations/decap-cms.ts), on this computer only
// (127.0.0.1). In a Git repository the editor works with drafts and review
// (decap-server's local Git mode: each draft is a branch, publishing merges it
// into the current branch); in a folder without Git it saves straight into
// content/. EDITOR_MODE=fs forces the latter.
// Usage: npm run editor [-- <port>]   (default 4321)
import './node-version.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const port = Number(process.argv[2] ?? process.env.EDITOR_PORT ?? 4321);
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' });
const branch = git('rev-parse', '--is-inside-work-tree').stdout.trim() === 'true' ? git('branch', '--show-current').stdout.trim() : '';
const mode = process.env.EDITOR_MODE === 'fs' || !branch ? 'fs' : 'git';
if (mode === 'git' && git('status', '--porcelain', '--', 'content', 'public').stdout.trim()) {
  console.warn('  Lưu ý: thư mục content/ hoặc public/ có thay đổi chưa commit; trình biên tập đổi nhánh Git khi lưu bản nháp, hãy commit trước.');
}
const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EDITOR: '1', EDITOR_MODE: mode, EDITOR_BRANCH: branch || 'main' },
});
let announced = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  // The address Astro actually took (it moves to the next port when one is busy).
  const address = /Local\s+(http:\/\/[^\s/]+)/.exec(String(chunk).replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
  if (!announced && address) {
    announced = true;
    console.log(`\n  Trình biên tập: ${address}/admin/   (bấm “Đăng nhập”, không cần mật khẩu)`);
    console.log(`  Xem trang:      ${address}/`);
    console.log(mode === 'git'
      ? `  Lưu là bản nháp (nhánh Git riêng); người duyệt bấm Công bố thì bài vào nhánh ${branch}. Đăng lên mạng: npm run publish   ·   Dừng: Ctrl+C\n`
      : '  Lưu là ghi thẳng vào content/ (thư mục này không phải kho Git). Đăng lên mạng: npm run publish   ·   Dừng: Ctrl+C\n');
  }
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
