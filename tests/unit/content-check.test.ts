// check:content refuses each kind of mistake with a Vietnamese message naming
// the file, the line or field, and what to write instead. Each case writes one
// small bad file into a temporary copy of content/.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_HELP } from '../../src/lib/field-help';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { tempContent } from '../support/temp-project';

let project: ReturnType<typeof tempContent>;
beforeEach(() => {
  project = tempContent();
});
afterEach(() => project.cleanup());

const ANN = 'content/announcements/2026-01-05-thu-nghiem.mdx';
const announcement = (front: string, body = 'Nội dung.') => `---\n${front}\n---\n\n${body}\n`;
const GOOD_FRONT = `title: Thông báo thử nghiệm\ndate: '2026-01-05'\nsummary: Tóm tắt thử nghiệm.`;

/** The printed lines for one file. */
function problemsFor(file: string): string[] {
  return checkContent(project.root).problems.filter((p) => p.file === file).map(formatProblem);
}

describe('the committed content', () => {
  it('passes', () => {
    const { problems, counts } = checkContent(project.root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts.items).toBe(45);
  });
});

describe('refusals', () => {
  it('a good announcement passes (control)', () => {
    project.write(ANN, announcement(GOOD_FRONT, 'Xem [sự kiện](/su-kien/quoc-khanh/) và [chương trình](/chuong-trinh/2020/).'));
    expect(problemsFor(ANN)).toEqual([]);
  });

  it('missing and empty required fields', () => {
    project.write(ANN, announcement(`title: ''\ndate: '2026-01-05'\nsummary:`));
    expect(problemsFor(ANN)).toEqual([
      `${ANN} (dòng 2, trường "title"): không được để trống. Tiêu đề: ${ANNOUNCEMENT_HELP.title.help}`,
      `${ANN} (dòng 4, trường "summary"): không được để trống. Tóm tắt: ${ANNOUNCEMENT_HELP.summary.help}`,
    ]);
    project.write(ANN, announcement(`date: '2026-01-05'\nsummary: x`));
    expect(problemsFor(ANN)).toEqual([`${ANN} (trường "title"): thiếu trường này (bắt buộc). Tiêu đề: ${ANNOUNCEMENT_HELP.title.help}`]);
  });

  it('a day-first date, with the date to write instead', () => {
    project.write(ANN, announcement(`title: T\ndate: 18/11/2020\nsummary: S`));
    expect(problemsFor(ANN)).toEqual([`${ANN} (dòng 3, trường "date"): "18/11/2020" viết ngày trước tháng; viết ngày theo dạng 2020-11-18`]);
  });

  it('an impossible date, quoted or not', () => {
    project.write(ANN, announcement(`title: T\ndate: 2020-02-30\nsummary: S`));
    expect(problemsFor(ANN)).toEqual([`${ANN} (dòng 3, trường "date"): ngày "2020-02-30" không có trên lịch (kiểm tra lại ngày và tháng)`]);
    project.write('content/events/thu.yaml', `title: T\nkind: range\nstart: '2020-04-31'\nend: '2020-05-02'\n`);
    expect(problemsFor('content/events/thu.yaml')).toEqual([
      `content/events/thu.yaml (dòng 3, trường "start"): ngày "2020-04-31" không có trên lịch (kiểm tra lại ngày và tháng)`,
    ]);
  });

  it('lunar days and yearly periods: wrong form, missing field, holiday not true/false (issue 21)', () => {
    const EV = 'content/events/thu.yaml';
    project.write(EV, `title: Giỗ Tổ\nkind: lunar\nlunarMonthDay: '03-10'\nholiday: true\n`);
    expect(problemsFor(EV)).toEqual([]);
    project.write(EV, `title: Giỗ Tổ\nkind: lunar\nlunarMonthDay: '03-31'\n`);
    expect(problemsFor(EV).join('\n')).toMatch(/dòng 3, trường "lunarMonthDay".*THÁNG-NGÀY.*10 tháng 3 âm lịch/);
    project.write(EV, `title: Giỗ Tổ\nkind: lunar\n`);
    expect(problemsFor(EV).join('\n')).toMatch(/trường "lunarMonthDay".*thiếu/);
    project.write(EV, `title: Tháng\nkind: yearly-range\nstartMonthDay: '10-17'\nendMonthDay: '11-31'\nholiday: có\n`);
    const problems = problemsFor(EV).join('\n');
    expect(problems).toMatch(/dòng 4, trường "endMonthDay"\): ngày này không có trong tháng/);
    expect(problems).toMatch(/dòng 5, trường "holiday"\): kiểu dữ liệu sai: cần true hoặc false/);
  });

  it('a future announcement is scheduled, not an error; a file name dated otherwise than `date` is warned of (issue 21)', () => {
    project.write(ANN, announcement(`title: Hẹn giờ\ndate: '2026-12-24'\nsummary: S`));
    const before = checkContent(project.root, { today: '2026-12-23' });
    expect(before.problems.filter((p) => p.file === ANN)).toEqual([]);
    expect(before.notices.filter((p) => p.file === ANN).map(formatProblem)).toEqual([
      `${ANN} (dòng 3, trường "date"): thông báo sẽ tự đăng ngày 24/12/2026: trước ngày đó không hiện trên trang, RSS, sơ đồ trang và tìm kiếm`,
      `${ANN} (dòng 3, trường "date"): cảnh báo: tên tệp ghi ngày 05/01/2026 nhưng trường date là 24/12/2026; trang dùng ngày ở trường date. Sửa một trong hai cho khớp (đổi tên tệp thành 2026-12-24-thu-nghiem.mdx thì địa chỉ trang đổi theo)`,
    ]);
    // On its day it is published: no scheduling note. Without a day given, no note either.
    expect(checkContent(project.root, { today: '2026-12-24' }).notices.filter((p) => p.file === ANN).map((n) => n.message)).toEqual([expect.stringMatching(/^cảnh báo: tên tệp/)]);
    project.write(ANN, announcement(GOOD_FRONT));
    expect(checkContent(project.root, { today: '2025-01-01' }).notices.filter((p) => p.file === ANN).map((n) => n.message)).toEqual([expect.stringMatching(/^thông báo sẽ tự đăng ngày 05\/01\/2026/)]);
    expect(checkContent(project.root, { today: '2026-01-05' }).notices.filter((p) => p.file === ANN)).toEqual([]);
  });

  it('references to campaigns, events or documents that do not exist, with a suggestion', () => {
    project.write(ANN, announcement(`${GOOD_FRONT}\nevents: [quoc-khan]\ncampaigns:\n  - khong-co-that\ndocuments: [luat-gi-do]`));
    expect(problemsFor(ANN)).toEqual([
      `${ANN} (dòng 5, trường "events[0]"): không có sự kiện nào tên "quoc-khan"; có phải là "quoc-khanh"?`,
      `${ANN} (dòng 7, trường "campaigns[0]"): không có cuộc vận động nào tên "khong-co-that"; xem tên các tệp trong content/campaigns/`,
      `${ANN} (dòng 8, trường "documents[0]"): không có văn bản nào tên "luat-gi-do"; xem tên các tệp trong content/documents/`,
    ]);
  });

  it('YAML syntax errors, with the line', () => {
    project.write('content/events/thu.yaml', `title: "Ngày hội\nkind: single\ndate: '2020-11-18'\n`);
    const [message, ...rest] = problemsFor('content/events/thu.yaml');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^content\/events\/thu\.yaml \(dòng \d\): lỗi cú pháp YAML: thiếu dấu đóng/);
    project.write(ANN, announcement(`title: T\ndate: '2026-01-05'\ndate: '2026-01-06'\nsummary: S`));
    expect(problemsFor(ANN)).toEqual([expect.stringMatching(/^.+ \(dòng 4\): lỗi cú pháp YAML: một trường được viết hai lần/)]);
  });

  it('YAML syntax errors are worded in Vietnamese only: none of the parser\'s English text reaches staff', () => {
    // One broken file per kind of mistake staff make; the parser reports each in English.
    const broken = [
      'title: Hội nghị: tổng kết năm\nkind: single\ndate: \'2020-11-18\'\n', // "Nested mappings are not allowed in compact mappings"
      'title: "Ngày hội\nkind: single\n',
      'title: [Ngày hội\nkind: single\n',
      'title: T\n\tkind: single\n',
      'title: T\n  kind: single\n',
      'title: "a \\q"\nkind: single\n',
      'title: T\ntitle: U\n',
      '- title: T\nkind: single\n',
      'title: T\n---\nkind: single\n',
      '%YAML 1.1\ntitle: T\n',
      'title: { a: 1\nkind: single\n',
      'title: T\nsummary: a: b: c\n',
    ];
    const english = /\b(are|is|not|allowed|expected|must|the|mapping|mappings|missing|unexpected|implicit|key|flow|sequence|scalar|document|indentation)\b/i;
    for (const text of broken) {
      project.write('content/events/thu.yaml', text);
      const messages = problemsFor('content/events/thu.yaml');
      expect(messages.length, text).toBeGreaterThan(0);
      for (const m of messages) expect(m, text).not.toMatch(english);
    }
    project.write('content/events/thu.yaml', broken[0]!);
    expect(problemsFor('content/events/thu.yaml')[0]).toMatch(/dòng 1\): lỗi cú pháp YAML: giá trị có dấu ":" .*ngoặc kép/);
  });

  it('MDX syntax errors: an unclosed tag', () => {
    project.write(ANN, announcement(GOOD_FRONT, 'Đoạn một.\n\n<div>\nchưa đóng thẻ'));
    expect(problemsFor(ANN)).toEqual([expect.stringMatching(/^content\/announcements\/2026-01-05-thu-nghiem\.mdx \(dòng 9\): lỗi cú pháp: thẻ <div> mở mà không đóng; thêm <\/div>/)]);
  });

  it('a file without frontmatter', () => {
    project.write(ANN, 'Chỉ có nội dung.\n');
    expect(problemsFor(ANN)).toEqual([`${ANN} (dòng 1): thiếu phần thông tin ở đầu tệp: tệp phải bắt đầu bằng một dòng ---, các trường (title: …), rồi một dòng --- nữa`]);
  });

  it('images that do not exist or have no alt text, and images from other hosts', () => {
    project.write('public/anh/co-that.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    project.write(ANN, announcement(GOOD_FRONT, '![Ảnh có thật](/anh/co-that.png)\n\n![](/anh/co-that.png)\n\n![Ảnh](/anh/khong-co.png)\n\n<img src="/anh/co-that.png" />\n\n![Ảnh](https://example.com/a.png)'));
    expect(problemsFor(ANN)).toEqual([
      `${ANN} (dòng 9): ảnh "/anh/co-that.png" thiếu lời mô tả (alt) cho người không xem được ảnh: viết ![mô tả ảnh](/anh/co-that.png)`,
      `${ANN} (dòng 11): không có ảnh "/anh/khong-co.png": chép ảnh vào thư mục public/anh/ (ví dụ public/anh/ten-anh.jpg và viết /anh/ten-anh.jpg) hoặc sửa lại tên`,
      `${ANN} (dòng 13): ảnh "/anh/co-that.png" thiếu lời mô tả (alt) cho người không xem được ảnh: viết ![mô tả ảnh](/anh/co-that.png)`,
      `${ANN} (dòng 15): ảnh "https://example.com/a.png" lấy từ trang khác; trang không tải gì từ nơi khác: chép ảnh vào public/anh/ và viết /anh/ten-anh.jpg`,
    ]);
  });

  it('internal links to pages that do not exist', () => {
    project.write(ANN, announcement(GOOD_FRONT, '[a](/su-kien/khong-co/) [b](/su-kien) [c](/chuong-trinh/2019/) [d](su-kien/) [ok](/thong-bao/#muc) [ok2](https://example.org/)'));
    // The allow-list's verdict on a link's form comes first, then whether the linked pages exist.
    expect(problemsFor(ANN)).toEqual([
      `${ANN} (dòng 7): liên kết "su-kien/" không rõ là trang nào: liên kết trong trang viết bắt đầu bằng dấu /, ví dụ /su-kien/; liên kết ra ngoài viết đủ https://`,
      `${ANN} (dòng 7): liên kết "/su-kien/khong-co/" dẫn tới trang không có trên trang web; kiểm tra lại địa chỉ (ví dụ /thong-bao/, /su-kien/ten-su-kien/)`,
      `${ANN} (dòng 7): liên kết "/su-kien" thiếu dấu / ở cuối: viết /su-kien/`,
      `${ANN} (dòng 7): liên kết "/chuong-trinh/2019/" dẫn tới trang không có trên trang web; kiểm tra lại địa chỉ (ví dụ /thong-bao/, /su-kien/ten-su-kien/)`,
    ]);
  });

  it('a slug field (the address comes from the file name only)', () => {
    project.write('content/events/ban-sao.yaml', `slug: quoc-khanh\ntitle: Bản sao\nkind: yearly\nmonthDay: '09-02'\n`);
    expect(problemsFor('content/events/ban-sao.yaml')).toEqual([
      'content/events/ban-sao.yaml (dòng 1, trường "slug"): không dùng trường slug: địa chỉ trang lấy từ tên tệp; muốn đổi địa chỉ thì đổi tên tệp và xóa dòng slug',
    ]);
    expect(problemsFor('content/events/quoc-khanh.yaml')).toEqual([]);
  });

  it('files the site would silently ignore: wrong extension, folder, depth, hidden', () => {
    project.write('content/announcements/2026-01-05-x.md', 'x');
    project.write('content/events/quoc-khanh-2.yml', 'title: x');
    project.write('content/tin-tuc/a.mdx', 'x');
    project.write('content/a.mdx', 'x');
    project.write('content/events/2020/a.yaml', 'title: x');
    project.write('content/announcements/.2026-01-05-an.mdx', 'x');
    project.write('content/announcements/.DS_Store', 'x');
    const all = checkContent(project.root).problems.map(formatProblem);
    expect(all).toEqual([
      'content/a.mdx: tệp đặt thẳng trong content/ sẽ không được đăng; chuyển vào một thư mục: programs, sections, items, events, campaigns, documents, announcements, lien-he',
      'content/announcements/.2026-01-05-an.mdx: tên tệp (hoặc thư mục) bắt đầu bằng dấu chấm nên sẽ không được đăng; bỏ dấu chấm ở đầu tên',
      'content/announcements/.DS_Store: tệp ẩn (tên bắt đầu bằng dấu chấm) không phải là nội dung; xóa nó (thư mục content/announcements/ chỉ nhận tệp .mdx)',
      'content/announcements/2026-01-05-x.md: tệp có đuôi .md sẽ không được đăng: thư mục content/announcements/ chỉ đọc tệp .mdx; đổi tên thành 2026-01-05-x.mdx',
      'content/events/2020/a.yaml: tệp nằm sai thư mục con nên sẽ không được đăng; đặt theo mẫu content/events/ten-su-kien.yaml',
      'content/events/quoc-khanh-2.yml: tệp có đuôi .yml sẽ không được đăng: thư mục content/events/ chỉ đọc tệp .yaml; đổi tên thành quoc-khanh-2.yaml',
      'content/tin-tuc/a.mdx: thư mục content/tin-tuc/ không phải là một loại nội dung của trang nên tệp này sẽ không được đăng; các thư mục hợp lệ: programs, sections, items, events, campaigns, documents, announcements, lien-he',
    ]);
  });

  it('file names that are not slugs, and announcements not named by date', () => {
    project.write('content/events/Ngày Hội.yaml', `title: T\nkind: yearly\nmonthDay: '11-18'\n`);
    project.write('content/announcements/thong-bao.mdx', announcement(GOOD_FRONT));
    expect(problemsFor('content/events/Ngày Hội.yaml')).toEqual([
      'content/events/Ngày Hội.yaml: tên tệp "Ngày Hội" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối, ví dụ content/events/ten-su-kien.yaml',
    ]);
    expect(problemsFor('content/announcements/thong-bao.mdx')).toEqual([
      'content/announcements/thong-bao.mdx: tên tệp thông báo phải bắt đầu bằng ngày đăng, ví dụ content/announcements/2026-11-27-ten-thong-bao.mdx; dùng lệnh npm run new:announcement -- "Tiêu đề" để tạo tệp đúng tên',
    ]);
  });

  it('attachments that do not exist or are not of an accepted type', () => {
    project.write('public/tep-dinh-kem/co-that.pdf', '%PDF-1.4');
    project.write(ANN, announcement(`${GOOD_FRONT}\nattachments:\n  - title: Có thật\n    file: /tep-dinh-kem/co-that.pdf\n  - title: Không có\n    file: /tep-dinh-kem/khong-co.docx\n  - title: Chạy được\n    file: /tep-dinh-kem/a.exe`));
    expect(problemsFor(ANN)).toEqual([
      `${ANN} (dòng 9, trường "attachments[1].file"): không có tệp public/tep-dinh-kem/khong-co.docx: chép tệp vào thư mục public/tep-dinh-kem/ hoặc sửa lại tên tệp`,
      `${ANN} (dòng 11, trường "attachments[2].file"): chỉ đính kèm được tệp .pdf, .doc, .docx, .xls, .xlsx, .odt, .ods; "/tep-dinh-kem/a.exe" không thuộc loại này`,
    ]);
  });

  it('reports every problem of every file, not just the first', () => {
    project.write(ANN, announcement(`title: ''\ndate: 31/12/2025\nsummary: S\nevents: [khong-co]`, '[x](/khong-co/)'));
    project.write('content/events/thu.yaml', `title: T\nkind: single\ndate: '2020-13-01'\n`);
    const files = checkContent(project.root).problems.map((p) => p.file);
    expect(files.filter((f) => f === ANN)).toHaveLength(4);
    expect(files).toContain('content/events/thu.yaml');
  });
});

describe('staff content may not run code', () => {
  const cases: [string, string, RegExp][] = [
    ['import', "import x from './x.js'", /không được dùng lệnh import\/export/],
    ['export', 'export const a = 1', /không được dùng lệnh import\/export/],
    ['script tag', '<script>alert(1)</script>', /không được dùng thẻ <script>/],
    ['inline handler', '<p onclick="alert(1)">bấm</p>', /không được dùng thuộc tính onclick=…/],
    ['javascript: link', '[bấm](javascript:alert(1))', /không được dùng liên kết "javascript:"/],
    ['javascript: in an href, spaced and cased', '<a href=" JavaScript:alert(1)">x</a>', /không được dùng liên kết "javascript:"/],
    ['an MDX expression', 'Năm {new Date().getFullYear()}', /không được dùng dấu ngoặc nhọn \{new Date\(\)\.getFullYear\(\)\}/],
    ['a JSX attribute expression', '<a href={"/x/"}>x</a>', /thuộc tính href=\{"\/x\/"\} là mã chạy khi dựng trang/],
    ['a spread attribute', '<p {...props}>x</p>', /thẻ <p> có \{\.\.\.props\}: đó là mã/],
    ['a component', '<Foo />', /không dùng được thẻ hay thành phần <Foo>/],
  ];
  it.each(cases)('refuses %s, naming file and line', (_label, body, message) => {
    project.write(ANN, announcement(GOOD_FRONT, body));
    const found = problemsFor(ANN);
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${ANN.replace(/\./g, '\\.')} \\(dòng 7\\): ${message.source}`))]);
  });

  it('also in the other MDX collections (campaigns)', () => {
    project.write('content/campaigns/thu.mdx', `---\ntitle: Thử\nkind: chuong-trinh\n---\n\n<script>alert(1)</script>\n`);
    expect(problemsFor('content/campaigns/thu.mdx')).toEqual([expect.stringMatching(/\(dòng 6\): không được dùng thẻ <script>/)]);
  });
});
