// Issue 18, class 3: bounded work per file. Bodies of the shapes that make the
// parser (micromark) superlinear, just over a bound, are refused by the checker,
// the build's preflight (which runs before Astro parses anything) and the web
// editor's check before saving, each with a Vietnamese message naming the file;
// none of them is ever handed to the parser (on the starting commit these took
// from seconds to minutes each: vitest's 5 s timeout fails them). The shapes
// just under the bounds pass, and a real long announcement passes.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { preflight } from '../../src/content-check/files';
import { MAX_BODY_CHARS, MAX_CONTAINER_MARKS, MAX_MARKS_PER_PARAGRAPH, MAX_NESTING, bodyBoundProblem } from '../../src/content-check/bounds';
import { validateEntry } from '../../src/cms/validate';
import { tempContent } from '../support/temp-project';

const ANN = 'content/announcements/2026-01-05-dai.mdx';
const front = `title: Thông báo dài\ndate: '2026-01-05'\nsummary: Tóm tắt.`;
const paragraphs = (p: string, chars: number) => Array.from({ length: Math.ceil(chars / (p.length + 2)) }, () => p).join('\n\n');

const OVER: [string, string, RegExp][] = [
  ['a body over the size limit', paragraphs('Nội dung thông báo bình thường, *có* chữ nghiêng.', MAX_BODY_CHARS + 100), /nội dung quá dài/],
  ['emphasis openers then closers in one paragraph (*_a … a_*)', '*_a '.repeat(2000) + 'a_* '.repeat(2000), /quá nhiều dấu \* _ ~/],
  ['unclosed mixed emphasis (*a_)', '*a_'.repeat(5000), /quá nhiều dấu \* _ ~/],
  ['a long run of _', '_'.repeat(MAX_MARKS_PER_PARAGRAPH + 1) + 'a', /quá nhiều dấu \* _ ~/],
  ['nested emphasis (*a **b)', '*a **b '.repeat(3000), /quá nhiều dấu \* _ ~/],
  ['a long run of [', '['.repeat(20_000), /quá nhiều dấu \[ \] </],
  ['a long run of <', '\\<a'.repeat(10_000), /quá nhiều dấu \[ \] </],
  ['a long run of backticks', '`a``'.repeat(5000), /quá nhiều dấu \[ \] </],
  ['lists nested on one line (- - … a)', Array.from({ length: 2000 }, () => '- '.repeat(MAX_NESTING + 1) + 'a').join('\n'), /lồng nhau quá sâu/],
  ['lists nested by indentation', Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- a').join('\n'), /lồng nhau quá sâu/],
  ['quotes nested (> > … a)', '> '.repeat(5000) + 'a', /lồng nhau quá sâu/],
  ['many quotes (> a, blank lines between)', paragraphs('> a', 30_000), /quá nhiều mục danh sách và dòng trích dẫn/],
  ['many nested list items (- - a)', Array.from({ length: 4000 }, () => '- - a').join('\n'), /quá nhiều mục danh sách và dòng trích dẫn/],
];

describe('a body over a bound is refused before anything parses it', () => {
  it.each(OVER)('%s: checker, build preflight and editor', (_label, body, message) => {
    const project = tempContent();
    try {
      project.write(ANN, `---\n${front}\n---\n\n${body}\n`);
      const checker = checkContent(project.root).problems.filter((p) => p.file === ANN).map(formatProblem);
      expect(checker).toHaveLength(1);
      expect(checker[0]).toMatch(new RegExp(`^${ANN.replace(/\./g, '\\.')}( \\(dòng \\d+\\))?: `));
      expect(checker[0]).toMatch(message);
      expect(preflight(project.root).map(formatProblem)).toEqual(checker);
      const editor = validateEntry('announcements', { title: 'Thông báo dài', date: '2026-01-05', summary: 'Tóm tắt.', body });
      expect(editor.map((p) => p.message).join('\n')).toMatch(message);
    } finally {
      project.cleanup();
    }
  });

  it('just under the bounds, and a real long announcement, pass (control)', () => {
    const under = [
      '*_a '.repeat(MAX_MARKS_PER_PARAGRAPH / 4) + 'a_* '.repeat(MAX_MARKS_PER_PARAGRAPH / 4),
      Array.from({ length: MAX_CONTAINER_MARKS / MAX_NESTING }, () => '- '.repeat(MAX_NESTING) + 'a').join('\n'),
      paragraphs('Ủy ban MTTQ Việt Nam thành phố Long Khánh thông báo **lịch tiếp dân** tháng này; xem [trang thông báo](/thong-bao/).', MAX_BODY_CHARS - 200),
    ];
    for (const body of under) expect(bodyBoundProblem(body)).toBeNull();
    const long = ['## Kế hoạch', ...Array.from({ length: 60 }, (_, i) => `Đoạn ${i + 1}: Ban Thường trực *đề nghị* các **khu phố** phối hợp thực hiện; chi tiết tại [trang](/thong-bao/).`), ...Array.from({ length: 40 }, (_, i) => `- Mục ${i + 1}: **việc** cần làm`)].join('\n\n');
    expect(validateEntry('announcements', { title: 'Kế hoạch', date: '2026-01-05', summary: 'Tóm tắt.', body: long })).toEqual([]);
  });
});
