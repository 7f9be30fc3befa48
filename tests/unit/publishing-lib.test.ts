import { describe, expect, it } from 'vitest';
import { attachmentPathProblem, fileTypeLabel, formatFileSize } from '../../src/lib/attachments';
import { announcementPageCount, publicationInstant, hasDatePrefix } from '../../src/lib/announcements';
import { COLLECTION_FILES, collectionOf, matchesPattern } from '../../src/schemas/collections';
import { publicPaths } from '../../src/lib/public-paths';
import { newAnnouncement, newEvent } from '../../src/lib/new-entry';

describe('attachments', () => {
  it('formats sizes the Vietnamese way', () => {
    expect(formatFileSize(0)).toBe('0 byte');
    expect(formatFileSize(1023)).toBe('1023 byte');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(250 * 1024)).toBe('250 KB');
    expect(formatFileSize(3 * 1024 * 1024 + 200 * 1024)).toBe('3,2 MB');
  });
  it('names the type', () => {
    expect(fileTypeLabel('/tep-dinh-kem/a.PDF')).toBe('PDF');
    expect(fileTypeLabel('/tep-dinh-kem/b.docx')).toBe('Word (DOCX)');
  });
  it('accepts only files under /tep-dinh-kem/ of known types', () => {
    expect(attachmentPathProblem('/tep-dinh-kem/ke-hoach.pdf')).toBeNull();
    expect(attachmentPathProblem('tep-dinh-kem/ke-hoach.pdf')).toMatch(/bắt đầu bằng \/tep-dinh-kem\//);
    expect(attachmentPathProblem('/tep-dinh-kem/../src/x.pdf')).toMatch(/bắt đầu bằng/);
    expect(attachmentPathProblem('/tep-dinh-kem/a.exe')).toMatch(/chỉ đính kèm được tệp \.pdf/);
  });
});

describe('announcements', () => {
  it('pages of ten, at least one', () => {
    expect([0, 1, 10, 11, 20, 21].map(announcementPageCount)).toEqual([1, 1, 1, 2, 2, 3]);
  });
  it('publishes at the start of the day in Vietnam', () => {
    expect(publicationInstant('2026-11-27').toISOString()).toBe('2026-11-26T17:00:00.000Z');
  });
  it('knows a date-prefixed id', () => {
    expect(hasDatePrefix('2026-11-27-hop')).toBe(true);
    expect(hasDatePrefix('hop-2026-11-27')).toBe(false);
  });
});

describe('collection files', () => {
  it('matches the globs content.config.ts loads', () => {
    expect(matchesPattern('*.mdx', 'a.mdx')).toBe(true);
    expect(matchesPattern('*.mdx', '2020/a.mdx')).toBe(false);
    expect(matchesPattern('**/*.yaml', 'a.yaml')).toBe(true);
    expect(matchesPattern('**/*.yaml', '2020/x/a.yaml')).toBe(true);
    expect(matchesPattern('**/*.yaml', 'a.yml')).toBe(false);
  });
  it('finds the collection of a path, or none', () => {
    expect(collectionOf('items/2020/a.mdx')).toBe('items');
    expect(collectionOf('announcements/2026-01-01-a.mdx')).toBe('announcements');
    expect(collectionOf('announcements/a.md')).toBeNull();
    expect(collectionOf('events/2020/a.yaml')).toBeNull();
    expect(collectionOf('events/.a.yaml')).toBeNull();
    expect(Object.keys(COLLECTION_FILES)).toHaveLength(8);
  });
});

describe('publicPaths', () => {
  const set = publicPaths({ programYears: [2020], items: [{ year: 2020, slug: 'a' }], events: ['e'], campaigns: ['c'], documents: ['d'], announcements: Array.from({ length: 11 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}-x`) });
  it('holds fixed pages and content pages', () => {
    for (const p of ['/', '/su-kien/', '/thong-bao/', '/thong-bao/2/', '/thong-bao/rss.xml', '/chuong-trinh/2020/', '/chuong-trinh/2020/a/', '/su-kien/e/', '/cuoc-van-dong/c/', '/van-ban/d/', '/lich/2020/11/']) expect(set.has(p), p).toBe(true);
  });
  it('not pages that are not built', () => {
    for (const p of ['/thong-bao/3/', '/chuong-trinh/2021/', '/su-kien/x/', '/su-kien']) expect(set.has(p), p).toBe(false);
  });
});

describe('new entry templates', () => {
  it('names an announcement by date and slug, title as typed (NFC)', () => {
    const entry = newAnnouncement('Kế hoạch tổ chức "Ngày hội"'.normalize('NFD'), '2026-11-27');
    expect(entry.path).toBe('content/announcements/2026-11-27-ke-hoach-to-chuc-ngay-hoi.mdx');
    expect(entry.text).toContain('title: "Kế hoạch tổ chức \\"Ngày hội\\""');
    expect(entry.text).toContain("date: '2026-11-27'");
  });
  it('names an event by slug', () => {
    expect(newEvent('Hội nghị tổng kết năm 2026').path).toBe('content/events/hoi-nghi-tong-ket-nam-2026.yaml');
  });
  it('refuses a title without letters', () => {
    expect(() => newEvent('!!!')).toThrow(/không có chữ nào/);
  });
});
