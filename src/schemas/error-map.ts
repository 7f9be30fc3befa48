/**
 * Zod's default messages, in Vietnamese, for the cases our own fields do not
 * already word (wrong type, unknown value, too short). Set once for the build.
 */
import { z } from 'astro/zod';

export const vietnameseErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: 'thiếu trường này (bắt buộc)' };
      return { message: `kiểu dữ liệu sai: cần ${typeName(issue.expected)}, nhưng đang là ${typeName(issue.received)}` };
    case 'invalid_enum_value':
      return { message: `giá trị "${String(issue.received)}" không hợp lệ; chọn một trong: ${issue.options.join(', ')}` };
    case 'unrecognized_keys':
      return { message: `trường không có trong mẫu: ${issue.keys.join(', ')} (kiểm tra lỗi chính tả)` };
    case 'too_small':
      return { message: issue.type === 'string' ? 'không được để trống' : `giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})` };
    case 'too_big':
      return { message: `giá trị quá lớn (tối đa ${String(issue.maximum)})` };
    default:
      return { message: ctx.defaultError };
  }
};

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'một đoạn chữ',
    number: 'một số',
    boolean: 'true hoặc false',
    array: 'một danh sách',
    object: 'một nhóm trường',
    date: 'một ngày',
    null: 'để trống (null)',
    undefined: 'không có',
  };
  return names[t] ?? t;
}

/**
 * The schema as Astro's content layer gets it. Astro parses with its own error
 * map, which rewrites every wrong-type, wrong-literal and union issue in English
 * ("Expected type `string`, received `date`"); issues that already carry a
 * message keep it. So the schema is parsed here with our maps, and each issue is
 * handed on as a custom issue with its Vietnamese message: the build says what
 * `npm run check:content` says.
 */
export function withVietnameseIssues<S extends z.ZodTypeAny>(schema: S): z.ZodType<z.output<S>, z.ZodTypeDef, z.input<S>> {
  return z.any().transform(async (data, ctx) => {
    const result = await schema.safeParseAsync(data);
    if (result.success) return result.data as z.output<S>;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }) as unknown as z.ZodType<z.output<S>, z.ZodTypeDef, z.input<S>>;
}
