// `npm run editor`: the site's dev server with the web editor's file API turned
// on (EDITOR=1, see src/integrations/decap-cms.ts), on this computer only
// (127.0.0.1). Saving in the editor writes into content/ of this folder.
// Usage: npm run editor [-- <port>]   (default 4321)
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const port = Number(process.argv[2] ?? process.env.EDITOR_PORT ?? 4321);
const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EDITOR: '1' },
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
    console.log('  Lưu xong, kiểm tra bằng: npm run check:content   ·   Dừng: Ctrl+C\n');
  }
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
