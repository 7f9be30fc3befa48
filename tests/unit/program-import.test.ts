// npm run import:program: the 2020 document imported into a copy without the 2020
// program gives back the landed 2020 content, field by field; bad input ends in a
// Vietnamese message naming the file and leaves content/ unchanged byte for byte.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importProgram } from '../../scripts/import-program';
import { PROJECT, tempContent } from '../support/temp-project';
import { contentWithout2020, fingerprint, readYear, SOURCE_2020 } from './program-import-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function copy(without2020 = true) {
  const project = without2020 ? contentWithout2020() : tempContent();
  cleanups.push(project.cleanup);
  return project;
}

const landed = readYear(PROJECT, 2020);
const sortedIds = (ids: string[]) => [...ids].sort();

describe('importing the 2020 document reproduces the landed 2020 content', () => {
  const project = contentWithout2020();
  let result: Awaited<ReturnType<typeof importProgram>>;
  let imported: ReturnType<typeof readYear> | null = null;
  beforeAll(async () => {
    result = await importProgram(project.root, join(project.root, SOURCE_2020));
    if (result.ok) imported = readYear(project.root, 2020);
  });
  afterAll(() => project.cleanup());
  it('imports, and the checker passes on the result', () => {
    expect(result.output).not.toContain('✗');
    expect(result.ok).toBe(true);
  });
  it('the program: title, date, basis, preamble and their documents (the issuer is proposed from the title and flagged)', () => {
    for (const key of ['year', 'title', 'issued', 'basis', 'basedOn', 'preamble', 'mentions']) expect(imported!.program[key], key).toEqual(landed.program[key] ?? null);
    expect(result.output).toContain('lấy từ tiêu đề, cần kiểm tra');
  });
  it('the same 12 headings, verbatim', () => {
    expect(imported!.sections).toHaveLength(12);
    expect(imported!.sections).toEqual(landed.sections);
  });
  it('the same 45 items verbatim, in order, with their markers, sections and parents', () => {
    expect(imported!.items).toHaveLength(45);
    for (const [i, item] of landed.items.entries()) {
      const got = imported!.items[i]!;
      expect({ order: got.order, marker: got.marker, section: got.section, parentOrder: got.parentOrder, text: got.text, everyMonths: got.everyMonths }, `item ${item.order}`).toEqual({
        order: item.order, marker: item.marker, section: item.section, parentOrder: item.parentOrder, text: item.text, everyMonths: item.everyMonths,
      });
    }
  });
  it('anniversaries, Ngày hội and campaigns link to the existing entries, in the order the text names them', () => {
    for (const [i, item] of landed.items.entries()) {
      expect(imported!.items[i]!.events, `events of item ${item.order}`).toEqual(item.events);
      expect(imported!.items[i]!.campaigns, `campaigns of item ${item.order}`).toEqual(item.campaigns);
    }
    expect(result.plan!.report.created).toEqual({ events: [], campaigns: [], documents: [] });
  });
  it('every cited document links to the existing one', () => {
    for (const [i, item] of landed.items.entries()) expect(sortedIds(imported!.items[i]!.documents), `documents of item ${item.order}`).toEqual(sortedIds(item.documents));
  });
  it('every non-empty body line is accounted for, and the "Nơi nhận" block is left out', () => {
    expect(result.plan!.report.notImported).toEqual([]);
    expect(result.plan!.report.ending).toEqual({ from: 96, to: 96 });
    const text = readFileSync(join(PROJECT, SOURCE_2020), 'utf8').split('\n');
    const used = new Set([...result.plan!.report.items.map((i) => i.line), ...result.plan!.report.headings.map((h) => h.line)]);
    const bodyLines = text.map((l, i) => ({ n: i + 1, l: l.trim() })).filter((x) => x.l && x.n > 3 && x.n < 96 && !x.l.startsWith('Năm 2020'));
    expect(bodyLines.filter((x) => !used.has(x.n))).toEqual([]);
  });
  it('proposes each title from the item\'s own words and flags it', () => {
    for (const item of imported!.items) expect(item.text.startsWith(item.title), item.title).toBe(true);
    expect(result.output).toContain('Tiêu đề ngắn cần kiểm tra: 45');
  });
});

describe('bad input ends in a Vietnamese message naming the file; content/ unchanged byte for byte', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['trong.txt', '', /trống/],
    ['chi-khoang-trang.txt', ' \n\n  \r\n', /trống/],
    ['van-ban.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), /PDF.*\.docx/],
    ['ban-quet.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /ảnh/],
    ['ban-quet.jpg', Buffer.from('ffd8ffe000104a464946', 'hex'), /ảnh/],
    ['cu.doc', Buffer.from('d0cf11e0a1b11ae1', 'hex'), /\.doc.*\.docx/],
    ['khong-co-muc.txt', 'CHƯƠNG TRÌNH PHỐI HỢP NĂM 2031\nCăn cứ tình hình thực tế.\nMột đoạn văn không có đề mục nào.\n', /không tìm thấy đề mục/],
    ['tcvn3.txt', Buffer.from([0x43, 0xb8, 0x6e, 0x20, 0xe7, 0xa9, 0x0a]), /UTF-8/],
    ['bang.xlsx', Buffer.from('hello'), /chỉ đọc \.docx, \.txt và \.md/],
  ];
  for (const [name, bytes, message] of cases) {
    it(name, async () => {
      const project = copy();
      const before = fingerprint(project.root);
      project.write(name, bytes);
      const result = await importProgram(project.root, join(project.root, name));
      expect(result.ok).toBe(false);
      expect(result.output).toContain(name);
      expect(result.output).toMatch(message);
      expect(result.output).toContain('không thay đổi');
      expect(fingerprint(project.root)).toEqual(before);
    });
  }

  it('a year already there, without --replace', async () => {
    const project = copy();
    expect((await importProgram(project.root, join(project.root, SOURCE_2020))).ok).toBe(true);
    const before = fingerprint(project.root);
    const again = await importProgram(project.root, join(project.root, SOURCE_2020));
    expect(again.ok).toBe(false);
    expect(again.output).toMatch(/Năm 2020 đã có trên trang.*chuong-trinh-2020\.txt.*--replace/s);
    expect(fingerprint(project.root)).toEqual(before);
  });

  it('a result the checker refuses is not written', async () => {
    const project = copy(false);
    const before = fingerprint(project.root);
    const result = await importProgram(project.root, join(project.root, SOURCE_2020), { year: 1900 });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Bộ kiểm tra nội dung thấy \d+ lỗi.*chưa ghi gì vào content/s);
    expect(result.output).toContain('content/programs/1900.mdx');
    expect(fingerprint(project.root)).toEqual(before);
  });

  it('odd lines are reported, nothing invented: a day not on the calendar makes no event, a "+" without a "-" becomes a "-"', async () => {
    const project = copy(false);
    const before = fingerprint(project.root);
    project.write('x.txt', 'CHƯƠNG TRÌNH CỦA ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỬ NĂM 2031\nCăn cứ A.\n1. Mục một:\n+ Kỷ niệm 10 năm Ngày Thử (31/2/2021 - 31/2/2031).\n');
    const result = await importProgram(project.root, join(project.root, 'x.txt'), { dryRun: true });
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(/không có trên lịch/);
    expect(result.output).toMatch(/dòng 4: ý "\+" không có nhiệm vụ "-"/);
    expect(fingerprint(project.root)).toEqual(before);
  });
});

describe('other text files', () => {
  it('UTF-16 with a byte-order mark (Word\'s "Unicode text"), CRLF, and Markdown headings import as the UTF-8 text does', async () => {
    const text = readFileSync(join(PROJECT, SOURCE_2020), 'utf8');
    const expected = copy();
    await importProgram(expected.root, join(expected.root, SOURCE_2020));
    const want = readYear(expected.root, 2020);
    const utf16 = copy();
    utf16.write('ct.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]));
    const markdown = copy();
    markdown.write('ct.md', text.replace(/^(\d+(?:\.\d+)*\. )(.*)$/gm, (_m, n: string, rest: string) => `## ${n}**${rest}**`));
    for (const [project, name] of [[utf16, 'ct.txt'], [markdown, 'ct.md']] as const) {
      const result = await importProgram(project.root, join(project.root, name));
      expect(result.ok, result.output).toBe(true);
      expect(readYear(project.root, 2020)).toEqual(want);
    }
  });
});

describe('--dry-run and --replace', () => {
  it('--dry-run writes nothing and prints the same report', async () => {
    const project = copy();
    const before = fingerprint(project.root);
    const dry = await importProgram(project.root, join(project.root, SOURCE_2020), { dryRun: true });
    expect(dry.ok).toBe(true);
    expect(dry.output).toContain('--dry-run');
    expect(fingerprint(project.root)).toEqual(before);
    const real = await importProgram(project.root, join(project.root, SOURCE_2020));
    const strip = (s: string) => s.replace(/ \(chạy thử --dry-run[^)]*\)/, '').split('\n').filter((l) => !/Thời gian|Trang xem lại|Bước tiếp theo/.test(l)).join('\n');
    expect(strip(real.output)).toBe(strip(dry.output));
  });

  it('--replace shows what changes and keeps a file edited by hand unless --yes', async () => {
    const project = copy();
    const first = await importProgram(project.root, join(project.root, SOURCE_2020));
    const edited = first.plan!.files.find((f) => f.path.startsWith('content/items/'))!.path;
    const untouched = first.plan!.files.filter((f) => f.path.startsWith('content/items/'))[1]!.path;
    const handText = readFileSync(join(project.root, edited), 'utf8').replace(/^title: .*$/m, 'title: "Tiêu đề do cán bộ sửa"');
    writeFileSync(join(project.root, edited), handText);
    // The document drops one item and rewords another: the dropped item's file goes, the reworded
    // one is replaced in the same file (its address stays), the hand-edited one is kept.
    const source = readFileSync(join(project.root, SOURCE_2020), 'utf8')
      .replace('- Tuyên truyền thực hiện Luật Hợp tác xã.\n', '')
      .replace('Vận động tham gia bảo vệ môi trường và ứng phó với biến đổi khí hậu.', 'Vận động tham gia bảo vệ môi trường và ứng phó với biến đổi khí hậu năm 2020.');
    project.write('chuong-trinh-2020-sua.txt', source);
    const reworded = first.plan!.report.items.find((i) => i.text.startsWith('Vận động tham gia bảo vệ môi trường'))!.path;
    const dropped = first.plan!.report.items.find((i) => i.text.startsWith('Tuyên truyền thực hiện Luật Hợp tác xã'))!.path;
    const preview = await importProgram(project.root, join(project.root, 'chuong-trinh-2020-sua.txt'), { replace: true, dryRun: true });
    const before = fingerprint(project.root);
    expect(preview.output).toContain(`thay: ${reworded}`);
    expect(fingerprint(project.root)).toEqual(before);
    const replaced = await importProgram(project.root, join(project.root, 'chuong-trinh-2020-sua.txt'), { replace: true });
    expect(replaced.ok, replaced.output).toBe(true);
    expect(replaced.output).toContain(`sửa tay, giữ lại: ${edited}`);
    expect(replaced.output).toContain(`xóa: ${dropped}`);
    expect(replaced.output).toContain(`thay: ${reworded}`);
    expect(replaced.changes!.filter((c) => c.change === 'mới')).toEqual([]);
    expect(readFileSync(join(project.root, edited), 'utf8')).toBe(handText);
    expect(existsSync(join(project.root, untouched))).toBe(true);
    expect(existsSync(join(project.root, dropped))).toBe(false);
    expect(readFileSync(join(project.root, reworded), 'utf8')).toContain('khí hậu năm 2020.');
    const confirmed = await importProgram(project.root, join(project.root, 'chuong-trinh-2020-sua.txt'), { replace: true, yes: true });
    expect(confirmed.output).toContain(`thay: ${edited}`);
    expect(readFileSync(join(project.root, edited), 'utf8')).not.toContain('Tiêu đề do cán bộ sửa');
  });
});

describe('the review page', () => {
  it('is one HTML file in Vietnamese with the program as it will show, what is new and what to check, every text escaped', async () => {
    const project = copy(false);
    project.write('x.txt', 'CHƯƠNG TRÌNH CỦA ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỬ NĂM 2031\nCăn cứ <script>alert(1)</script>.\n1. Mục <b>một</b>:\n- Tổ chức Ngày Thử <img src=x> (02/3).\nMột dòng lạc.\n');
    const result = await importProgram(project.root, join(project.root, 'x.txt'), { dryRun: true });
    expect(result.ok, result.output).toBe(true);
    const html = readFileSync(result.reviewPage!, 'utf8');
    expect(html).toContain('lang="vi"');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toMatch(/Không nhập được \(1\)/);
    expect(html).toContain('dòng 5');
    expect(html).toContain('(mới)');
    expect(html).toContain('Tiêu đề ngắn (cần kiểm tra)');
  });
});
