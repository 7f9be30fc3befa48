/** deploy/nginx.conf run on loopback by a test (its own pid, temp folder and port); stopped by its pid. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stop } from './processes';

export const NGINX = '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX);

/** Says loudly that nginx is missing (a failure in CI). */
export function requireNginx(what: string): void {
  if (hasNginx) return;
  const message = `nginx is not installed (apt-get install -y nginx libnginx-mod-http-brotli-static): ${what} cannot run`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!! SKIPPED: ${message}\n`);
}

/** deploy/nginx.conf, listening on 127.0.0.1:<port>, serving `root`, with the snippets from deploy/. */
export function siteConfig(root: string, port: number, project = process.cwd()): string {
  return readFileSync(join(project, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen \[::\]:80;\n/, '')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${root};`)
    .replace(/\/etc\/nginx\/snippets\/[a-z0-9-]+-security-headers(-search|-admin)?\.conf/g, (_m, variant: string | undefined) => join(project, `deploy/security-headers${variant ?? ''}.conf`));
}

export interface RunningNginx {
  base: string;
  stop: () => Promise<void>;
}

/** Starts nginx with the site config serving `root` and resolves once it answers. */
export async function startNginx(root: string, port: number): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-nginx-'));
  const temp = (name: string) => `${name} ${join(dir, name)};`;
  writeFileSync(join(dir, 'site.conf'), siteConfig(root, port));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')};`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map((d) => `  ${temp(d)}`),
      `  include ${join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const server = spawn(NGINX, ['-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const stopAll = async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base);
      return { base, stop: stopAll };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stopAll();
  throw new Error('nginx did not start');
}
