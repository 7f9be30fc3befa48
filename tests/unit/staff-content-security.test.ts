// Issue 10: staff content is data, never code. Each class of input that got
// through is refused by `npm run check:content` with a Vietnamese message naming
// the file (and line or field); what staff legitimately write still passes. The
// build gives the same verdict (tests/build/staff-verdict.test.ts).
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { preflight } from '../../src/content-check/files';
import { tempContent } from '../support/temp-project';

let project: ReturnType<typeof tempContent>;
beforeEach(() => {
  project = tempContent();
});
afterEach(() => project.cleanup());

const ANN = 'content/announcements/2026-01-05-thu-nghiem.mdx';
const EVENT = 'content/events/thu-nghiem.yaml';
const GOOD_FRONT = `title: Thông báo thử nghiệm\ndate: '2026-01-05'\nsummary: Tóm tắt thử nghiệm.`;
const announcement = (body: string, front = GOOD_FRONT) => `---\n${front}\n---\n\n${body}\n`;

/** Every printed problem, all files. */
const allProblems = () => checkContent(project.root).problems.map(formatProblem);
/** What the checker and the build's preflight each say about one file. */
const problemsOfFile = (file: string) => {
  const mine = (p: string) => p.startsWith(`${file}: `);
  return { checker: allProblems().filter(mine), build: preflight(project.root).map(formatProblem).filter(mine) };
};
const problemsFor = (file: string) => checkContent(project.root).problems.filter((p) => p.file === file).map(formatProblem);

describe('class 1: a body never names a file the build would import or read', () => {
  it.each([
    ['a relative module path', '![ảnh](../../src/lib/slug.ts)'],
    ['a relative path to a script beside the file', '![ảnh](./x.mjs)'],
    ['an absolute path outside /anh/', '![ảnh](/etc/passwd)'],
    ['a path climbing out of /anh/', '![ảnh](/anh/../../etc/passwd)'],
    ['a file: URL', '![ảnh](file:///etc/passwd)'],
    ['a data: URL', '![ảnh](data:image/png;base64,AAAA)'],
    ['an HTML img with a relative path', '<img src="../../x.mjs" alt="ảnh" />'],
    ['a reference-style image', '![ảnh][a]\n\n[a]: ../../x.mjs'],
    ['a non-image file under /anh/', '![ảnh](/anh/trang.html)'],
  ])('%s', (_label, body) => {
    writeFileSync(join(project.root, 'content/announcements/x.mjs'), 'throw new Error("chạy")');
    project.write(ANN, announcement(body));
    const found = problemsFor(ANN);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(/^content\/announcements\/2026-01-05-thu-nghiem\.mdx \(dòng 7\): ảnh ".*" (phải nằm trong thư mục public\/anh\/|lấy từ trang khác|không phải loại ảnh)/m);
  });

  it('an image in /anh/ with alt text passes (control)', () => {
    project.write('public/anh/hop.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    project.write(ANN, announcement('![Cuộc họp](/anh/hop.jpg)\n\n<img src="/anh/hop.jpg" alt="Cuộc họp" />'));
    expect(problemsFor(ANN)).toEqual([]);
  });
});

describe('class 3: elements whose content is raw text, and every tag not on the allow-list', () => {
  const breakout = (tag: string) => `<${tag}><p title="</${tag}><meta http-equiv=refresh content='0;url=https://evil.example/'>">x</p></${tag}>`;
  it.each(['noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'style', 'script', 'iframe', 'plaintext'])('<%s>', (tag) => {
    project.write(ANN, announcement(breakout(tag)));
    expect(problemsFor(ANN)).toContain(`${ANN} (dòng 7): không được dùng thẻ <${tag}>: thẻ này chạy mã, tải nội dung từ nơi khác hoặc làm hỏng trang. Chỉ dùng các thẻ <p> <br> <hr> <h2> <h3> <h4> <ul> <ol> <li> <em> <i> <strong> <b> <del> <s> <code> <blockquote> <a> <img> <table> <thead> <tbody> <tr> <th> <td>, hoặc viết bằng Markdown`);
  });

  it.each(['div', 'span', 'details', 'marquee', 'font', 'center', 'dialog', 'template', 'slot', 'portal', 'custom-el'])('<%s> (not on the list)', (tag) => {
    project.write(ANN, announcement(`<${tag}>x</${tag}>`));
    expect(problemsFor(ANN).join('\n')).toMatch(new RegExp(`\\(dòng 7\\): không (được dùng thẻ <${tag}>|dùng được thẻ hay thành phần <${tag}>)`));
  });

  it('a meta refresh written directly', () => {
    project.write(ANN, announcement(`<meta httpEquiv="refresh" content="0;url=https://evil.example/" />`));
    expect(problemsFor(ANN).join('\n')).toContain('không được dùng thẻ <meta>');
  });
});

describe('class 4: nothing in a body makes the page load another host', () => {
  it.each([
    ['srcset on an image', '<img src="/anh/a.jpg" alt="a" srcset="https://evil.example/a.jpg 2x" />', 'srcset'],
    ['picture/source', '<picture><source srcset="https://evil.example/a.jpg" /></picture>', '<picture>'],
    ['video', '<video src="https://evil.example/a.mp4" />', '<video>'],
    ['audio', '<audio src="https://evil.example/a.mp3" />', '<audio>'],
    ['track', '<track src="https://evil.example/a.vtt" />', '<track>'],
    ['SVG image', '<svg><image href="https://evil.example/a.png" /></svg>', '<svg>'],
    ['SVG use', '<svg><use href="https://evil.example/a.svg#x" /></svg>', '<svg>'],
    ['a style attribute', '<p style="background:url(https://evil.example/a.png)">x</p>', 'style'],
    ['a class attribute', '<p class="x">x</p>', 'class'],
    ['a remote image in Markdown', '![a](https://evil.example/a.png)', 'lấy từ trang khác'],
    ['a protocol-relative image', '![a](//evil.example/a.png)', 'lấy từ trang khác'],
    ['a link to another host without scheme', '[a](//evil.example/)', 'không rõ là trang nào'],
    ['a backslash link', '[a](/\\evil.example/)', 'ký tự không hợp lệ'],
    ['a ping attribute', '<a href="/thong-bao/" ping="https://evil.example/">a</a>', 'ping'],
    ['an ftp link', '<a href="ftp://evil.example/">a</a>', 'không rõ là trang nào'],
    ['an upper-case HREF (HTML ignores case)', '<a HREF="//evil.example/">a</a>', 'phải viết chữ thường'],
  ])('%s', (_label, body, words) => {
    project.write('public/anh/a.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    project.write(ANN, announcement(body));
    const found = problemsFor(ANN);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(words);
    for (const line of found) expect(line).toMatch(/^content\/announcements\/2026-01-05-thu-nghiem\.mdx \(dòng 7\): /);
  });

  it('every allowed construct passes (control)', () => {
    project.write('public/anh/a.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    const body = [
      '## Tiêu đề', '### Mục nhỏ', '#### Ý nhỏ', 'Đoạn *nghiêng*, **đậm**, ~~gạch~~, `mã`, [trang](/thong-bao/), [ngoài](https://example.org/a?b=1#c), [thư](mailto:mttq@example.org), [mục](#muc).',
      '- một\n- hai', '1. một\n2. hai', '> trích dẫn', '| a | b |\n| - | :-: |\n| 1 | 2 |', '---', '![Ảnh](/anh/a.jpg)',
      '<p>đoạn <strong>đậm</strong> <em>nghiêng</em> <b>b</b> <i>i</i> <del>d</del> <s>s</s> <code>c</code><br />xuống dòng</p>',
      '<a href="/su-kien/" title="Sự kiện">sự kiện</a>', '<ol start="3"><li>ba</li></ol>', '<table><thead><tr><th colSpan="2">a</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
      '<blockquote>trích</blockquote>', '<h2>Tiêu đề</h2>', '<hr />',
    ].join('\n\n');
    project.write(ANN, announcement(body));
    expect(problemsFor(ANN)).toEqual([]);
  });

  it('headings outside ##–####, fenced code and footnotes are refused with what to use instead', () => {
    project.write(ANN, announcement('# Lớn\n\n##### Nhỏ\n\n```js\nalert(1)\n```\n\nChú thích[^1]\n\n[^1]: x'));
    const found = problemsFor(ANN).join('\n');
    expect(found).toContain('(dòng 7): tiêu đề cấp 1 (#) là tên trang');
    expect(found).toContain('(dòng 9): tiêu đề cấp 5 quá nhỏ');
    expect(found).toContain('(dòng 11): không dùng được khối mã ```');
    expect(found).toContain('chú thích cuối trang');
  });
});

describe('class 5: files under public/', () => {
  it('a symlink is refused, wherever it points and whatever it is named', () => {
    project.write('public/tep-dinh-kem/that.pdf', '%PDF');
    symlinkSync('/etc/passwd', join(project.root, 'public/tep-dinh-kem/mat-khau.pdf'), 'file');
    symlinkSync('/etc', join(project.root, 'public/anh-he-thong'), 'dir');
    project.write(ANN, announcement('Xem tệp.', `${GOOD_FRONT}\nattachments:\n  - title: Tệp\n    file: /tep-dinh-kem/mat-khau.pdf`));
    const all = allProblems();
    expect(all).toContain('public/tep-dinh-kem/mat-khau.pdf: là liên kết tượng trưng (symlink) tới tệp khác trên máy nên không được đăng; xóa nó và chép tệp thật vào đây');
    expect(all).toContain('public/anh-he-thong: là liên kết tượng trưng (symlink) tới tệp khác trên máy nên không được đăng; xóa nó và chép tệp thật vào đây');
    // The attachment a symlink stands for does not exist as a file of the site.
    expect(all.join('\n')).toContain(`${ANN} (dòng 7, trường "attachments[0].file"): không có tệp public/tep-dinh-kem/mat-khau.pdf`);
  });

  it('a symlink under content/ is refused and never read', () => {
    symlinkSync('/etc/passwd', join(project.root, 'content/events/mat-khau.yaml'), 'file');
    expect(allProblems()).toContain('content/events/mat-khau.yaml: là liên kết tượng trưng (symlink) hoặc không phải tệp thường nên không được đọc; xóa nó và chép tệp thật vào đây');
  });

  it('only the allowed types per folder', () => {
    project.write('public/anh/trang.html', '<script>alert(1)</script>');
    project.write('public/anh/hinh.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    project.write('public/tep-dinh-kem/chay.exe', 'MZ');
    project.write('public/trang.html', '<script>alert(1)</script>');
    project.write('public/anh/.htaccess', 'x');
    const all = allProblems();
    expect(all).toContain('public/anh/trang.html: thư mục public/anh/ chỉ nhận tệp .jpg, .jpeg, .png, .webp, .gif, .avif; "trang.html" không thuộc loại này: xóa nó hoặc chuyển sang đúng loại');
    expect(all).toContain('public/anh/hinh.svg: thư mục public/anh/ chỉ nhận tệp .jpg, .jpeg, .png, .webp, .gif, .avif; "hinh.svg" không thuộc loại này: xóa nó hoặc chuyển sang đúng loại');
    expect(all).toContain('public/tep-dinh-kem/chay.exe: thư mục public/tep-dinh-kem/ chỉ nhận tệp .pdf, .doc, .docx, .xls, .xlsx, .odt, .ods; "chay.exe" không thuộc loại này: xóa nó hoặc chuyển sang đúng loại');
    expect(all).toContain('public/trang.html: tệp này không thuộc thư mục nào cán bộ được đặt tệp; ảnh và tệp đính kèm đặt trong public/anh/ hoặc public/tep-dinh-kem/');
    expect(all).toContain('public/anh/.htaccess: tên bắt đầu bằng dấu chấm (tệp ẩn) sẽ bị đăng lên trang; xóa tệp này');
  });

  it('a file over 20 MB is refused (sparse file: no 300 MB written)', () => {
    project.write('public/tep-dinh-kem/lon.pdf', '%PDF');
    truncateSync(join(project.root, 'public/tep-dinh-kem/lon.pdf'), 300 * 1024 * 1024);
    expect(allProblems()).toContain('public/tep-dinh-kem/lon.pdf: tệp quá lớn (300 MB; tối đa 20 MB một tệp): nén lại hoặc chia nhỏ');
  });

  it('the committed public/ passes, and a PDF in tep-dinh-kem and a JPEG in anh pass (control)', () => {
    project.write('public/tep-dinh-kem/ke-hoach.pdf', '%PDF-1.4');
    project.write('public/anh/hop.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    expect(allProblems()).toEqual([]);
  });
});

describe('class 6: slug in front matter', () => {
  it.each([['"2"'], ['rss.xml'], ['../thong-bao'], ['quoc-khanh']])('slug: %s is refused, naming file, line and field', (slug) => {
    project.write(ANN, announcement('Nội dung.', `slug: ${slug}\n${GOOD_FRONT}`));
    expect(problemsFor(ANN)).toEqual([`${ANN} (dòng 2, trường "slug"): không dùng trường slug: địa chỉ trang lấy từ tên tệp; muốn đổi địa chỉ thì đổi tên tệp và xóa dòng slug`]);
  });
});

describe('class 8: the checker never crashes', () => {
  it('a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    project.write(EVENT, `${bomb}\ntitle: T\nkind: single\ndate: '2020-01-01'\n`);
    const found = problemsFor(EVENT);
    expect(found[0]).toBe(`${EVENT} (dòng 1): không dùng được dấu &a (neo YAML); xóa nó và viết thẳng giá trị`);
    expect(found.join('\n')).toContain('không dùng được dấu *a (tham chiếu YAML)');
  });

  it('a merge key and an explicit tag', () => {
    project.write(EVENT, `title: !!binary aGVsbG8=\nkind: single\ndate: '2020-01-01'\n`);
    expect(problemsFor(EVENT)).toEqual([`${EVENT} (dòng 1): không dùng được kiểu dữ liệu !!binary; xóa phần bắt đầu bằng dấu ! và viết giá trị trong ngoặc kép`]);
  });

  it.each([
    ['a link', '[a](/thong-bao/%E0%A4%A/)', 'liên kết "/thong-bao/%E0%A4%A/" có dấu % viết sai'],
    ['a lone %', '[a](/thong-bao/100%/)', 'liên kết "/thong-bao/100%/" có dấu % viết sai'],
    ['an image', '![a](/anh/%ZZ.jpg)', 'ảnh "/anh/%ZZ.jpg" phải nằm trong thư mục public/anh/'],
  ])('a badly encoded %% in %s', (_label, body, words) => {
    project.write(ANN, announcement(body));
    expect(problemsFor(ANN).join('\n')).toContain(`${ANN} (dòng 7): ${words}`);
  });

  it('an unquoted date where text is expected says to quote it (the build reads it as a date too)', () => {
    project.write(ANN, announcement('Nội dung.', `title: 2026-11-20\ndate: '2026-01-05'\nsummary: 12`));
    expect(problemsFor(ANN)).toEqual([
      `${ANN} (dòng 2, trường "title"): phải là một đoạn chữ; giá trị này được đọc thành ngày hoặc số, hãy đặt nó trong ngoặc kép, ví dụ "2026-11-20"`,
      `${ANN} (dòng 4, trường "summary"): phải là một đoạn chữ; giá trị này được đọc thành ngày hoặc số, hãy đặt nó trong ngoặc kép, ví dụ "2026-11-20"`,
    ]);
  });

  it('invalid UTF-8 is refused, not published as U+FFFD', () => {
    project.write(ANN, Buffer.concat([Buffer.from(announcement('Nội dung ')), Buffer.from([0xc3, 0x28, 0xff])]));
    expect(problemsFor(ANN)).toEqual([`${ANN}: tệp không lưu theo bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; mở tệp và lưu lại với bảng mã UTF-8`]);
  });

  it('a huge content file is refused without being parsed', () => {
    project.write(ANN, announcement('x'.repeat(2 * 1024 * 1024)));
    expect(problemsFor(ANN)).toEqual([`${ANN}: tệp quá lớn (2 MB; tối đa 1 MB cho một tệp nội dung); tệp dài nên đính kèm trong public/tep-dinh-kem/`]);
  });
});

describe('class 9: misspelled fields are refused with the field they meant', () => {
  it.each([
    [ANN, announcement('x', `${GOOD_FRONT}\nevnets: [quoc-khanh]`), 5, 'evnets', 'events'],
    [ANN, announcement('x', `${GOOD_FRONT}\natachments: []`), 5, 'atachments', 'attachments'],
    [ANN, announcement('x', `${GOOD_FRONT}\nTitle: Hoa`), 5, 'Title', 'title'],
    [EVENT, `title: T\nkind: single\ndate: '2020-01-01'\nsumary: S\n`, 4, 'sumary', 'summary'],
    ['content/items/2020/thu.mdx', `---\nprogram: '2020'\nsection: 2020/4\norder: 99\nmarker: '+'\nparrent: 2020/abc\ntitle: T\ntext: T\n---\n`, 6, 'parrent', 'parent'],
  ])('%s: %s', (file, text, line, key, meant) => {
    project.write(file, text);
    expect(problemsFor(file)).toContainEqual(expect.stringMatching(new RegExp(`^${file.replace(/\./g, '\\.')} \\(dòng ${line}, trường "${key}"\\): trường "${key}" không có trong mẫu nên sẽ bị bỏ qua; có phải là "${meant}"\\?`)));
  });

  it('inside a list of attachments too', () => {
    project.write('public/tep-dinh-kem/a.pdf', '%PDF');
    project.write(ANN, announcement('x', `${GOOD_FRONT}\nattachments:\n  - title: A\n    file: /tep-dinh-kem/a.pdf\n    tittle: B`));
    expect(problemsFor(ANN)).toEqual([expect.stringMatching(/\(dòng 8, trường "attachments\[0\]\.tittle"\): trường "tittle" không có trong mẫu nên sẽ bị bỏ qua; có phải là "title"\?/)]);
  });

  it('an event field of another kind is refused (date on a yearly event)', () => {
    project.write(EVENT, `title: T\nkind: yearly\nmonthDay: '11-18'\ndate: '2020-11-18'\n`);
    expect(problemsFor(EVENT)).toEqual([expect.stringMatching(/\(dòng 4, trường "date"\): trường "date" không có trong mẫu/)]);
  });
});

describe('issue 18: every file under content/ is content, a source document, or refused by name', () => {
  it.each([
    ['a hidden script beside an announcement', 'content/announcements/.x.mjs'],
    ['a script beside an announcement', 'content/announcements/x.mjs'],
    ['a script in the source folder', 'content/nguon/x.mjs'],
    ['a hidden file in the source folder', 'content/nguon/.env'],
    ['a hidden folder', 'content/events/.an/a.yaml'],
    ['a page component', 'content/programs/x.astro'],
    ['a JSON module', 'content/documents/x.json'],
    ['a hidden file at the top', 'content/.env.local'],
  ])('%s (checker and the build preflight alike)', (_label, file) => {
    project.write(file, 'export default 1; throw new Error("chạy")');
    const { checker, build } = problemsOfFile(file);
    expect(checker).toHaveLength(1);
    expect(build).toEqual(checker);
    expect(checker[0]).toMatch(/xóa|đổi tên|chuyển|bỏ dấu chấm/);
  });

  it('source documents in content/nguon/ and the real content pass (control)', () => {
    project.write('content/nguon/chuong-trinh-2021.docx', 'PK');
    expect(preflight(project.root)).toEqual([]);
    expect(allProblems()).toEqual([]);
  });
});

describe("the build's own folders are never taken from the repository", () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project.root, stdio: 'pipe' });
  beforeEach(() => {
    git('init', '-q');
  });

  it.each([
    ['a drawn Open Graph card in the cache', '.astro/cache/og/0000.png'],
    ["Astro's content cache", '.astro/data-store.json'],
    ['a page of the output', 'dist/index.html'],
    ['a package file', 'node_modules/astro/index.js'],
  ])('%s, committed, is refused by name (checker and the build preflight alike)', (_label, file) => {
    project.write(file, 'x');
    git('add', '-f', '--', file);
    const { checker, build } = problemsOfFile(file);
    expect(checker).toHaveLength(1);
    expect(build).toEqual(checker);
    expect(checker[0]).toContain('git rm -r --cached');
  });

  it('the same files, written by a build and not tracked, pass (control)', () => {
    project.write('.astro/cache/og/0000.png', 'x');
    project.write('dist/index.html', 'x');
    expect(preflight(project.root)).toEqual([]);
    expect(allProblems()).toEqual([]);
  });
});
