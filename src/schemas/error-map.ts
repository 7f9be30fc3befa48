/**
 * Zod's messages, in Vietnamese, for every issue our own fields do not already
 * word. Zod 4 ignores Zod 3's `errorMap`/`required_error`/`invalid_type_error`
 * without a word and falls back to English, so every issue code is worded here
 * and `useVietnameseErrors()` installs it as Zod's global error (the checker,
 * the build and the editor each call it once).
 */
import { z } from 'astro/zod';
import { unknownFieldMessage, UNKNOWN_FIELD } from './fields';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường',
  date: 'một ngày',
  null: 'để trống (null)',
  undefined: 'không có',
};
const typeName = (t: string) => TYPE_NAMES[t] ?? 'một giá trị khác';

/** What a YAML value reads as, in the words of TYPE_NAMES. */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  return typeof input;
}

const FORMATS: Record<string, string> = {
  email: 'thư điện tử, ví dụ ten@example.vn',
  url: 'địa chỉ web, ví dụ https://example.vn',
  regex: 'mẫu quy định cho trường này',
};

/** The Vietnamese message for one issue (never undefined: Zod would use English). */
export function vietnameseError(issue: RawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'thiếu trường này (bắt buộc)';
      return `kiểu dữ liệu sai: cần ${typeName(String(issue.expected))}, nhưng đang là ${typeName(receivedType(input))}`;
    case 'invalid_value':
      return `giá trị "${String(input)}" không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `trường không có trong mẫu: ${issue.keys.join(', ')} (kiểm tra lỗi chính tả)`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'không được để trống' : `cần ít nhất ${String(issue.minimum)} ký tự`;
      if (issue.origin === 'array') return `danh sách cần ít nhất ${String(issue.minimum)} mục`;
      return `giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      if (issue.origin === 'string') return `quá dài (tối đa ${String(issue.maximum)} ký tự)`;
      if (issue.origin === 'array') return `danh sách quá dài (tối đa ${String(issue.maximum)} mục)`;
      return `giá trị quá lớn (tối đa ${String(issue.maximum)})`;
    case 'invalid_format':
      return `không đúng dạng ${FORMATS[issue.format] ?? 'quy định cho trường này'}`;
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `trường ${String(issue.discriminator)} phải là một trong: ${options.map(String).join(', ')}`;
      }
      return 'giá trị không đúng kiểu nào được phép ở trường này';
    case 'invalid_key':
      return 'tên trường không hợp lệ';
    case 'invalid_element':
      return 'có phần tử không hợp lệ';
    default:
      return 'giá trị không hợp lệ';
  }
}

/** Installs the Vietnamese messages as Zod's global error (idempotent). */
export function useVietnameseErrors(): void {
  z.config({ customError: vietnameseError });
}

/** An issue as staff read it: its path (symbols dropped) and its final Vietnamese message. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** The issues of a failed parse, with the unknown-field issues worded for the field they name. */
export function vietnameseIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const params = issue.code === 'custom' ? (issue.params as { [UNKNOWN_FIELD]?: readonly string[] } | undefined) : undefined;
    const known = params?.[UNKNOWN_FIELD];
    return { path, message: known ? unknownFieldMessage(String(path.at(-1) ?? ''), known) : issue.message };
  });
}

/**
 * The schema as Astro's content layer gets it. Astro words issues its own way
 * (in English); issues that already carry a message keep it. So the schema is
 * parsed here with our messages, and each issue is handed on as a custom issue
 * with its Vietnamese message: the build says what `npm run check:content` says.
 */
export function withVietnameseIssues<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, z.input<S>> {
  return z.any().transform(async (data, ctx) => {
    const result = await schema.safeParseAsync(data);
    if (result.success) return result.data as z.output<S>;
    for (const issue of vietnameseIssues(result.error)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }) as unknown as z.ZodType<z.output<S>, z.input<S>>;
}
