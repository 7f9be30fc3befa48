// The importer's pure parts: structure, references (linked by folded keys or created from
// the text only), proposed titles; and the text decoding of Word's "plain text" files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgramDocument, DocumentError, type SourceLine } from '../../src/lib/program-import/structure';
import { linkText, type KnownEntries } from '../../src/lib/program-import/references';
import { proposeTitle } from '../../src/lib/program-import/titles';
import { matchKey } from '../../src/lib/program-import/fold';
import { untouchedSinceImport, generatedFile } from '../../src/lib/program-import/serialize';
import { decodeText } from '../../src/node/program-document';
import { PROJECT } from '../support/temp-project';
import { SOURCE_2020 } from './program-import-support';

const linesOf = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const empty = (): KnownEntries => ({ events: [], campaigns: [], documents: [] });

describe('cited documents', () => {
  it('creates a document with the number, kind, date, issuer and subject the text gives, the rest null', () => {
    const known = empty();
    const links = linkText('Triển khai thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của MTTQ Việt Nam.', 2031, known);
    expect(links.documents).toEqual(['quy-dinh-so-124-qd-tw']);
    expect(known.documents[0]).toMatchObject({ title: 'Quy định số 124-QĐ/TW', kind: 'Quy định', number: '124-QĐ/TW', date: '2018-02-02', issuer: 'Ban Bí thư', subject: 'về giám sát của MTTQ Việt Nam', isNew: true });
  });
  it('reads "Nghị quyết liên tịch 88/NQLT/CP-ĐCTUBTWMTTQVN, ngày 07/10/2016" and "Thông báo số 336-TB/TU ngày 11/11/2019 của …"', () => {
    const known = empty();
    linkText('Sơ kết Nghị quyết liên tịch 88/NQLT/CP-ĐCTUBTWMTTQVN, ngày 07/10/2016 của Chính phủ về giảm nghèo.', 2031, known);
    linkText('Căn cứ Thông báo số 336-TB/TU ngày 11/11/2019 của Ban Chấp hành Đảng bộ thành phố (Khóa III) quyết nghị về chỉ tiêu năm 2020.', 2031, known);
    expect(known.documents.map((d) => [d.kind, d.number, d.date, d.issuer])).toEqual([
      ['Nghị quyết liên tịch', '88/NQLT/CP-ĐCTUBTWMTTQVN', '2016-10-07', 'Chính phủ'],
      ['Thông báo', '336-TB/TU', '2019-11-11', 'Ban Chấp hành Đảng bộ thành phố (Khóa III)'],
    ]);
  });
  it('never creates the same document twice: number spacing, case, diacritics and tone placement fold', () => {
    const known = empty();
    const a = linkText('Thực hiện Quy định số 124-QĐ/TW của Ban Bí thư.', 2031, known);
    const b = linkText('Sơ kết quy định số 124 - qđ/tw.', 2031, known);
    const c = linkText('Triển khai Đề án “Tăng cường vận động, đoàn kết các tôn giáo ở nước ta hiện nay”.', 2031, known);
    const d = linkText('Tiep tuc De an "Tang cuong van dong, doan ket cac ton giao o nuoc ta hien nay".', 2031, known);
    expect(b.documents).toEqual(a.documents);
    expect(d.documents).toEqual(c.documents);
    expect(known.documents).toHaveLength(2);
    expect(matchKey('Uỷ ban hoà bình')).toBe(matchKey('Ủy ban hòa bình'));
    expect(matchKey('Luật Mặt trận Tổ quốc Việt Nam')).toBe(matchKey('Luật MTTQ Việt Nam'));
  });
  it('"năm 2020" after a kind is not a document number; "số 01, số 02" are two documents', () => {
    const known = empty();
    expect(linkText('Tổ chức Chương trình 2020 cho thiếu nhi.', 2031, known).documents).toEqual([]);
    const links = linkText('Sơ kết Kết luận số 01, số 02 của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam khóa VIII về công tác dân tộc.', 2031, known);
    expect(links.documents).toEqual(['ket-luan-so-01', 'ket-luan-so-02']);
  });
});

describe('events and campaigns', () => {
  it('an anniversary links by its origin date or is created with it; the number of years is not stored, and a wrong one is reported', () => {
    const known: KnownEntries = { ...empty(), events: [{ id: 'quoc-khanh', title: 'Quốc khánh Nước CHXHCN Việt Nam', kind: 'anniversary', origin: '1945-09-02' }] };
    const links = linkText('Kỷ niệm 86 năm Quốc khánh (2/9/1945 - 2/9/2031) và 40 năm Ngày thành lập Hội Thử (05/6/1990 - 05/6/2031).', 2031, known);
    expect(links.events).toEqual(['quoc-khanh', 'ngay-thanh-lap-hoi-thu']);
    expect(known.events[1]).toMatchObject({ kind: 'anniversary', origin: '1990-06-05', title: 'Ngày thành lập Hội Thử' });
    expect(links.remarks.join('\n')).toMatch(/40 năm không khớp/);
  });
  it('a dated day "(18/11)" links to the event named before it, else creates a yearly event from "Ngày …"', () => {
    const known: KnownEntries = { ...empty(), events: [
      { id: 'ngay-truyen-thong', title: 'Ngày truyền thống MTTQ Việt Nam', kind: 'anniversary', origin: '1930-11-18' },
      { id: 'ngay-hoi', title: 'Ngày hội đại đoàn kết toàn dân tộc', kind: 'yearly', monthDay: '11-18' },
    ] };
    expect(linkText('Kỷ niệm Ngày truyền thống MTTQ Việt Nam (18/11).', 2031, known).events).toEqual(['ngay-truyen-thong']);
    const other = linkText('Hưởng ứng Ngày Pháp luật Việt Nam (09/11).', 2031, known);
    expect(other.events).toEqual(['ngay-phap-luat-viet-nam']);
    expect(known.events.at(-1)).toMatchObject({ kind: 'yearly', monthDay: '11-09' });
    expect(linkText('Báo cáo định kỳ (30/6).', 2031, known).remarks.join()).toMatch(/không rõ là của sự kiện nào/);
  });
  it('a dated event of another year is not linked to a new year', () => {
    const known: KnownEntries = { ...empty(), events: [{ id: 'thang-2020', title: 'Tháng cao điểm vì người nghèo', kind: 'range', start: '2020-10-17', end: '2020-11-18' }] };
    expect(linkText('Tổ chức Tháng cao điểm vì người nghèo.', 2031, known).events).toEqual([]);
    expect(linkText('Tổ chức Tháng cao điểm vì người nghèo.', 2020, known).events).toEqual(['thang-2020']);
  });
  it('campaigns in quotes after "cuộc vận động", "phong trào", "chương trình": linked by folded title or alias, or created with their kind', () => {
    const known: KnownEntries = { ...empty(), campaigns: [{ id: 'hang-viet', title: 'Người Việt Nam ưu tiên dùng hàng Việt Nam', kind: 'cuoc-van-dong', aliases: [], events: [] }] };
    const links = linkText('Thực hiện Cuộc vận động "Nguoi Viet Nam uu tien dung hang Viet Nam" và phong trào thi đua “Dân vận khéo”, Chương trình “Vì biển đảo”.', 2031, known);
    expect(links.campaigns).toEqual(['hang-viet', 'dan-van-kheo', 'vi-bien-dao']);
    expect(known.campaigns.slice(1).map((c) => c.kind)).toEqual(['phong-trao-thi-dua', 'chuong-trinh']);
  });
});

describe('document structure', () => {
  it('joins a paragraph split across lines, keeps the document\'s words, reports a stray line with its number', () => {
    const doc = parseProgramDocument(linesOf('CHƯƠNG TRÌNH CỦA ỦY BAN THỬ NĂM 2031\nCăn cứ A.\n1. Mục một\ntiếp theo:\n- Nhiệm vụ viết\n  trên hai dòng.\nDòng lạc.\n  Nơi nhận:\n- Lưu.'));
    expect(doc.headings.map((h) => h.title)).toEqual(['Mục một tiếp theo:']);
    expect(doc.items.map((i) => [i.text, i.lines])).toEqual([['Nhiệm vụ viết trên hai dòng.', [5, 6]]]);
    expect(doc.notImported.map((n) => n.line)).toEqual([7]);
    expect(doc.ending).toEqual({ from: 8, to: 9 });
  });
  it('reads the header block: number, date (a blank date stays null), issuing body', () => {
    const head = 'ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG THỬ\nSố:   05/CTr-MTTQ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
    const doc = parseProgramDocument(linesOf(`${head}Thử, ngày 15 tháng 01 năm 2022\nCHƯƠNG TRÌNH NĂM 2022\n1. A:\n- B.`));
    expect([doc.number, doc.issued, doc.issuerLines.join(' ')]).toEqual(['05/CTr-MTTQ', '2022-01-15', 'ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỬ']);
    expect(parseProgramDocument(linesOf(`${head}Thử, ngày    tháng 01 năm 2022\nCHƯƠNG TRÌNH NĂM 2022\n1. A:\n- B.`)).issued).toBeNull();
  });
  it('a title in two parts, as Nghị định 30 sets it: the kind in capitals, then its subject line in ordinary letters', () => {
    const rule = '\n------------\n';
    for (const [kind, subject] of [['CHƯƠNG TRÌNH', 'Phối hợp, thống nhất hành động năm 2023'], ['KẾ HOẠCH', 'Thực hiện cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”'], ['CHƯƠNG TRÌNH PHỐI HỢP', 'và thống nhất hành động của Ủy ban MTTQ Việt Nam phường Thử năm 2031']]) {
      const doc = parseProgramDocument(linesOf(`ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG THỬ\nSố: 05/CTr-MTTQ\n${kind}\n${subject}${rule}Căn cứ Luật A;\nCăn cứ Thông báo B;\nBan Thường trực xây dựng Chương trình như sau:\nI. MỤC ĐÍCH\na) Làm X.\n`));
      expect(doc.title, kind).toBe(`${kind} ${subject}`);
      expect(doc.titleLines).toEqual([4, 5]);
      expect(doc.basis).toBe('Căn cứ Luật A; Căn cứ Thông báo B;');
      expect(doc.preamble).toBe('Ban Thường trực xây dựng Chương trình như sau:');
      expect(doc.notes.map((n) => n.reason)).not.toContain('không thấy đoạn "Căn cứ …" trước mục đầu tiên');
      expect(doc.notImported).toEqual([]);
    }
    // The kind alone, then the basis: the title is the kind; a sentence after it is preamble, not title.
    expect(parseProgramDocument(linesOf('CHƯƠNG TRÌNH\nCăn cứ A.\n1. Mục:\n- B.')).title).toBe('CHƯƠNG TRÌNH');
    const long = parseProgramDocument(linesOf('CHƯƠNG TRÌNH\nNăm 2031 là năm có nhiều sự kiện quan trọng của đất nước và của phường; Ban Thường trực xây dựng Chương trình phối hợp tập trung các nội dung trọng tâm như sau:\n1. Mục:\n- B.'));
    expect(long.title).toBe('CHƯƠNG TRÌNH');
    expect(long.preamble).toMatch(/^Năm 2031 là năm/);
  });
  it('keeps the document\'s own numbering (I., a)) as labels; a heading in capitals does not run on into the paragraph below it', () => {
    const doc = parseProgramDocument(linesOf('CHƯƠNG TRÌNH NĂM 2031\nCăn cứ A.\nI. MỤC ĐÍCH\na) Làm X.\nb ) Làm Y.\nII . NỘI DUNG\n1. Tuyên truyền:\n- Làm Z.\nIII. TỔ CHỨC THỰC HIỆN\nCác tổ chức thành viên xây dựng kế hoạch.'));
    expect(doc.headings.map((h) => [h.number, h.label, h.title])).toEqual([['1', 'I.', 'MỤC ĐÍCH'], ['2', 'II.', 'NỘI DUNG'], ['2.1', '1.', 'Tuyên truyền:'], ['3', 'III.', 'TỔ CHỨC THỰC HIỆN']]);
    expect(doc.items.map((i) => [i.label, i.text])).toEqual([['a)', 'Làm X.'], ['b)', 'Làm Y.'], [undefined, 'Làm Z.']]);
    expect(doc.notImported.map((n) => [n.line, n.text])).toEqual([[10, 'Các tổ chức thành viên xây dựng kế hoạch.']]);
    expect(doc.notImported[0]!.reason).toMatch(/ngay dưới đề mục in hoa/);
  });
  it('a document without headings or without a title is refused', () => {
    expect(() => parseProgramDocument(linesOf('CHƯƠNG TRÌNH NĂM 2031\nCăn cứ A.\nKhông có mục nào.'))).toThrow(DocumentError);
    expect(() => parseProgramDocument(linesOf('Căn cứ A.\n1. Mục:\n- B.'))).toThrow(/tiêu đề/);
  });
});

describe('proposed titles', () => {
  const items = parseProgramDocument(linesOf(readFileSync(join(PROJECT, SOURCE_2020), 'utf8'))).items;
  it('are the item\'s own first words, never end inside brackets or quotes, and are short', () => {
    for (const item of items) {
      const title = proposeTitle(item.text);
      expect(item.text.startsWith(title), title).toBe(true);
      expect((title.match(/\(/g) ?? []).length, title).toBe((title.match(/\)/g) ?? []).length);
      expect((title.match(/“/g) ?? []).length, title).toBe((title.match(/”/g) ?? []).length);
      expect(title.length).toBeLessThanOrEqual(90);
      expect(title).not.toMatch(/ (về|của|và|với)$/);
    }
    expect(proposeTitle('Tuyên truyền thực hiện Luật Hợp tác xã.')).toBe('Tuyên truyền thực hiện Luật Hợp tác xã');
  });
});

describe('text files and generated-file marks', () => {
  it('UTF-16 with a byte-order mark (little or big endian) decodes to the same text as UTF-8', () => {
    const text = readFileSync(join(PROJECT, SOURCE_2020), 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le, 'a.txt')).toBe(text);
    expect(decodeText(be, 'a.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt').replace(/^\uFEFF/, '')).toBe(text);
  });
  it('a generated file is known as untouched until someone edits it', () => {
    const file = generatedFile([['title', 'Một'], ['kind', 'anniversary']], false);
    expect(untouchedSinceImport(file)).toBe(true);
    expect(untouchedSinceImport(file.replace('Một', 'Hai'))).toBe(false);
    expect(untouchedSinceImport('title: Một\n')).toBeNull();
  });
});
