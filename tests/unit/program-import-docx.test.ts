// Word documents: a .docx made here with the `docx` package (real Word numbering for
// headings and lists, a header block table, a "Nơi nhận" block) imports to the same
// result as the text; Roman-numbered documents with a)/b) items; a truncated .docx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { importProgram } from '../../scripts/import-program';
import { PROJECT, tempContent } from '../support/temp-project';
import { contentWithout2020, fingerprint, readYear, ROMAN_DOCUMENT, SOURCE_2020 } from './program-import-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const numbering = {
  config: [
    { reference: 'muc', levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
    ] },
    { reference: 'y', levels: [
      { level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.BULLET, text: '+', alignment: AlignmentType.LEFT },
    ] },
  ],
};

const cellOf = (lines: string[], bold = false) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] })) });
const twoColumns = (left: string[], right: string[]) => new Table({ rows: [new TableRow({ children: [cellOf(left, true), cellOf(right, true)] })] });

/** The 2020 text as a Word document: numbers and dashes become Word numbering (the text keeps no "1." or "- "). */
function docxOf2020(): Document {
  const lines = readFileSync(join(PROJECT, SOURCE_2020), 'utf8').split('\n').map((l) => l.trim());
  const body: Paragraph[] = [];
  for (const line of lines) {
    if (!line || line.startsWith('Nơi nhận')) continue;
    const heading = /^(\d+(?:\.\d+)*)\.\s+(.*)$/.exec(line);
    const item = /^([-+])\s*(.*)$/.exec(line);
    if (heading) body.push(new Paragraph({ children: [new TextRun({ text: heading[2]!, bold: true })], numbering: { reference: 'muc', level: heading[1]!.split('.').length - 1 } }));
    else if (item) body.push(new Paragraph({ text: item[2]!, numbering: { reference: 'y', level: item[1] === '+' ? 1 : 0 } }));
    else body.push(new Paragraph({ children: [new TextRun({ text: line, bold: /^[A-ZĐƯƠỦ ,]+/.test(line) })] }));
  }
  return new Document({
    numbering,
    sections: [{
      children: [
        twoColumns(['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ LONG KHÁNH', 'Số: 01/CTr-MTTQ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Long Khánh, ngày 15 tháng 01 năm 2020']),
        ...body,
        twoColumns(['Nơi nhận:', '- Thường trực Thành ủy;', '- Lưu VT.'], ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '(đã ký)']),
      ],
    }],
  });
}

describe('a .docx with Word numbering, a header block and a "Nơi nhận" block', () => {
  it('imports to the same program as the text document, with number and date from the header', async () => {
    const fromText = contentWithout2020();
    const fromWord = contentWithout2020();
    cleanups.push(fromText.cleanup, fromWord.cleanup);
    fromWord.write('chuong-trinh-2020.docx', await Packer.toBuffer(docxOf2020()));
    const text = await importProgram(fromText.root, join(fromText.root, SOURCE_2020));
    const word = await importProgram(fromWord.root, join(fromWord.root, 'chuong-trinh-2020.docx'));
    expect(word.ok, word.output).toBe(true);
    const a = readYear(fromText.root, 2020);
    const b = readYear(fromWord.root, 2020);
    expect(b.sections).toEqual(a.sections);
    expect(b.items).toEqual(a.items);
    for (const key of ['title', 'basis', 'preamble', 'basedOn', 'mentions']) expect(b.program[key], key).toEqual(a.program[key]);
    expect(b.program.number).toBe('01/CTr-MTTQ');
    expect(b.program.issued).toBe('2020-01-15');
    expect(b.program.issuer).toBe('ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ LONG KHÁNH');
    expect(word.plan!.report.notImported).toEqual([]);
    expect(word.plan!.report.ending).not.toBeNull();
    expect(JSON.stringify(b)).not.toMatch(/Nơi nhận|Lưu VT|CHỦ TỊCH|đã ký/);
    expect(word.output).toContain('đoạn');
    expect(text.ok).toBe(true);
  });

  it('a truncated .docx: a Vietnamese message naming the file, content/ unchanged', async () => {
    const project = contentWithout2020();
    cleanups.push(project.cleanup);
    const before = fingerprint(project.root);
    const full = await Packer.toBuffer(docxOf2020());
    project.write('cat-do.docx', full.subarray(0, Math.floor(full.length / 2)));
    const result = await importProgram(project.root, join(project.root, 'cat-do.docx'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/cat-do\.docx bị hỏng hoặc chưa tải về đủ/);
    expect(fingerprint(project.root)).toEqual(before);
  });
});


describe('a document numbered with Roman numerals, with a)/b) items', () => {
  it('as a .docx (numbers typed, dashes as Word bullets, the header in a table) reads as the text does', async () => {
    const text = tempContent();
    const word = tempContent();
    cleanups.push(text.cleanup, word.cleanup);
    text.write('ct-2031.txt', ROMAN_DOCUMENT.join('\n'));
    const end = ROMAN_DOCUMENT.indexOf('Nơi nhận:');
    const paragraphs = ROMAN_DOCUMENT.slice(6, end).map((line) => {
      const dash = /^- (.*)$/.exec(line);
      return dash ? new Paragraph({ text: dash[1]!, numbering: { reference: 'y', level: 0 } }) : new Paragraph({ children: [new TextRun({ text: line, bold: /^[IV]+\./.test(line) })] });
    });
    const document = new Document({ numbering, sections: [{ children: [twoColumns(ROMAN_DOCUMENT.slice(0, 3), ROMAN_DOCUMENT.slice(3, 6)), ...paragraphs, twoColumns(ROMAN_DOCUMENT.slice(end, end + 2), ROMAN_DOCUMENT.slice(end + 2))] }] });
    word.write('ct-2031.docx', await Packer.toBuffer(document));
    const a = await importProgram(text.root, join(text.root, 'ct-2031.txt'));
    const b = await importProgram(word.root, join(word.root, 'ct-2031.docx'));
    expect(b.ok, b.output).toBe(true);
    expect(readYear(word.root, 2031)).toEqual(readYear(text.root, 2031));
    expect(b.plan!.report.created).toEqual(a.plan!.report.created);
  });

  it('reads headings I → 1, 1. under II → 2.1, a) before dashes → a sub-heading, a) alone → an item', async () => {
    const project = tempContent();
    cleanups.push(project.cleanup);
    project.write('ct-2031.txt', ROMAN_DOCUMENT.join('\r\n'));
    const result = await importProgram(project.root, join(project.root, 'ct-2031.txt'));
    expect(result.ok, result.output).toBe(true);
    const y = readYear(project.root, 2031);
    expect(y.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', 'CÔNG TÁC TUYÊN TRUYỀN'],
      ['1.1', 'Tuyên truyền các ngày lễ lớn:'],
      ['1.2', 'Thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”:'],
      ['2', 'CÔNG TÁC GIÁM SÁT'],
      ['2.1', 'Giám sát:'],
      ['2.1.1', 'Phối hợp giám sát:'],
    ]);
    expect(y.items.map((i) => [i.section, i.marker, i.text])).toEqual([
      ['2031/1-1', '-', 'Kỷ niệm 101 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2031).'],
      ['2031/1-1', '-', 'Kỷ niệm 50 năm Ngày thành lập Hội Thử Nghiệm (01/3/1981 - 01/3/2031).'],
      ['2031/1-2', '-', 'Triển khai Thông báo số 12-TB/TU ngày 10/01/2031 của Ban Thường vụ Thành ủy về công tác dân vận năm 2031.'],
      ['2031/2-1-1', '-', 'Tiếp tục thực hiện Nghị quyết liên tịch 88/NQLT/CP - ĐCTUBTWMTTQVN ngày 07/10/2016.'],
      ['2031/2-1-1', '-', 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11).'],
    ]);
    // Existing entries found whatever the spelling (spacing of the number, case); new ones made once, from the text only.
    expect(y.items[0]!.events).toEqual(['ngay-thanh-lap-dang-cong-san-viet-nam']);
    expect(y.items[1]!.events).toEqual(['ngay-thanh-lap-hoi-thu-nghiem']);
    expect(y.items[2]!.campaigns).toEqual(['toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh']);
    expect(y.items[2]!.documents).toEqual(['thong-bao-so-12-tb-tu']);
    expect(y.items[3]!.documents).toEqual(['nghi-quyet-lien-tich-88-nqlt-cp-dctubtwmttqvn']);
    expect(y.items[4]!.events).toEqual(['ngay-hoi-dai-doan-ket-toan-dan-toc']);
    expect(y.program.basedOn).toEqual(['quy-dinh-so-124-qd-tw']);
    expect(y.program.number).toBe('12/CTr-MTTQ');
    expect(y.program.issued).toBe('2031-01-20');
    const notice = readFileSync(join(project.root, 'content/documents/thong-bao-so-12-tb-tu.yaml'), 'utf8');
    expect(notice).toContain('number: "12-TB/TU"');
    expect(notice).toContain('date: "2031-01-10"');
    expect(notice).toContain('issuer: "Ban Thường vụ Thành ủy"');
    expect(notice).toContain('subject: "về công tác dân vận năm 2031"');
    const event = readFileSync(join(project.root, 'content/events/ngay-thanh-lap-hoi-thu-nghiem.yaml'), 'utf8');
    expect(event).toContain('origin: "1981-03-01"');
    expect(event).toContain('kind: "anniversary"');
    // Existing anniversaries now also list 2031; their comments stay.
    const party = readFileSync(join(project.root, 'content/events/ngay-thanh-lap-dang-cong-san-viet-nam.yaml'), 'utf8');
    expect(party).toMatch(/2031/);
    expect(result.output).toMatch(/sự kiện mới: Ngày thành lập Hội Thử Nghiệm/);
  });
});
