// The web editor refuses, before saving, what check:content and the build
// refuse, with the same messages; its previews word dates like the site.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatEditorProblem, validateEntry } from '../../src/cms/validate';
import { savedData } from '../../src/cms/save';
import { eventPreview } from '../../src/cms/preview';
import { checkContent } from '../../src/content-check/check';
import { tempContent } from '../support/temp-project';

const EVENT = { title: 'Hội nghị tổng kết công tác Mặt trận năm 2026', kind: 'single', date: '2026-12-20', summary: '', programs: [] };
const ANNOUNCEMENT = { title: 'Kế hoạch tổ chức Ngày hội', date: '2026-10-20', summary: 'Ủy ban ban hành kế hoạch.', body: 'Nội dung thông báo.\n' };
const messages = (collection: string, data: Record<string, unknown>) => validateEntry(collection, data).map(formatEditorProblem);

describe('validateEntry', () => {
  it('accepts a complete event and announcement (control)', () => {
    expect(messages('events', EVENT)).toEqual([]);
    expect(messages('announcements', ANNOUNCEMENT)).toEqual([]);
  });

  it('an event without the date of its kind, naming the field and what to write', () => {
    expect(messages('events', { ...EVENT, date: '' })).toEqual([
      "Ngày diễn ra: thiếu trường này (bắt buộc). Chỉ ghi khi biết chắc ngày. Viết theo dạng NĂM-THÁNG-NGÀY, ví dụ '2026-12-20'.",
    ]);
    expect(messages('events', { ...EVENT, kind: 'range', date: undefined, start: '2026-10-17' }).join('\n')).toMatch(/^Ngày kết thúc: thiếu trường này/);
    expect(messages('events', { ...EVENT, kind: 'anniversary', date: '2026-01-01' }).join('\n')).toMatch(/^Ngày diễn ra lần đầu: thiếu trường này/);
  });

  it('impossible dates', () => {
    expect(messages('events', { ...EVENT, kind: 'yearly', monthDay: '02-30' })).toEqual(['Ngày trong năm: ngày này không có trong tháng']);
    expect(messages('events', { ...EVENT, date: '2026-02-31' })).toEqual(['Ngày diễn ra: ngày "2026-02-31" không có trên lịch (kiểm tra lại ngày và tháng)']);
    expect(messages('events', { ...EVENT, kind: 'range', start: '2026-11-18', end: '2026-10-17' })).toEqual(['Ngày kết thúc: ngày kết thúc (2026-10-17) đứng trước ngày bắt đầu (2026-11-18)']);
  });

  it.each([
    ['<script>alert(1)</script>', /Nội dung: dòng 3: không được dùng thẻ <script>/],
    ['<a href="/" onclick="alert(1)">x</a>', /không được dùng thuộc tính onclick/],
    ['[bấm](javascript:alert(1))', /không được dùng liên kết "javascript:"/],
    ['import x from "y"', /không được dùng lệnh import\/export/],
    ['Tổng {1+1}', /không được dùng dấu ngoặc nhọn/],
    ['<div>chưa đóng', /lỗi cú pháp/],
    ['![](/anh/a.jpg)', /thiếu lời mô tả/],
    ['![Ảnh](https://example.com/a.jpg)', /lấy từ trang khác/],
  ])('a body with %s', (code, message) => {
    const found = messages('announcements', { ...ANNOUNCEMENT, body: `Đoạn đầu.\n\n${code}\n` });
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('says the same as check:content for the same entry written as a file', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['events', { ...EVENT, date: '' }],
      ['events', { ...EVENT, kind: 'yearly', monthDay: '02-30', date: undefined }],
      ['events', { ...EVENT, date: '2026-02-31' }],
      ['announcements', { ...ANNOUNCEMENT, summary: '' }],
      ['announcements', { ...ANNOUNCEMENT, body: 'Đoạn.\n\n<script>alert(1)</script>\n' }],
    ];
    const project = tempContent();
    try {
      cases.forEach(([collection, data], i) => {
        const { body, ...front } = savedData(collection, data);
        const file = collection === 'events' ? `content/events/thu-${i}.yaml` : `content/announcements/2026-10-20-thu-${i}.mdx`;
        project.write(file, collection === 'events' ? stringify(front) : `---\n${stringify(front)}---\n${String(body ?? '')}`);
        const checker = checkContent(project.root).problems.filter((p) => p.file === file).map((p) => p.message.replace(/^dòng \d+: /, ''));
        const editor = validateEntry(collection, data).map((p) => p.message.replace(/^dòng \d+: /, ''));
        expect(checker.length, file).toBeGreaterThan(0);
        // The checker names the field with its label too; the message after it is the same.
        expect(editor.map((m) => m.replace(/\. .*$/s, '')), file).toEqual(checker.map((m) => m.replace(/\. .*$/s, '')));
      });
    } finally {
      project.cleanup();
    }
  });
});

describe('savedData', () => {
  it('drops blank fields and the dates of other kinds', () => {
    expect(savedData('events', { ...EVENT, start: '2026-01-01', monthDay: '', origin: null })).toEqual({ title: EVENT.title, kind: 'single', date: '2026-12-20', programs: [] });
    expect(savedData('announcements', { ...ANNOUNCEMENT, summary: '  ' })).toEqual({ title: ANNOUNCEMENT.title, date: ANNOUNCEMENT.date, body: ANNOUNCEMENT.body });
  });
});

describe('eventPreview', () => {
  it('an anniversary: its kind, the origin and this year with weekday, lunar date and the computed number', () => {
    expect(eventPreview({ title: 'Ngày thành lập Đảng Cộng sản Việt Nam', kind: 'anniversary', origin: '1930-02-03' }, 2020)).toEqual({
      heading: 'Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam',
      kindLabel: 'Kỷ niệm hằng năm (số năm tự tính)',
      facts: [
        { term: 'Ngày gốc', text: 'Thứ Hai, 03/02/1930', lunar: 'Âm lịch: Ngày 5 tháng 1 năm Canh Ngọ', date: '1930-02-03' },
        { term: 'Năm 2020', text: 'Thứ Hai, 03/02/2020', lunar: 'Âm lịch: Ngày 10 tháng 1 năm Canh Tý', date: '2020-02-03', anniversary: 'Kỷ niệm 90 năm (năm chẵn)' },
      ],
    });
  });

  it('a range, a single day, a yearly day, and a missing or impossible date shown as unknown', () => {
    expect(eventPreview({ title: 'X', kind: 'range', start: '2026-10-17', end: '2026-11-18' }, 2026).facts[0]!.text).toBe('Từ Thứ Bảy, 17/10/2026 đến Thứ Tư, 18/11/2026');
    expect(eventPreview({ title: 'X', kind: 'single', date: '2026-12-20' }, 2026)).toMatchObject({ kindLabel: 'Một ngày', facts: [{ text: 'Chủ Nhật, 20/12/2026' }] });
    expect(eventPreview({ title: 'X', kind: 'yearly', monthDay: '11-18' }, 2026)).toMatchObject({ heading: 'X', facts: [{ term: 'Năm 2026', text: 'Thứ Tư, 18/11/2026' }] });
    expect(eventPreview({ title: 'X', kind: 'yearly', monthDay: '02-30' }, 2026).facts).toEqual([{ term: 'Ngày', text: 'Chưa có ngày' }]);
    expect(eventPreview({ title: 'X', kind: 'single' }, 2026).facts).toEqual([{ term: 'Ngày', text: 'Chưa có ngày' }]);
  });
});
