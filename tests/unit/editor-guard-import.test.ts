// Issue 19: the editor's "Nhập chương trình năm mới" endpoint keeps the guard an allow-list:
// exactly its actions, and an import's draft writes only where an import writes.
import { describe, expect, it } from 'vitest';
import { editorActionProblem, editorPathProblem, importActionProblem, importPathProblem, IMPORT_ACTIONS } from '../../src/lib/editor-guard';

describe('importActionProblem', () => {
  const file = { name: 'chuong-trinh-2027.docx', content: 'UEsDBA==' };
  it.each([
    [{ action: 'preview', params: file }],
    [{ action: 'saveDraft', params: { ...file, replace: true } }],
    [{ action: 'drafts' }],
    [{ action: 'review', params: { year: 2027 } }],
    [{ action: 'setStatus', params: { year: 2027, status: 'pending_review' } }],
    [{ action: 'setStatus', params: { year: 2027, status: 'pending_publish' } }],
    [{ action: 'publish', params: { year: 2027 } }],
    [{ action: 'deleteDraft', params: { year: 2027 } }],
    // Title edits travel with a save only: item ids (slugs) → strings; the wording is judged by the importer.
    [{ action: 'saveDraft', params: { ...file, titles: { 'tuyen-truyen-ky-niem': 'Tuyên truyền <b>kỷ niệm</b>\n', 'a-2': '' }, issuer: 'Ủy ban' } }],
    [{ action: 'saveDraft', params: { ...file, titles: {} } }],
  ])('accepts %j', (body) => expect(importActionProblem(body)).toBeNull());

  it.each([
    [null], ['preview'], [[{ action: 'preview' }]], [{}],
    // Decap's own actions are not this endpoint's, nor is anything else.
    [{ action: 'persistEntry', params: {} }], [{ action: 'deleteFiles', params: { paths: ['content/items/2020/a.mdx'] } }],
    [{ action: 'publishUnpublishedEntry', params: { collection: 'announcements', slug: 'x' } }], [{ action: 'runCommand' }], [{ action: '__proto__' }], [{ action: 'toString' }],
    [{ action: 'preview', params: { name: '', content: 'UEsDBA==' } }], [{ action: 'preview', params: { name: 'a.docx' } }],
    [{ action: 'preview', params: { name: 'a.docx', content: 'not base64!' } }], [{ action: 'preview', params: { ...file, replace: 'yes' } }],
    [{ action: 'preview', params: 'a.docx' }],
    [{ action: 'review', params: { year: '2027' } }], [{ action: 'publish', params: { year: 2027.5 } }], [{ action: 'publish' }], [{ action: 'deleteDraft', params: { year: 3000 } }],
    [{ action: 'setStatus', params: { year: 2027, status: 'published' } }], [{ action: 'setStatus', params: { year: 2027 } }],
    // Parameters an action does not take (allow-list per action).
    [{ action: 'preview', params: { ...file, titles: { a: 'b' } } }], [{ action: 'preview', params: { ...file, issuer: 'x' } }],
    [{ action: 'saveDraft', params: { ...file, path: 'content/items/2027/a.mdx' } }], [{ action: 'publish', params: { year: 2027, titles: { a: 'b' } } }],
    [{ action: 'review', params: { year: 2027, branch: 'main' } }], [{ action: 'drafts', params: { year: 2027 } }],
    [JSON.parse('{"action":"saveDraft","params":{"name":"a.docx","content":"","__proto__":{"x":1}}}')],
    // The shape of the title edits.
    [{ action: 'saveDraft', params: { ...file, titles: ['a'] } }], [{ action: 'saveDraft', params: { ...file, titles: 'a' } }], [{ action: 'saveDraft', params: { ...file, titles: null } }],
    [{ action: 'saveDraft', params: { ...file, titles: { a: 5 } } }], [{ action: 'saveDraft', params: { ...file, titles: { a: null } } }], [{ action: 'saveDraft', params: { ...file, titles: { a: ['x'] } } }],
    [{ action: 'saveDraft', params: { ...file, titles: { 'A-hoa': 'x' } } }], [{ action: 'saveDraft', params: { ...file, titles: { '../../src/x': 'x' } } }],
    [{ action: 'saveDraft', params: { ...file, titles: { 'content/items/2027/a.mdx': 'x' } } }], [{ action: 'saveDraft', params: { ...file, titles: { '': 'x' } } }],
    [{ action: 'saveDraft', params: { ...file, titles: { '-a': 'x' } } }], [{ action: 'saveDraft', params: { ...file, titles: { 'a': 'x'.repeat(2001) } } }],
    [JSON.parse('{"action":"saveDraft","params":{"name":"a.docx","content":"","titles":{"__proto__":"x"}}}')],
    [{ action: 'saveDraft', params: { ...file, titles: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`a-${i}`, 'x'])) } }],
    [{ action: 'saveDraft', params: { ...file, issuer: 5 } }], [{ action: 'saveDraft', params: { ...file, issuer: null } }], [{ action: 'saveDraft', params: { ...file, issuer: 'x'.repeat(2001) } }],
  ])('refuses %j', (body) => expect(importActionProblem(body)).not.toBeNull());

  it('the /api/v1 guard still refuses the import actions (they are not Decap actions)', () => {
    for (const action of IMPORT_ACTIONS) expect(editorActionProblem({ action, params: {} }), action).toMatch(/not allowed/);
  });
});

describe('importPathProblem: where an import of 2027 may write', () => {
  it.each([
    'content/programs/2027.mdx', 'content/sections/2027/1.yaml', 'content/sections/2027/2-1.yaml', 'content/items/2027/tuyen-truyen-ky-niem.mdx',
    'content/events/ngay-thanh-lap-dang.yaml', 'content/campaigns/ngay-vi-nguoi-ngheo.mdx', 'content/documents/thong-bao-so-336-tb-tu.yaml',
  ])('accepts %s', (path) => expect(importPathProblem(path, 2027)).toBeNull());

  it.each([
    // outside content/, code, Git, secrets
    'src/pages/index.astro', 'astro.config.mjs', 'package.json', '.git/config', '.env.local', 'scripts/build.mjs', 'public/anh/x.png', 'public/tep-dinh-kem/a.pdf',
    // content the import never writes
    'content/announcements/2026-01-05-hop.mdx', 'content/lien-he/thong-tin.yaml', 'content/nguon/chuong-trinh-2020.txt',
    // another year, the wrong depth or type
    'content/programs/2020.mdx', 'content/sections/2020/1.yaml', 'content/items/2020/a.mdx', 'content/items/a.mdx', 'content/items/2027/x/a.mdx',
    'content/events/2027/a.yaml', 'content/events/a.mdx', 'content/documents/a.yaml.js', 'content/campaigns/.an.mdx', 'content/events/A.yaml',
    // dot segments, absolute, backslashes, control characters
    'content/items/2027/../../../src/x.mdx', 'content/items/2027/./a.mdx', 'content/events//a.yaml', '/content/events/a.yaml', '../content/events/a.yaml',
    'content\\events\\a.yaml', 'content/events/a.yaml\u0000.png', '', 42, null,
  ])('refuses %j', (path) => expect(importPathProblem(path, 2027)).not.toBeNull());

  it('the import folders are not opened to Decap: programs, items and sections stay unwritable through /api/v1', () => {
    for (const path of ['content/programs/2027.mdx', 'content/items/2027/a.mdx', 'content/sections/2027/1.yaml', 'content/documents/a.yaml', 'content/campaigns/a.mdx']) {
      expect(editorPathProblem(path), path).not.toBeNull();
    }
  });
});
