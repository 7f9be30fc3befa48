/**
 * Field types shared by every content schema. Messages are in Vietnamese and
 * say what to write instead, because staff (not programmers) read them.
 */
import { z } from 'astro/zod';
import { parseIsoDate, toIsoDate } from '../lib/dates';
import { cleanText } from '../lib/text';
import { attachmentPathProblem } from '../lib/attachments';
import { editDistance } from '../lib/text';

/** A required line of text, stored as NFC with spaces folded. */
export const text = () =>
  z
    .string({
      // `title:` with nothing after it reads as null: say "empty", not "wrong type".
      error: ({ input }) =>
        input === undefined ? 'thiếu trường này (bắt buộc)'
        : input === null ? 'không được để trống'
        // YAML reads an unquoted 2026-11-20 (or 5, true) as a date (number, yes/no), not as text.
        : input instanceof Date || typeof input === 'number' || typeof input === 'boolean'
          ? 'phải là một đoạn chữ; giá trị này được đọc thành ngày hoặc số, hãy đặt nó trong ngoặc kép, ví dụ "2026-11-20"'
        : 'phải là một đoạn chữ',
    })
    .transform(cleanText)
    .pipe(z.string().min(1, 'không được để trống'));

/** Missing, null or blank: what YAML and the editor write for a field left empty. */
const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);

/** A line of text staff may leave out (null when left empty); otherwise as text(). */
export const optionalText = () => z.preprocess(blankToNull, text().nullable());

/** Text of several lines (a schedule): each line's spaces folded, blank lines dropped; null when left empty. */
export const optionalLines = () =>
  z.preprocess(
    (v) => blankToNull(typeof v === 'string' ? v.normalize('NFC').split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') : v),
    z.string({ error: 'phải là một đoạn chữ' }).nullable(),
  );

/** Text quoted from a source document: NFC only, wording untouched. */
export const verbatim = text;

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted 2020-11-18 into
 * a Date at UTC midnight, so that is accepted too and read in UTC.
 */
export const isoDate = () =>
  z
    .union([z.string(), z.date()], {
      error: ({ input }) => (input === undefined ? 'thiếu trường này (bắt buộc)' : 'phải là một ngày, viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-11-18'),
    })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'ngày không hợp lệ; viết theo dạng 2020-11-18' });
          return z.NEVER;
        }
        return toIsoDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
      }
      const trimmed = value.trim();
      if (trimmed === '') {
        ctx.addIssue({ code: 'custom', message: 'không được để trống; viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-11-18' });
        return z.NEVER;
      }
      const dayFirst = DAY_FIRST.exec(trimmed);
      if (dayFirst) {
        const [, d, m, y] = dayFirst;
        const suggestion = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
        ctx.addIssue({ code: 'custom', message: `"${trimmed}" viết ngày trước tháng; viết ngày theo dạng ${suggestion}` });
        return z.NEVER;
      }
      if (!parseIsoDate(trimmed)) {
        const message = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
          ? `ngày "${trimmed}" không có trên lịch (kiểm tra lại ngày và tháng)`
          : `"${trimmed}" không phải là ngày; viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-11-18`;
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return trimmed;
    });

/** A file under public/tep-dinh-kem/ of a type readers can open (existence is checked by check:content). */
export const attachmentPath = () =>
  z.string({ error: wrongOrMissing('thiếu đường dẫn tệp, ví dụ /tep-dinh-kem/ke-hoach.pdf', 'phải là đường dẫn tệp, ví dụ /tep-dinh-kem/ke-hoach.pdf') }).transform((value, ctx) => {
    const path = value.normalize('NFC').trim();
    const problem = attachmentPathProblem(path);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return path;
  });

/** A type's own error: one message when the field is missing, another when it holds the wrong kind of value. */
export const wrongOrMissing = (missing: string, wrong: string) => ({ input }: { input?: unknown }) => (input === undefined ? missing : wrong);

/** A list of references that may be left out (defaults to empty). */
export const refList = <T extends z.ZodType>(ref: T) => z.array(ref).default([]);

/** The `params` key of an unknown-field issue: the names the schema knows (see error-map.ts). */
export const UNKNOWN_FIELD = 'knownFields';

/** The message for a field the schema does not know, with the nearest known name. */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  if (key === 'slug') return 'không dùng trường slug: địa chỉ trang lấy từ tên tệp; muốn đổi địa chỉ thì đổi tên tệp và xóa dòng slug';
  const near = known.map((k) => ({ k, d: editDistance(k.toLowerCase(), key.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  const hint = near && near.d <= Math.max(2, Math.floor(key.length / 3)) ? `; có phải là "${near.k}"?` : '';
  return `trường "${key}" không có trong mẫu nên sẽ bị bỏ qua${hint} (các trường dùng được: ${known.join(', ')})`;
}

/**
 * The type of every key the shape does not name: always an error, worded with
 * the nearest known field (misspelled fields would otherwise be dropped without
 * a word). A catch-all keeps the schema a plain ZodObject (the editor's field
 * list is compared with `.shape`, and discriminated unions need objects).
 */
const unknownField = (known: readonly string[]) =>
  // Not z.never(): zod reads a never catch-all as "no catch-all" and drops the key silently. Zod 4 gives a
  // refinement no path, so the issue carries the known names and vietnameseIssues() words it for its key.
  z.unknown().superRefine((_value, ctx) =>
    ctx.addIssue({ code: 'custom', message: 'trường không có trong mẫu', params: { [UNKNOWN_FIELD]: known } }),
  );

/** z.object, but every key not in the shape is an error naming it, with a "did you mean". */
export const strictObject = <T extends z.ZodRawShape>(shape: T) => z.object(shape).catchall(unknownField(Object.keys(shape)));
