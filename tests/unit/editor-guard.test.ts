// Issue 10, class 10: the editor's file API answers only its own loopback
// address and origin, and touches only the four editor folders.
import { describe, expect, it } from 'vitest';
import { editorActionProblem, editorPathProblem, editorRequestProblem, editorWorkflowProblem } from '../../src/lib/editor-guard';

describe('editorRequestProblem (Host, Origin)', () => {
  it.each([
    [{ host: '127.0.0.1:4321' }],
    [{ host: 'localhost:4321' }],
    [{ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' }],
    [{ host: 'localhost:4321', origin: 'http://localhost:4321', secFetchSite: 'same-origin' }],
  ])('accepts %j', (headers) => {
    expect(editorRequestProblem(headers, 4321)).toBeNull();
  });

  it.each([
    [{ host: 'evil.example' }],
    [{ host: 'evil.example:4321' }],
    [{ host: '127.0.0.1.evil.example:4321' }],
    [{ host: '127.0.0.1:80' }],
    [{}],
    [{ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:5173' }],
    [{ host: '127.0.0.1:4321', origin: 'http://localhost:4321' }],
    [{ host: '127.0.0.1:4321', origin: 'https://evil.example' }],
    [{ host: '127.0.0.1:4321', origin: 'null' }],
    [{ host: '127.0.0.1:4321', secFetchSite: 'cross-site' }],
    [{ host: '127.0.0.1:4321', secFetchSite: 'same-site' }],
  ])('refuses %j', (headers) => {
    expect(editorRequestProblem(headers, 4321)).not.toBeNull();
  });
});

describe('editorPathProblem', () => {
  it.each(['content/announcements/2026-01-05-hop.mdx', 'content/events/quoc-khanh.yaml', 'public/anh/hop.jpg', 'public/tep-dinh-kem/ke-hoach.pdf', '/public/tep-dinh-kem/ke-hoach.PDF'])('accepts %s', (path) => {
    expect(editorPathProblem(path)).toBeNull();
  });
  it.each([
    'src/pages/index.astro', 'astro.config.mjs', '.git/config', 'node_modules/astro/package.json', 'package.json', 'scripts/build.mjs',
    'content/announcements/../../src/x.mdx', 'content/announcements/./x.mdx', 'content/announcements//x.mdx', '../x/content/announcements/a.mdx',
    '//etc/passwd', 'content/announcements\\..\\..\\x.mdx', 'content/announcements/a.mdx\u0000.png', 'content/items/2020/a.mdx',
    'content/announcements/x.js', 'public/anh/trang.html', 'public/anh/hinh.svg', 'public/tep-dinh-kem/chay.exe', 'public/anh/.htaccess',
    'content/announcements/sub/a.mdx', '', 42, null,
  ])('refuses %j', (path) => {
    expect(editorPathProblem(path)).not.toBeNull();
  });
  it('folders to list: only the four', () => {
    expect(editorPathProblem('content/announcements', true)).toBeNull();
    expect(editorPathProblem('/public/tep-dinh-kem', true)).toBeNull();
    expect(editorPathProblem('src', true)).not.toBeNull();
    expect(editorPathProblem('content', true)).not.toBeNull();
    expect(editorPathProblem('.', true)).not.toBeNull();
  });
});

describe('editorActionProblem (every path a request names)', () => {
  const ok = { branch: 'main' };
  it.each([
    { action: 'info' },
    { action: 'entriesByFolder', params: { ...ok, folder: 'content/events', extension: 'yaml', depth: 1 } },
    { action: 'getEntry', params: { ...ok, path: 'content/events/quoc-khanh.yaml' } },
    { action: 'persistEntry', params: { ...ok, dataFiles: [{ slug: 'x', path: 'content/announcements/2026-01-05-x.mdx', raw: '---' }], assets: [{ path: 'public/anh/a.jpg', content: '', encoding: 'base64' }], options: {} } },
    { action: 'getMedia', params: { ...ok, mediaFolder: 'public/anh' } },
    { action: 'persistMedia', params: { ...ok, asset: { path: 'public/tep-dinh-kem/a.pdf', content: '', encoding: 'base64' } } },
    { action: 'deleteFiles', params: { ...ok, paths: ['public/anh/a.jpg'] } },
    // The editorial workflow (local Git mode): drafts of the editor's collections only.
    { action: 'unpublishedEntries', params: { ...ok } },
    { action: 'unpublishedEntry', params: { ...ok, collection: 'events', slug: 'le-hoi' } },
    { action: 'unpublishedEntry', params: { ...ok, id: 'announcements/2026-01-05-x' } },
    { action: 'updateUnpublishedEntryStatus', params: { ...ok, collection: 'announcements', slug: 'x', newStatus: 'pending_review' } },
    { action: 'publishUnpublishedEntry', params: { ...ok, collection: 'events', slug: 'le-hoi' } },
    { action: 'unpublishedEntryDataFile', params: { ...ok, path: 'content/events/le-hoi.yaml', id: 'events/le-hoi' } },
  ])('accepts %j', (body) => {
    expect(editorActionProblem(body)).toBeNull();
  });
  it.each([
    { action: 'getMediaFile', params: { ...ok, path: '.git/config' } },
    { action: 'persistMedia', params: { ...ok, asset: { path: 'src/pages/x.astro', content: '', encoding: 'base64' } } },
    { action: 'persistEntry', params: { ...ok, entry: { slug: 'x', path: 'astro.config.mjs', raw: '' }, assets: [], options: {} } },
    { action: 'persistEntry', params: { ...ok, dataFiles: [{ slug: 'x', path: 'content/events/a.yaml', raw: '', newPath: 'src/a.yaml' }], assets: [], options: {} } },
    { action: 'persistEntry', params: { ...ok, dataFiles: [{ slug: 'x', path: 'content/events/a.yaml', raw: '' }], assets: [{ path: 'node_modules/.bin/astro', content: '', encoding: 'base64' }], options: {} } },
    { action: 'getMedia', params: { ...ok, mediaFolder: '.' } },
    { action: 'entriesByFolder', params: { ...ok, folder: 'src', extension: 'ts', depth: 9 } },
    { action: 'entriesByFiles', params: { ...ok, files: [{ path: 'content/events/a.yaml' }, { path: '/etc/passwd' }] } },
    { action: 'deleteFile', params: { ...ok, path: 'package.json' } },
    { action: 'deleteFiles', params: { ...ok, paths: ['public/anh/a.jpg', 'src/lib/slug.ts'] } },
    { action: 'publishUnpublishedEntry', params: { ...ok, collection: 'x', slug: 'y' } },
    { action: 'deleteUnpublishedEntry', params: { ...ok, slug: 'y' } },
    { action: 'unpublishedEntryMediaFile', params: { ...ok, path: '.git/config', id: 'events/x' } },
    { action: 'unpublishedEntryDataFile', params: { ...ok, path: 'src/pages/index.astro', id: 'events/x' } },
    { action: 'unknown' },
    null,
    'x',
  ])('refuses %j', (body) => {
    expect(editorActionProblem(body)).not.toBeNull();
  });
});

describe('editorWorkflowProblem (issue 18: local Git mode commits exactly its entry)', () => {
  const entry = (over: Record<string, unknown> = {}, options: Record<string, unknown> = {}) => ({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug: '2026-11-30-hop', path: 'content/announcements/2026-11-30-hop.mdx', raw: 'x' }],
      assets: [{ path: 'public/anh/hop.png', content: 'eA==', encoding: 'base64' }],
      options: { collectionName: 'announcements', commitMessage: 'x', useWorkflow: true, status: 'draft', ...options },
      ...over,
    },
  });
  it('a draft of one entry with its media passes (control)', () => {
    expect(editorWorkflowProblem(entry(), 'main')).toBeNull();
    // The contact entry is the one file content/lien-he/thong-tin.yaml (collection "contact").
    const contact = entry({ dataFiles: [{ slug: 'thong-tin', path: 'content/lien-he/thong-tin.yaml', raw: 'x' }], assets: [] }, { collectionName: 'contact' });
    expect(editorWorkflowProblem(contact, 'main')).toBeNull();
    const elsewhere = entry({ dataFiles: [{ slug: 'thong-tin', path: 'content/contact/thong-tin.yaml', raw: 'x' }], assets: [] }, { collectionName: 'contact' });
    expect(editorWorkflowProblem(elsewhere, 'main')).toMatch(/names another entry's file/);
    expect(editorWorkflowProblem({ action: 'getEntry', params: { branch: 'main', path: 'content/events/a.yaml' } }, 'main')).toBeNull();
  });
  it.each([
    ['another branch', entry({ branch: 'cms/announcements/x' }), /not the publishing branch/],
    ['no branch', { action: 'getEntry', params: { path: 'content/events/a.yaml' } }, /not the publishing branch/],
    ['the workflow off', entry({}, { useWorkflow: false }), /without the editorial workflow/],
    ['the workflow flag as a string', entry({}, { useWorkflow: 'true' }), /without the editorial workflow/],
    ['another entry of the collection', entry({ dataFiles: [{ slug: '2026-11-30-hop', path: 'content/announcements/2026-01-01-khac.mdx', raw: 'x' }] }), /names another entry's file/],
    ['a move onto another entry', entry({ dataFiles: [{ slug: '2026-11-30-hop', path: 'content/announcements/2026-11-30-hop.mdx', newPath: 'content/announcements/a.mdx', raw: 'x' }] }), /names another entry's file/],
    ['a collection the editor does not edit', entry({}, { collectionName: 'programs' }), /not an entry the editor edits/],
    ['a slug climbing out', entry({ dataFiles: [{ slug: '../x', path: 'content/announcements/../x.mdx', raw: 'x' }] }), /not an entry the editor edits/],
    ['an asset outside the media folders', entry({ assets: [{ path: 'content/events/x.yaml', content: 'eA==', encoding: 'base64' }] }), /outside the media folders/],
    ['media straight onto main', { action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/anh/a.png' } } }, /without a draft/],
    ['a delete straight on main', { action: 'deleteFiles', params: { branch: 'main', paths: ['public/anh/a.png'] } }, /without a draft/],
  ])('refuses %s', (_label, body, message) => {
    expect(editorWorkflowProblem(body, 'main')).toMatch(message);
  });
  it('the pickers read programs, campaigns and documents, never write them', () => {
    expect(editorActionProblem({ action: 'entriesByFolder', params: { folder: 'content/programs', extension: 'mdx', depth: 1 } })).toBeNull();
    expect(editorActionProblem({ action: 'getEntry', params: { path: 'content/documents/a.yaml' } })).toBeNull();
    expect(editorActionProblem({ action: 'persistEntry', params: { dataFiles: [{ path: 'content/programs/2020.mdx' }], assets: [] } })).toMatch(/not in an editor folder/);
    expect(editorActionProblem({ action: 'entriesByFolder', params: { folder: 'content/items', extension: 'mdx', depth: 1 } })).toMatch(/not an editor folder/);
  });
});
