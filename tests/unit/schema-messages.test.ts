// Zod 4 drops Zod 3's error options (errorMap, required_error, invalid_type_error) without a word
// and answers in English. Every schema is run here with a bad value of each kind in every field
// (and a misspelt field, and a wrong kind), through the three paths staff meet: the checker
// (global Vietnamese errors), the web editor (per-parse errors) and the build (withVietnameseIssues):
// no message may contain Zod's English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import * as schemas from '../../src/schemas';
import type { CollectionName } from '../../src/schemas';
import { contentIds, existingReference } from '../../src/schemas/collections';
import { useVietnameseErrors, vietnameseError, vietnameseIssues, withVietnameseIssues } from '../../src/schemas/error-map';
import { siteConfigSchema } from '../../src/schemas/site';
import { parseYaml, splitFrontmatter } from '../../src/content-check/files';

const ENGLISH = /\b(required|expected|invalid|received|unrecognized|unknown|input|option|must|should|too (small|big)|characters?|items?)\b/i;
const ref = existingReference(contentIds(join(process.cwd(), 'content')));

/** A real entry of each collection, as the checker reads it. */
function entry(path: string): Record<string, unknown> {
  const source = readFileSync(join(process.cwd(), 'content', path), 'utf8');
  const yaml = path.endsWith('.mdx') ? splitFrontmatter(source)!.yaml : source;
  return parseYaml(yaml).data as Record<string, unknown>;
}

const CASES: { name: string; schema: z.ZodType; base: Record<string, unknown> }[] = [
  { name: 'programs', schema: schemas.programSchema(ref), base: entry('programs/2020.mdx') },
  { name: 'sections', schema: schemas.sectionSchema(ref), base: entry('sections/2020/2-1.yaml') },
  { name: 'items', schema: schemas.itemSchema(ref), base: entry('items/2020/bao-ve-moi-truong-va-ung-pho-voi-bien-doi-khi-hau.mdx') },
  { name: 'events (anniversary)', schema: schemas.eventSchema(ref), base: entry('events/quoc-khanh.yaml') },
  { name: 'events (yearly)', schema: schemas.eventSchema(ref), base: entry('events/ngay-hoi-dai-doan-ket-toan-dan-toc.yaml') },
  { name: 'events (range)', schema: schemas.eventSchema(ref), base: entry('events/thang-cao-diem-vi-nguoi-ngheo.yaml') },
  { name: 'campaigns', schema: schemas.campaignSchema(ref), base: entry('campaigns/ca-nuoc-chung-tay-vi-nguoi-ngheo.mdx') },
  { name: 'documents', schema: schemas.documentSchema(ref), base: entry('documents/quy-dinh-so-124-qd-tw.yaml') },
  {
    name: 'announcements',
    schema: schemas.announcementSchema(ref),
    base: { ...entry('announcements/2026-11-27-dang-tai-chuong-trinh-phoi-hop-thong-nhat-hanh-dong-nam-2020.mdx'), attachments: [{ title: 'Kế hoạch', file: '/tep-dinh-kem/ke-hoach.pdf' }] },
  },
  {
    name: 'site config',
    schema: siteConfigSchema,
    base: {
      organisation: 'Ủy ban', shortName: 'MTTQ', locality: 'Long Khánh', url: 'https://mttq.example.vn', description: 'Trang',
      contact: { address: null, phone: null, email: null }, calendarUidHost: 'mttq-example', calendarProductId: '-//MTTQ//Lich//VI', deployName: 'mttq',
    },
  },
];

/** Bad values of every kind YAML can give a field. */
const BAD_VALUES: unknown[] = [undefined, null, 5, -1, 1.5, true, '', '   ', 'x', 'khong-co-that', '99-99', '2020-13-45', '18/11/2020', new Date('2020-11-18'), new Date('x'), [], ['x'], [5], {}, { a: 1 }];

/** Each bad variant of an entry: every field (and every field of a nested object) set to every bad value, plus a misspelt field. */
function variants(base: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ ...base, titel: 'x', Date: 'x' }, {}, { ...base, kind: 'khac' }];
  for (const [key, value] of Object.entries(base)) {
    for (const bad of BAD_VALUES) {
      const copy: Record<string, unknown> = { ...base, [key]: bad };
      if (bad === undefined) delete copy[key];
      out.push(copy);
    }
    const nested = Array.isArray(value) ? value[0] : value;
    if (nested && typeof nested === 'object' && !(nested instanceof Date)) {
      for (const inner of Object.keys(nested)) {
        for (const bad of BAD_VALUES) {
          const changed = { ...(nested as Record<string, unknown>), [inner]: bad, extra: 1 };
          out.push({ ...base, [key]: Array.isArray(value) ? [changed] : changed });
        }
      }
    }
  }
  return out;
}

describe('every schema message is Vietnamese (Zod 4)', () => {
  beforeAll(() => useVietnameseErrors());

  it.each(CASES)('$name: the checker, the editor and the build word every issue in Vietnamese', async ({ schema, base }) => {
    expect(schema.safeParse(base).success, 'the real entry parses').toBe(true);
    let issues = 0;
    for (const data of variants(base)) {
      const messages: string[] = [];
      const checker = schema.safeParse(data);
      if (!checker.success) messages.push(...vietnameseIssues(checker.error).map((i) => i.message));
      const editor = schema.safeParse(data, { error: vietnameseError });
      if (!editor.success) messages.push(...vietnameseIssues(editor.error).map((i) => i.message));
      const build = await withVietnameseIssues(schema).safeParseAsync(data);
      if (!build.success) messages.push(...build.error.issues.map((i) => i.message));
      issues += messages.length;
      for (const message of messages) {
        expect(message, JSON.stringify(data, (_k, v) => (v === undefined ? '(thiếu)' : v))).not.toMatch(ENGLISH);
        expect(message.trim()).not.toBe('');
      }
    }
    expect(issues).toBeGreaterThan(20);
  });

  it('words a misspelt field with the nearest known name, at that field', () => {
    const result = schemas.announcementSchema(ref).safeParse({ ...CASES.at(-2)!.base, titel: 'x' });
    expect(result.success).toBe(false);
    const issue = vietnameseIssues(result.error!).find((i) => i.path[0] === 'titel');
    expect(issue?.message).toContain('có phải là "title"?');
  });

  it('says "missing" for a missing field and names the type for a wrong one', () => {
    const result = schemas.itemSchema(ref).safeParse({});
    const messages = vietnameseIssues(result.error!).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('order: thiếu số thứ tự (order)');
    expect(messages).toContain('title: thiếu trường này (bắt buộc)');
    const wrong = schemas.documentSchema(ref).safeParse({ title: 'x', kind: 'x', related: 'quy-dinh-so-124-qd-tw' });
    expect(vietnameseIssues(wrong.error!).map((i) => i.message)).toContain('kiểu dữ liệu sai: cần một danh sách, nhưng đang là một đoạn chữ');
  });

  it('the reference check keeps its suggestion', () => {
    const result = schemas.sectionSchema(ref).safeParse({ program: '2021', number: '1', title: 'x' });
    expect(vietnameseIssues(result.error!).map((i) => i.message).join('\n')).toMatch(/không có chương trình nào tên "2021"; có phải là "2020"\?/);
  });
});

describe('the Vietnamese error covers every Zod issue code', () => {
  const codes: z.core.$ZodRawIssue[] = [
    { code: 'invalid_type', expected: 'string', input: 5, path: [] } as never,
    { code: 'invalid_value', values: ['a', 'b'], input: 'c', path: [] } as never,
    { code: 'unrecognized_keys', keys: ['x'], input: {}, path: [] } as never,
    { code: 'too_small', origin: 'array', minimum: 2, input: [], path: [] } as never,
    { code: 'too_big', origin: 'string', maximum: 3, input: 'abcd', path: [] } as never,
    { code: 'invalid_format', format: 'uuid', input: 'x', path: [] } as never,
    { code: 'not_multiple_of', divisor: 5, input: 3, path: [] } as never,
    { code: 'invalid_union', errors: [], input: 5, path: [] } as never,
    { code: 'invalid_key', origin: 'map', issues: [], input: 5, path: [] } as never,
    { code: 'invalid_element', origin: 'set', key: 1, issues: [], input: 5, path: [] } as never,
    { code: 'something_new', input: 5, path: [] } as never,
  ];
  it.each(codes.map((c) => [c.code, c] as const))('%s', (_code, issue) => {
    const message = vietnameseError(issue);
    expect(message).not.toMatch(ENGLISH);
    expect(message.length).toBeGreaterThan(5);
  });
});
