/**
 * What `src/site.config.ts` must hold: everything that names the committee
 * (pages, calendars, the nginx config) comes from there, so a mistake in it
 * stops the build with a Vietnamese message naming the field.
 */
import { z } from 'astro/zod';
import { vietnameseError, vietnameseIssues } from './error-map';
import { wrongOrMissing } from './fields';

const text = (what: string) => z.string({ error: wrongOrMissing(`thiếu ${what}`, `${what} phải là một đoạn chữ trong ngoặc kép`) }).trim().min(1, `${what} không được để trống`);
/** Lower-case ASCII letters, digits and "-": safe in file names, nginx paths and calendar UIDs. */
const machineName = (what: string) =>
  z.string({ error: wrongOrMissing(`thiếu ${what}`, `${what} phải là một đoạn chữ trong ngoặc kép`) }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what} chỉ gồm chữ thường không dấu a–z, số 0–9 và dấu "-" (ví dụ: mttq-longkhanh)`);
const optional = (what: string) => text(what).nullable();

export const siteConfigSchema = z
  .object({
    organisation: text('tên đầy đủ của đơn vị (organisation)'),
    shortName: text('tên ngắn (shortName)'),
    locality: text('địa bàn (locality)'),
    url: z
      .string({ error: wrongOrMissing('thiếu địa chỉ trang (url)', 'địa chỉ trang (url) phải là một đoạn chữ trong ngoặc kép') })
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, 'địa chỉ trang (url) phải bắt đầu bằng https:// và không có dấu cách, ví dụ https://mttq.example.vn')
      .transform((url) => url.replace(/\/+$/, '')),
    description: text('mô tả trang (description)'),
    contact: z
      .object({
        address: optional('địa chỉ liên hệ (contact.address)'),
        phone: optional('số điện thoại (contact.phone)'),
        email: z.string().email('thư điện tử (contact.email) không đúng dạng, ví dụ ten@example.vn').nullable(),
        officeHours: optional('giờ làm việc (contact.officeHours)').default(null),
        reception: optional('lịch tiếp công dân (contact.reception)').default(null),
      })
      .strict(),
    calendarUidHost: machineName('phần sau @ của mã lịch (calendarUidHost)'),
    calendarProductId: z
      .string({ error: wrongOrMissing('thiếu mã sản phẩm của tệp lịch (calendarProductId)', 'mã sản phẩm của tệp lịch (calendarProductId) phải là một đoạn chữ trong ngoặc kép') })
      .regex(/^-\/\/[\x20-\x7e]+\/\/[\x20-\x7e]+\/\/[A-Z]{2}$/, 'mã sản phẩm của tệp lịch (calendarProductId) có dạng -//Tên đơn vị//Lich su kien//VI, chữ không dấu'),
    deployName: machineName('tên triển khai (deployName)'),
  })
  .strict();

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The validated configuration; throws one message listing every wrong field. */
export function defineSite(input: z.input<typeof siteConfigSchema>): SiteConfig {
  const result = siteConfigSchema.safeParse(input, { error: vietnameseError });
  if (result.success) return result.data;
  const lines = vietnameseIssues(result.error).map((issue) => `  - trường "${issue.path.join('.') || '(cả tệp)'}": ${issue.message}`);
  throw new Error(`src/site.config.ts có lỗi, sửa rồi dựng lại:\n${lines.join('\n')}`);
}

/** An address from the environment (SITE_URL): empty or blank counts as unset, so CI's `SITE_URL=''` keeps the placeholder. */
export function addressFromEnv(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
