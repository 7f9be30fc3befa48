/**
 * A program of a new year (2027) as a Word document made with the `docx` package, as staff receive it:
 * a header block (issuing body, quốc hiệu, "Số: …", place and date) in a two-column table, headings and
 * items in Word's automatic numbering, anniversaries (one already on the site, one new), a "Nơi nhận"
 * and signature block. Shared by the editor's import tests (unit and browser).
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const NEW_YEAR = 2027;
/** The items' words, verbatim as the site must show them. */
export const NEW_YEAR_ITEMS = [
  'Tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2027).',
  'Tổ chức kỷ niệm 30 năm Ngày thành lập Câu lạc bộ Thử Nghiệm Long Khánh (15/3/1997 - 15/3/2027).',
  'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư (18/11).',
  'Giám sát việc thực hiện chính sách đối với người có công trên địa bàn thành phố.',
];
export const NEW_YEAR_HEADINGS = ['CÔNG TÁC TUYÊN TRUYỀN', 'CÔNG TÁC GIÁM SÁT'];
/** The anniversary the import creates (the other two link to events already on the site). */
export const NEW_EVENT = { id: 'ngay-thanh-lap-cau-lac-bo-thu-nghiem-long-khanh', title: 'Ngày thành lập Câu lạc bộ Thử Nghiệm Long Khánh', origin: '1997-03-15' };

const numbering = {
  config: [
    { reference: 'muc', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
    { reference: 'y', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
  ],
};
const cell = (lines: string[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] })) });
const columns = (left: string[], right: string[]) => new Table({ rows: [new TableRow({ children: [cell(left), cell(right)] })] });
const heading = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], numbering: { reference: 'muc', level: 0 } });
const item = (text: string) => new Paragraph({ text, numbering: { reference: 'y', level: 0 } });

export async function newYearDocx(): Promise<Buffer> {
  const document = new Document({
    numbering,
    sections: [{
      children: [
        columns(['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ LONG KHÁNH', 'Số: 05/CTr-MTTQ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Long Khánh, ngày 12 tháng 01 năm 2027']),
        new Paragraph({ children: [new TextRun({ text: 'CHƯƠNG TRÌNH', bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: `PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG NĂM ${NEW_YEAR}`, bold: true })] }),
        new Paragraph({ text: 'Căn cứ Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư;' }),
        new Paragraph({ text: 'Ban Thường trực xây dựng chương trình như sau:' }),
        heading(NEW_YEAR_HEADINGS[0]!),
        item(NEW_YEAR_ITEMS[0]!),
        item(NEW_YEAR_ITEMS[1]!),
        item(NEW_YEAR_ITEMS[2]!),
        heading(NEW_YEAR_HEADINGS[1]!),
        item(NEW_YEAR_ITEMS[3]!),
        columns(['Nơi nhận:', '- Thường trực Thành ủy;', '- Lưu VT.'], ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '(đã ký)']),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
