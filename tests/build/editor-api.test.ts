// Issue 10, class 10: `npm run editor`'s file API, tried as a web page on
// another site would (DNS rebinding, another origin) and as a request naming
// files outside the editor's folders. Runs the real editor in a temp copy.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project';

const project = tempProject();
let editor: ChildProcess | undefined;
let port = 0;

beforeAll(async () => {
  editor = spawn('node', ['scripts/editor.mjs', String(Number(process.env.TEST_PORT ?? 4322) + 7)], {
    cwd: project.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`editor did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const match = /Trình biên tập: http:\/\/127\.0\.0\.1:(\d+)\/admin\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    editor!.stdout!.on('data', read);
    editor!.stderr!.on('data', read);
  });
}, 120_000);

afterAll(async () => {
  // Only the editor this test started, by its pid.
  if (editor && editor.exitCode === null) {
    const exited = new Promise((r) => editor!.once('exit', r));
    editor.kill('SIGTERM');
    await exited;
  }
  project.cleanup();
});

/** A POST to the file API with the given headers (node:http lets the test set Host, as a rebinding browser would send it). */
function api(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, path: '/api/v1/', method: 'POST', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const branch = 'main';

describe('the editor file API', () => {
  it('answers its own page (control)', async () => {
    expect((await api({ action: 'info' })).status).toBe(200);
    const entry = await api({ action: 'getEntry', params: { branch, path: 'content/events/quoc-khanh.yaml' } }, { origin: `http://127.0.0.1:${port}` });
    expect(entry.status).toBe(200);
    expect(entry.text).toContain('Quốc khánh');
    const saved = await api({ action: 'persistMedia', params: { branch, asset: { path: 'public/anh/hop.png', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } } });
    expect(saved.status).toBe(200);
    expect(readFileSync(join(project.root, 'public/anh/hop.png'), 'utf8')).toBe('x');
  });

  it.each([
    ['another Host (DNS rebinding)', { host: 'evil.example' }],
    ['another Host on this port', { host: `evil.example:${port}` }],
    ['another origin', { origin: 'https://evil.example' }],
    ['another local port', { origin: 'http://localhost:5173' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s before doing anything', async (_label, headers) => {
    const res = await api({ action: 'persistMedia', params: { branch, asset: { path: 'public/anh/a.png', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } } }, headers as Record<string, string>);
    expect(res.status).toBe(403);
    expect(existsSync(join(project.root, 'public/anh/a.png'))).toBe(false);
  });

  it.each([
    ['write into src/', { action: 'persistMedia', params: { branch, asset: { path: 'src/pages/pwn.astro', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } } }, 'src/pages/pwn.astro'],
    ['write a script into public/anh/', { action: 'persistMedia', params: { branch, asset: { path: 'public/anh/pwn.html', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } } }, 'public/anh/pwn.html'],
    ['write an entry outside content/', { action: 'persistEntry', params: { branch, dataFiles: [{ slug: 'x', path: 'astro.config.mjs.mdx', raw: 'x' }], assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'draft' } } }, 'astro.config.mjs.mdx'],
  ])('refuses to %s', async (_label, body, path) => {
    const res = await api(body);
    expect(res.status).toBe(403);
    expect(existsSync(join(project.root, path))).toBe(false);
  });

  it.each([
    ['package.json', { action: 'getMediaFile', params: { branch, path: 'package.json' } }],
    ['the config', { action: 'getEntry', params: { branch, path: 'astro.config.mjs' } }],
    ['a folder listing of src/', { action: 'entriesByFolder', params: { branch, folder: 'src/lib', extension: 'ts', depth: 1 } }],
  ])('refuses to read %s', async (_label, body) => {
    const res = await api(body);
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(readFileSync(join(project.root, 'package.json'), 'utf8').slice(0, 40));
  });
});
