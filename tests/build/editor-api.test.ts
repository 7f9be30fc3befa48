// Issue 10, class 10: `npm run editor`'s file API, tried as a web page on
// another site would (DNS rebinding, another origin) and as a request naming
// files outside the editor's folders. Runs the real editor in a temp copy.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempGitProject, tempProject } from '../support/temp-project';

const project = tempProject();
let editor: ChildProcess | undefined;
let port = 0;

/** Starts `npm run editor` in `root` on `wanted` (or the next free port); its process, port and everything it printed. */
async function startEditor(root: string, wanted: number): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn('node', ['scripts/editor.mjs', String(wanted)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`editor did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const match = /Trình biên tập: http:\/\/127\.0\.0\.1:(\d+)\/admin\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
  return { child, port, output: () => output };
}
/** Stops only an editor this test started, by its pid. */
async function stopEditor(child: ChildProcess | undefined): Promise<void> {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}
const BASE_PORT = Number(process.env.TEST_PORT ?? 4322);

beforeAll(async () => {
  ({ child: editor, port } = await startEditor(project.root, BASE_PORT + 7));
}, 120_000);

afterAll(async () => {
  await stopEditor(editor);
  project.cleanup();
});

/** A POST to the file API with the given headers (node:http lets the test set Host, as a rebinding browser would send it). */
function api(body: unknown, headers: Record<string, string> = {}, onPort = port): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port: onPort, path: '/api/v1/', method: 'POST', headers: { host: `127.0.0.1:${onPort}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } },
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

// Issue 19: the editor's "Nhập chương trình năm mới" endpoint, behind the same guard, with its own allow-list.
function importApi(data: string, headers: Record<string, string> = {}, method = 'POST'): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/nhap-chuong-trinh/', method, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('the editor import endpoint', () => {
  const drafts = JSON.stringify({ action: 'drafts' });
  it('answers its own page (control): the drafts list, and a preview that writes nothing', async () => {
    const res = await importApi(drafts, { origin: `http://127.0.0.1:${port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ ok: true, gitMode: false, drafts: [] });
    const text = readFileSync(join(project.root, 'content/nguon/chuong-trinh-2020.txt'));
    const preview = JSON.parse((await importApi(JSON.stringify({ action: 'preview', params: { name: 'ct.txt', content: text.toString('base64') } }))).text) as { ok: boolean; message: string };
    expect(preview.message).toMatch(/Năm 2020 đã có trên trang/);
    const save = JSON.parse((await importApi(JSON.stringify({ action: 'saveDraft', params: { name: 'ct.txt', content: Buffer.from('1. A\n- b').toString('base64') } }))).text) as { ok: boolean; message: string };
    expect(save).toMatchObject({ ok: false, message: expect.stringMatching(/ngoài kho Git/) });
  });

  it('serves its page with its own policy', async () => {
    const page = await new Promise<{ status: number; csp: unknown; text: string }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/admin/nhap-chuong-trinh/', headers: { host: `127.0.0.1:${port}` } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, csp: res.headers['content-security-policy'], text }));
      }).on('error', reject).end();
    });
    expect(page.status).toBe(200);
    expect(page.csp).toMatch(/script-src 'self';/);
    expect(page.text).toContain('<h1>Nhập chương trình năm mới</h1>');
  });

  it.each([
    ['another Host (DNS rebinding)', { host: 'evil.example' }],
    ['another origin', { origin: 'https://evil.example' }],
    ['another local port', { origin: 'http://localhost:5173' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s', async (_label, headers) => {
    expect((await importApi(drafts, headers as Record<string, string>)).status).toBe(403);
  });

  it('refuses what is not its own JSON action: a form post, another action, a GET, a body past 20 MB', async () => {
    expect((await importApi(drafts, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await importApi(JSON.stringify({ action: 'persistEntry', params: {} }))).status).toBe(403);
    expect((await importApi(JSON.stringify({ action: 'publish', params: { year: '2027; rm -rf /' } }))).status).toBe(403);
    expect((await importApi('', {}, 'GET')).status).toBe(405);
    // Title edits: only with a save, only item ids to strings; a path as a key, or a parameter the action does not take, is refused.
    const file = { name: 'ct.txt', content: Buffer.from('1. A\n- b').toString('base64') };
    expect((await importApi(JSON.stringify({ action: 'saveDraft', params: { ...file, titles: { '../../src/pages/index': 'x' } } }))).status).toBe(403);
    expect((await importApi(JSON.stringify({ action: 'saveDraft', params: { ...file, titles: { a: { toString: 'x' } } } }))).status).toBe(403);
    expect((await importApi(JSON.stringify({ action: 'preview', params: { ...file, titles: { a: 'x' } } }))).status).toBe(403);
    expect((await importApi(JSON.stringify({ action: 'saveDraft', params: { ...file, path: 'content/items/2027/a.mdx' } }))).status).toBe(403);
    const big = await importApi(JSON.stringify({ action: 'preview', params: { name: 'lon.docx', content: 'A'.repeat(28 * 1024 * 1024) } }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).message).toContain('lớn hơn 20 MB');
  });
});

// Issue 18, class 4: in local Git mode (the usual clone) the editor commits exactly its entry. The project
// holds an untracked secret (.env.local) and an unrelated image beside it; a draft, its review and its
// publication must never bring either into a commit, and requests for another branch, without the workflow,
// or touching another entry's files are refused (403) and logged. The pickers may read (never write) the
// collections they list.
describe('the editor in local Git mode commits only its entry', () => {
  const repo = tempGitProject();
  let git: Awaited<ReturnType<typeof startEditor>> | undefined;
  const SLUG = '2026-11-30-hop-to-dan-pho';
  const FILE = `content/announcements/${SLUG}.mdx`;
  const IMAGE = 'public/anh/hop-to-dan-pho.png';
  const SECRET = 'MAT_KHAU=khong-duoc-lo';
  const raw = `---\ntitle: Họp tổ dân phố\ndate: '2026-11-30'\nsummary: Mời bà con dự họp.\n---\n\n![Họp tổ](/anh/hop-to-dan-pho.png)\n`;
  const draft = (overrides: { params?: Record<string, unknown>; options?: Record<string, unknown> } = {}) => ({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug: SLUG, path: FILE, raw }],
      assets: [{ path: IMAGE, content: Buffer.from('png').toString('base64'), encoding: 'base64' }],
      options: { collectionName: 'announcements', commitMessage: 'Tạo bài', useWorkflow: true, status: 'draft', ...overrides.options },
      ...overrides.params,
    },
  });
  const call = (body: unknown) => api(body, {}, git!.port);
  const filesOf = (ref: string) => repo.git('ls-tree', '-r', '--name-only', ref).trim().split('\n');
  const allCommittedFiles = () => repo.git('log', '--all', '--name-only', '--format=').split('\n').filter(Boolean);

  beforeAll(async () => {
    repo.write('.env.local', SECRET);
    repo.write('public/anh/anh-rieng-khong-lien-quan.png', 'png-khac');
    git = await startEditor(repo.root, BASE_PORT + 8);
  }, 120_000);
  afterAll(async () => {
    await stopEditor(git?.child);
    repo.cleanup();
  });

  it('a draft holds only the entry and its image; review and publication bring nothing else to main', async () => {
    const saved = await call(draft());
    expect(saved.status, saved.text).toBe(200);
    const branch = `cms/announcements/${SLUG}`;
    expect(repo.git('diff', '--name-only', 'main', branch).trim().split('\n').sort()).toEqual([FILE, IMAGE].sort());
    expect(repo.git('branch', '--show-current').trim()).toBe('main');
    // Reading the draft back (what the editor does after "Lưu") answers, with only the entry's files.
    const back = await call({ action: 'unpublishedEntry', params: { branch: 'main', id: `announcements/${SLUG}`, collection: 'announcements', slug: SLUG } });
    expect(back.status, back.text).toBe(200);
    expect((JSON.parse(back.text) as { diffs: { path: string }[] }).diffs.map((d) => d.path).sort()).toEqual([FILE, IMAGE].sort());
    const data = await call({ action: 'unpublishedEntryDataFile', params: { branch: 'main', collection: 'announcements', slug: SLUG, id: `announcements/${SLUG}`, path: FILE } });
    expect(JSON.parse(data.text).data).toBe(raw);
    expect((await call({ action: 'updateUnpublishedEntryStatus', params: { branch: 'main', collection: 'announcements', slug: SLUG, newStatus: 'pending_publish' } })).status).toBe(200);
    const published = await call({ action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'announcements', slug: SLUG } });
    expect(published.status, published.text).toBe(200);
    expect(filesOf('main')).toContain(FILE);
    expect(filesOf('main')).toContain(IMAGE);
    // Nothing else reached any commit: not the secret, not the unrelated image.
    expect(allCommittedFiles()).not.toContain('.env.local');
    expect(allCommittedFiles()).not.toContain('public/anh/anh-rieng-khong-lien-quan.png');
    expect(repo.git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual(['?? .env.local', '?? public/anh/anh-rieng-khong-lien-quan.png']);
  }, 60_000);

  it.each([
    ['a save naming another branch', draft({ params: { branch: 'cms/announcements/khac' } })],
    ['a save with the workflow turned off (straight onto main)', draft({ options: { useWorkflow: false } })],
    ['a draft writing another entry\'s file', draft({ params: { dataFiles: [{ slug: SLUG, path: 'content/announcements/2026-01-01-bai-khac.mdx', raw }] } })],
    ['a draft of one collection writing into another', draft({ params: { dataFiles: [{ slug: 'quoc-khanh', path: 'content/events/quoc-khanh.yaml', raw: 'title: x' }] } })],
    ['a draft carrying a file outside the media folders', draft({ params: { assets: [{ path: 'content/events/khac.yaml', content: 'eA==', encoding: 'base64' }] } })],
    ['a media upload straight onto main', { action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/anh/thang.png', content: 'eA==', encoding: 'base64' }, options: { commitMessage: 'x' } } }],
    ['a media delete straight on main', { action: 'deleteFile', params: { branch: 'main', path: IMAGE, options: { commitMessage: 'x' } } }],
    ['reading another branch', { action: 'getEntry', params: { branch: 'cms/announcements/khac', path: FILE } }],
  ])('refuses %s (403, logged), and main does not move', async (_label, body) => {
    const before = repo.git('rev-parse', 'main').trim();
    const branches = repo.git('branch', '--list').trim();
    const refusals = () => git!.output().split('Từ chối yêu cầu của trình biên tập: ').length;
    const logged = refusals();
    const res = await call(body);
    expect(res.status, res.text).toBe(403);
    await expect.poll(refusals).toBe(logged + 1);
    expect(repo.git('rev-parse', 'main').trim()).toBe(before);
    expect(repo.git('branch', '--list').trim()).toBe(branches);
  });

  it('a draft never overwrites media already on the site (another entry\'s image)', async () => {
    const res = await call(draft({ params: { dataFiles: [{ slug: '2026-12-01-bai-moi', path: 'content/announcements/2026-12-01-bai-moi.mdx', raw }], assets: [{ path: IMAGE, content: Buffer.from('anh-khac').toString('base64'), encoding: 'base64' }] } }));
    expect(res.status).toBe(409);
    expect(res.text).toContain('đã có trên trang');
  });

  it('the related-entry pickers read the collections they list (programs, campaigns, documents), never write them', async () => {
    const programs = await call({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/programs', extension: 'mdx', depth: 1 } });
    expect(programs.status, programs.text).toBe(200);
    expect((JSON.parse(programs.text) as { file: { path: string } }[]).map((e) => e.file.path)).toContain('content/programs/2020.mdx');
    const campaign = await call({ action: 'getEntry', params: { branch: 'main', path: 'content/campaigns/ca-nuoc-chung-tay-vi-nguoi-ngheo.mdx' } });
    expect(campaign.status).toBe(200);
    expect((await call({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/documents', extension: 'yaml', depth: 1 } })).status).toBe(200);
    const write = await call(draft({ params: { dataFiles: [{ slug: '2020', path: 'content/programs/2020.mdx', raw }] }, options: { collectionName: 'programs' } }));
    expect(write.status).toBe(403);
    expect((await call({ action: 'entriesByFolder', params: { branch: 'main', folder: 'src/lib', extension: 'ts', depth: 1 } })).status).toBe(403);
  });
});
