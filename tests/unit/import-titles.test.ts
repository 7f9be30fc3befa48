// Issue 19 follow-up: staff correct the proposed short titles (and a guessed issuer) on the editor's
// review before saving the draft. The titles land on the items the import wrote (by the ids of the
// review), the verbatim text never changes, bad titles and unknown ids are refused in Vietnamese with
// nothing saved, and an edited title is no longer flagged "cần kiểm tra".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importProgram } from '../../src/integrations/import-program';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { previewImport, saveImportDraft, importDraftReview } from '../../src/integrations/import-draft';
import { cleanStaffLine, ISSUER_FIELD, TITLE_MAX } from '../../src/lib/program-import/title-edits';
import { tempContent } from '../support/temp-project';
import { NEW_YEAR_ITEMS, newYearDocx } from '../support/program-docx';
import { fingerprint, importRepo } from './program-import-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const repo = () => importRepo(cleanups);

const BRANCH = 'nhap-chuong-trinh/2027';
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; text: string; order: number };
/** The ids the review's fields name, in the order of the document. */
const fieldIds = (review: string) => [...review.matchAll(/data-title-for="([^"]+)"/g)].map((m) => m[1]!);

describe('cleanStaffLine: a title staff typed is data', () => {
  it('NFC, spaces folded and trimmed; empty keeps the proposal', () => {
    expect(cleanStaffLine('  Tuye\u0302\u0300n truye\u0302\u0300n \u00a0 ky\u0309 nie\u0323\u0302m ')).toEqual({ value: 'Tuyền truyền kỷ niệm' });
    expect(cleanStaffLine('   ')).toEqual({ value: '' });
    expect(cleanStaffLine('<script>alert(1)</script> & "x"')).toEqual({ value: '<script>alert(1)</script> & "x"' });
    expect(cleanStaffLine('ạ'.repeat(TITLE_MAX))).toEqual({ value: 'ạ'.repeat(TITLE_MAX) });
  });
  it.each([
    ['Dòng một\nDòng hai', /xuống dòng/],
    ['Dòng một\r\nDòng hai', /xuống dòng/],
    ['Một\u2028hai', /xuống dòng/],
    ['Chuông\u0007', /không in được \(mã U\+0007/],
    ['Tab\tgiữa', /không in được \(mã U\+0009/],
    ['Đảo\u202echiều', /không in được \(mã U\+202E/],
    ['Không\u200bthấy', /không in được \(mã U\+200B/],
    ['Nửa\ud800cặp', /không in được \(mã U\+D800/],
    ['x'.repeat(TITLE_MAX + 1), new RegExp(`dài ${TITLE_MAX + 1} ký tự, tối đa ${TITLE_MAX}`)],
  ])('refuses %j', (raw, message) => {
    const clean = cleanStaffLine(raw);
    expect('problem' in clean && clean.problem).toMatch(message);
  });
});

describe('title edits in the editor import', () => {
  it('the preview has a labelled field per item, prefilled with the proposal, beside the verbatim text', async () => {
    const r = repo();
    const preview = await previewImport(r.ctx, { name: 'ct.docx', bytes: await newYearDocx() });
    expect(preview.ok, preview.message).toBe(true);
    const ids = fieldIds(preview.review!);
    expect(ids).toHaveLength(NEW_YEAR_ITEMS.length);
    for (const id of ids) expect(preview.review).toMatch(new RegExp(`<label for="tieu-de-${id}">Tiêu đề ngắn \\(cần kiểm tra\\)`));
    expect(preview.review).toContain('data-proposal="Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2027)" rows="2"');
    expect(preview.review).toContain('>Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2027)</textarea>');
    for (const text of NEW_YEAR_ITEMS) expect(preview.review).toContain(`- ${text}`);
    // The document's header gives the issuer: no field for it.
    expect(preview.review).not.toContain('data-issuer');
  });

  it('saved titles land on the right items of the draft commit; text verbatim; others keep the proposal; the saved review no longer flags them', async () => {
    const r = repo();
    const bytes = await newYearDocx();
    const preview = await previewImport(r.ctx, { name: 'ct.docx', bytes });
    const ids = fieldIds(preview.review!);
    const before = fingerprint(r.root);
    const edited = { [ids[1]!]: '  Kỷ niệm 30 năm Câu lạc bộ Thử Nghiệm  ', [ids[3]!]: '<script>alert("x")</script> & Giám sát' };
    const saved = await saveImportDraft(r.ctx, { name: 'ct.docx', bytes, edits: { titles: edited } });
    expect(saved.ok, saved.message).toBe(true);
    expect(fingerprint(r.root)).toEqual(before);
    expect(r.git('rev-list', '--count', `main..${BRANCH}`)).toBe('1');
    const item = (id: string) => r.git('show', `${BRANCH}:content/items/2027/${id}.mdx`);
    const data = ids.map((id) => frontmatter(item(id)));
    expect(data.map((d) => d.text)).toEqual(NEW_YEAR_ITEMS);
    expect(data[1]!.title).toBe('Kỷ niệm 30 năm Câu lạc bộ Thử Nghiệm');
    expect(data[3]!.title).toBe('<script>alert("x")</script> & Giám sát');
    expect(item(ids[3]!)).toContain('title: "<script>alert(\\"x\\")</script> & Giám sát"'); // a JSON string: no YAML syntax
    expect(data[0]!.title).toBe('Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2027)');
    expect(item(ids[1]!)).toContain('# Tiêu đề ngắn cán bộ đã sửa khi nhập');
    expect(item(ids[0]!)).toContain('# Tiêu đề ngắn đề xuất từ chính câu chữ');
    // The saved review: no fields; edited titles not flagged, the others still are.
    const review = importDraftReview(r.ctx, 2027).review!;
    expect(review).toBe(saved.review);
    expect(review).not.toContain('<textarea');
    expect(review.match(/Tiêu đề ngắn \(cần kiểm tra\)/g)).toHaveLength(2);
    expect(review.match(/Tiêu đề ngắn \(đã sửa\)/g)).toHaveLength(2);
    expect(review).toContain('<strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Giám sát</strong>');
    expect(review).not.toContain('<script>');
    expect(review).toContain('2 tiêu đề ngắn cần kiểm tra, 2 đã sửa');
    expect(saved.message).toContain('Tiêu đề ngắn cần kiểm tra: 2, đã sửa: 2');
  });

  it('a title equal to the proposal, or empty, keeps the proposal and its flag', async () => {
    const r = repo();
    const bytes = await newYearDocx();
    const ids = fieldIds((await previewImport(r.ctx, { name: 'ct.docx', bytes })).review!);
    const saved = await saveImportDraft(r.ctx, { name: 'ct.docx', bytes, edits: { titles: { [ids[0]!]: ' Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2027) ', [ids[1]!]: '   ' } } });
    expect(saved.ok, saved.message).toBe(true);
    expect(saved.review!.match(/Tiêu đề ngắn \(cần kiểm tra\)/g)).toHaveLength(NEW_YEAR_ITEMS.length);
  });

  it.each([
    ['a line break', (id: string) => ({ titles: { [id]: 'Một\nhai' } }), /Tiêu đề ngắn của nhiệm vụ thứ 2 \(đoạn \d+: “Tổ chức kỷ niệm 30 năm Ngày thành …”\) có xuống dòng: viết trên một dòng\./],
    ['a control character', (id: string) => ({ titles: { [id]: 'Một\u0000hai' } }), /nhiệm vụ thứ 2 .* có ký tự không in được/],
    ['too long', (id: string) => ({ titles: { [id]: 'Dài '.repeat(60) } }), /nhiệm vụ thứ 2 .* dài 239 ký tự, tối đa 150: rút ngắn lại/],
    ['an unknown id', () => ({ titles: { 'khong-co-nhiem-vu-nay': 'Tiêu đề' } }), /Không có nhiệm vụ mã “khong-co-nhiem-vu-nay” trong văn bản vừa nhập/],
    ['an issuer where the document gives one', () => ({ issuer: 'Ủy ban khác' }), /Cơ quan ban hành lấy nguyên văn từ phần đầu văn bản, không sửa ở đây được/],
  ])('%s: refused in Vietnamese, by field, nothing saved', async (_, edits, message) => {
    const r = repo();
    const bytes = await newYearDocx();
    const ids = fieldIds((await previewImport(r.ctx, { name: 'chuong-trinh-2027.docx', bytes })).review!);
    const before = fingerprint(r.root);
    const answer = await saveImportDraft(r.ctx, { name: 'chuong-trinh-2027.docx', bytes, edits: edits(ids[1]!) });
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/^✗ Tệp chuong-trinh-2027\.docx: 1 tiêu đề đã sửa chưa dùng được, nên chưa lưu gì:/);
    expect(answer.message).toMatch(message);
    expect(answer.message).toContain('Nội dung trang (content/) không thay đổi.');
    expect(answer.fieldProblems).toHaveLength(1);
    expect(answer.fieldProblems![0]!.message).toMatch(message);
    expect(r.git('branch', '--list', 'nhap-chuong-trinh/*')).toBe('');
    expect(fingerprint(r.root)).toEqual(before);
  });

  it('several problems at once are all listed, each by its field', async () => {
    const r = repo();
    const bytes = await newYearDocx();
    const ids = fieldIds((await previewImport(r.ctx, { name: 'ct.docx', bytes })).review!);
    const answer = await saveImportDraft(r.ctx, { name: 'ct.docx', bytes, edits: { titles: { [ids[0]!]: 'a\nb', [ids[2]!]: 'Đúng', 'la-ma': 'x' }, issuer: 'y' } });
    expect(answer.ok).toBe(false);
    expect(answer.fieldProblems!.map((p) => p.field).sort()).toEqual([ids[0]!, ISSUER_FIELD, 'la-ma'].sort());
  });

  it('a guessed issuer has its field, and the saved program takes the staff\'s issuer', async () => {
    const r = repo();
    const text = 'CHƯƠNG TRÌNH PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG CỦA ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỬ NĂM 2028\n1. CÔNG TÁC TUYÊN TRUYỀN\n- Tuyên truyền thực hiện Luật Hợp tác xã.\n';
    const bytes = Buffer.from(text);
    const preview = await previewImport(r.ctx, { name: 'ct-2028.txt', bytes });
    expect(preview.ok, preview.message).toBe(true);
    expect(preview.review).toContain(`<label for="${ISSUER_FIELD}">Cơ quan ban hành (lấy từ tiêu đề, cần kiểm tra)`);
    expect(preview.review).toContain('data-issuer data-proposal="ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỬ"');
    const bad = await saveImportDraft(r.ctx, { name: 'ct-2028.txt', bytes, edits: { issuer: 'Ủy ban\u202e' } });
    expect(bad.fieldProblems).toEqual([{ field: ISSUER_FIELD, message: expect.stringMatching(/^Cơ quan ban hành có ký tự không in được/) }]);
    const saved = await saveImportDraft(r.ctx, { name: 'ct-2028.txt', bytes, edits: { issuer: ' Ủy ban MTTQ Việt Nam phường Thử ' } });
    expect(saved.ok, saved.message).toBe(true);
    const program = parse(/^---\n([\s\S]*?)\n---/.exec(r.git('show', 'nhap-chuong-trinh/2028:content/programs/2028.mdx'))![1]!) as { issuer: string; title: string };
    expect(program.issuer).toBe('Ủy ban MTTQ Việt Nam phường Thử');
    expect(program.title).toBe('CHƯƠNG TRÌNH PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG CỦA ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỬ NĂM 2028');
    expect(saved.review).toContain('Ủy ban MTTQ Việt Nam phường Thử (cán bộ ghi khi nhập)');
    expect(saved.review).not.toContain('(lấy từ tiêu đề, cần kiểm tra)');
  });

  it('a preview ignores edits (they are saved only with the draft)', async () => {
    const r = repo();
    const bytes = await newYearDocx();
    const ids = fieldIds((await previewImport(r.ctx, { name: 'ct.docx', bytes })).review!);
    const preview = await previewImport(r.ctx, { name: 'ct.docx', bytes, edits: { titles: { [ids[0]!]: 'Tiêu đề thử QXZ' } } });
    expect(preview.review).not.toContain('QXZ');
  });

  it('on --replace, a title edit of an item file kept as edited by hand is refused (the edit would not land)', async () => {
    const project = tempContent();
    cleanups.push(project.cleanup);
    const file = join(project.root, 'ct-2027.docx');
    writeFileSync(file, await newYearDocx());
    const first = await importProgram(project.root, file, { reviewPage: false });
    expect(first.ok, first.output).toBe(true);
    const [kept, other] = first.plan!.report.items;
    const path = join(project.root, kept!.path);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "Sửa tay trong tệp"'));
    const before = fingerprint(project.root);
    const refused = await importProgram(project.root, file, { replace: true, reviewPage: false, edits: { titles: { [kept!.id]: 'Sửa trên trang xem lại' } } });
    expect(refused.ok).toBe(false);
    expect(refused.fieldProblems).toEqual([{ field: kept!.id, message: expect.stringContaining(`tệp ${kept!.path} đã được sửa tay sau lần nhập trước nên được giữ nguyên`) }]);
    expect(fingerprint(project.root)).toEqual(before);
    // An item whose file is as the importer wrote it takes the edit.
    const replaced = await importProgram(project.root, file, { replace: true, reviewPage: false, edits: { titles: { [other!.id]: 'Tiêu đề mới' } } });
    expect(replaced.ok, replaced.output).toBe(true);
    expect(frontmatter(readFileSync(join(project.root, other!.path), 'utf8')).title).toBe('Tiêu đề mới');
    expect(frontmatter(readFileSync(path, 'utf8')).title).toBe('Sửa tay trong tệp');
  });
});
