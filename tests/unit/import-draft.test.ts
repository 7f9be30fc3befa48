// Issue 19, the editor's import: a preview writes nothing; saving makes ONE draft commit on
// nhap-chuong-trinh/<year> holding only the files the import writes; publishing needs "Sẵn sàng đăng",
// re-checks the merged content and merges; bad input leaves no branch and content/ unchanged.
import { readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteImportDraft, importDraftReview, listImportDrafts, previewImport, publishImportDraft, saveImportDraft, setImportDraftStatus, uploadName } from '../../src/integrations/import-draft';
import { importPathProblem } from '../../src/lib/editor-guard';
import { tempContent } from '../support/temp-project';
import { NEW_EVENT, NEW_YEAR, NEW_YEAR_ITEMS, newYearDocx } from '../support/program-docx';
import { fingerprint, importRepo } from './program-import-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const repo = () => importRepo(cleanups);

describe('the editor import of a new year', () => {
  it('preview, one draft commit, review states, checked publish', async () => {
    const r = repo();
    const bytes = await newYearDocx();
    const before = fingerprint(r.root);
    const preview = await previewImport(r.ctx, { name: 'chuong-trinh-2027.docx', bytes });
    expect(preview.ok, preview.message).toBe(true);
    expect(preview.year).toBe(NEW_YEAR);
    for (const text of NEW_YEAR_ITEMS) expect(preview.review).toContain(text);
    expect(preview.review).toContain(`Sự kiện mới:</span> ${NEW_EVENT.title}`);
    expect(preview.review).not.toMatch(/Nơi nhận:<|Lưu VT|đã ký/);
    expect(fingerprint(r.root)).toEqual(before);
    expect(r.git('branch', '--list')).not.toContain('nhap-chuong-trinh');

    const saved = await saveImportDraft(r.ctx, { name: 'chuong-trinh-2027.docx', bytes });
    expect(saved.ok, saved.message).toBe(true);
    expect(fingerprint(r.root)).toEqual(before); // the working tree is never written
    expect(r.git('rev-list', '--count', 'main..nhap-chuong-trinh/2027')).toBe('1');
    const touched = r.git('diff', '--name-only', 'main', 'nhap-chuong-trinh/2027').split('\n');
    expect(touched).toContain('content/programs/2027.mdx');
    expect(touched).toContain(`content/events/${NEW_EVENT.id}.yaml`);
    expect(touched).toContain('content/events/ngay-thanh-lap-dang-cong-san-viet-nam.yaml'); // gains 2027
    expect(touched.filter((p) => p.startsWith('content/items/2027/'))).toHaveLength(NEW_YEAR_ITEMS.length);
    for (const p of touched) expect(importPathProblem(p, NEW_YEAR), p).toBeNull();
    expect(listImportDrafts(r.ctx)).toMatchObject([{ year: 2027, status: 'draft', source: 'chuong-trinh-2027.docx', files: touched.length }]);
    // The approver reads the review as saved (the titles as text, no fields), the one the save answered with.
    expect(importDraftReview(r.ctx, 2027).review).toBe(saved.review);
    expect(preview.review).toContain('<textarea id="tieu-de-');
    expect(saved.review).not.toContain('<textarea');

    // Not publishable before the approver marks it ready.
    for (const status of ['draft', 'pending_review'] as const) {
      setImportDraftStatus(r.ctx, 2027, status);
      const refused = publishImportDraft(r.ctx, 2027);
      expect(refused.ok).toBe(false);
      expect(refused.message).toContain('Sẵn sàng đăng');
      expect(r.git('ls-tree', '--name-only', 'main', 'content/programs/')).not.toContain('2027.mdx');
    }
    setImportDraftStatus(r.ctx, 2027, 'pending_publish');
    const published = publishImportDraft(r.ctx, 2027);
    expect(published.ok, published.message).toBe(true);
    expect(r.git('ls-tree', '--name-only', 'main', 'content/programs/')).toContain('2027.mdx');
    expect(readFileSync(join(r.root, 'content/programs/2027.mdx'), 'utf8')).toContain('05/CTr-MTTQ');
    expect(r.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
    expect(listImportDrafts(r.ctx)).toEqual([]);
  });

  it('publishing re-checks the merged content: a document removed from main after saving stops it; a clash with main too', async () => {
    const r = repo();
    const saved = await saveImportDraft(r.ctx, { name: 'ct.docx', bytes: await newYearDocx() });
    expect(saved.ok, saved.message).toBe(true);
    // Meanwhile main loses the document the program is based on (a file the draft does not touch).
    rmSync(join(r.root, 'content/documents/quy-dinh-so-124-qd-tw.yaml'));
    r.git('commit', '-qam', 'Xóa văn bản');
    const head = r.git('rev-parse', 'main');
    setImportDraftStatus(r.ctx, 2027, 'pending_publish');
    const refused = publishImportDraft(r.ctx, 2027);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Chưa công bố: bộ kiểm tra nội dung thấy \d+ lỗi/);
    expect(refused.problems!.join('\n')).toMatch(/content\/programs\/2027\.mdx.*basedOn.*quy-dinh-so-124-qd-tw/);
    expect(r.git('rev-parse', 'main')).toBe(head);
    // A file the draft changes, removed on main meanwhile: a clash, not a silent merge.
    rmSync(join(r.root, 'content/events/ngay-thanh-lap-dang-cong-san-viet-nam.yaml'));
    r.git('commit', '-qam', 'Xóa sự kiện');
    expect(publishImportDraft(r.ctx, 2027).message).toMatch(/đụng với thay đổi đã công bố/);
    expect(deleteImportDraft(r.ctx, 2027).ok).toBe(true);
    expect(r.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
  });

  it.each([
    ['trong.docx', Buffer.alloc(0), /Tệp trong\.docx trống/],
    ['ban-quet.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n'), /Tệp ban-quet\.pdf là PDF/],
    ['anh.docx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /Tệp anh\.docx là ảnh/],
    ['khong-de-muc.txt', Buffer.from('Một đoạn văn không có đề mục nào.\nThêm một dòng nữa.\n'), /Tệp khong-de-muc\.txt: /],
    ['chuong-trinh-2020.txt', null, /Năm 2020 đã có trên trang .* Tệp chuong-trinh-2020\.txt chưa được nhập/],
  ])('bad input %s: the CLI message, no draft, nothing written', async (name, bytes, message) => {
    const r = repo();
    const before = fingerprint(r.root);
    const data = bytes ?? readFileSync(join(r.root, 'content/nguon/chuong-trinh-2020.txt'));
    for (const answer of [await previewImport(r.ctx, { name, bytes: data }), await saveImportDraft(r.ctx, { name, bytes: data })]) {
      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(message);
      expect(answer.message).toContain('Nội dung trang (content/) không thay đổi.');
    }
    expect(r.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
    expect(fingerprint(r.root)).toEqual(before);
  });

  it('a truncated .docx: refused, no draft', async () => {
    const r = repo();
    const full = await newYearDocx();
    const answer = await saveImportDraft(r.ctx, { name: 'cat-do.docx', bytes: full.subarray(0, full.length >> 1) });
    expect(answer.message).toMatch(/cat-do\.docx bị hỏng hoặc chưa tải về đủ/);
    expect(r.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
  });

  it('a symbolic link committed in content/ is never followed into a draft', async () => {
    const r = repo();
    writeFileSync(join(r.root, '..', 'bi-mat.txt'), 'MAT_KHAU=khong-duoc-lo');
    cleanups.push(() => rmSync(join(r.root, '..', 'bi-mat.txt'), { force: true }));
    symlinkSync('../../../bi-mat.txt', join(r.root, 'content/events/lien-ket.yaml'));
    r.git('add', '.');
    r.git('commit', '-qm', 'Liên kết');
    const saved = await saveImportDraft(r.ctx, { name: 'ct.docx', bytes: await newYearDocx() });
    expect(saved.ok, saved.message).toBe(true);
    const draftFiles = r.git('log', '-p', 'main..nhap-chuong-trinh/2027');
    expect(draftFiles).not.toContain('MAT_KHAU');
    expect(r.git('diff', '--name-only', 'main', 'nhap-chuong-trinh/2027')).not.toContain('lien-ket');
  });

  it('without Git: preview only, saving says why', async () => {
    const project = tempContent();
    cleanups.push(project.cleanup);
    const ctx = { repo: project.root, publishingBranch: 'main', gitMode: false };
    expect((await previewImport(ctx, { name: 'ct.docx', bytes: await newYearDocx() })).ok).toBe(true);
    expect((await saveImportDraft(ctx, { name: 'ct.docx', bytes: await newYearDocx() })).message).toMatch(/ngoài kho Git/);
  });

  it('names an upload by its own name only', () => {
    expect(uploadName('C:\\Users\\can-bo\\Chương trình 2027.docx')).toBe('Chương trình 2027.docx');
    expect(uploadName('../../etc/passwd')).toBe('passwd');
    expect(uploadName('..')).toBe('tep-tai-len');
    expect(uploadName('a\u0000b.docx')).toBe('ab.docx');
  });
});
