/**
 * The content model, one schema per kind of content. Each factory takes the
 * `reference` function so the same schemas serve Astro's content layer and the
 * fast stand-alone checker (`npm run check:content`).
 */
import { z } from 'astro/zod';
import { attachmentPath, isoDate, optionalLines, optionalText, refList, strictObject, text, verbatim, wrongOrMissing } from './fields';
import { EVENT_KIND_LABELS } from '../lib/field-help';

export { EVENT_KIND_LABELS };

/** What a reference field holds once parsed: Astro's `reference()` gives `{ collection, id }`. */
export type Reference = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;
export type CollectionName = 'programs' | 'sections' | 'items' | 'events' | 'campaigns' | 'documents' | 'announcements' | 'contact';

const sectionNumber = z
  .string({ error: wrongOrMissing('thiếu số mục, ví dụ "2.1"', 'số mục viết trong ngoặc kép, ví dụ "2.1"') })
  .regex(/^\d+(\.\d+)*$/, 'số mục viết dạng 1 hoặc 2.1 (chỉ chữ số và dấu chấm)');

/**
 * A heading's or item's number as the document writes it ("I.", "a)", "1)"), where it is not the
 * number with a dot: the page shows the document's own numbering (number orders and addresses).
 */
const documentLabel = z
  .string({ error: wrongOrMissing('thiếu số mục như văn bản viết, ví dụ "I." hoặc "a)"', 'số mục như văn bản viết đặt trong ngoặc kép, ví dụ "I." hoặc "a)"') })
  .regex(/^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)/]?$/u, 'label là số mục đúng như văn bản viết: số La Mã ("I.", "IV."), số ("2.1.") hoặc chữ ("a)"), không có chữ khác');

export const programSchema = (ref: Reference) =>
  strictObject({
    year: z.number({ error: wrongOrMissing('thiếu năm của chương trình', 'năm phải là số, ví dụ 2020') }).int().min(1930).max(2100),
    title: verbatim(),
    issuer: text(),
    /** The document's own number ("Số: 05/CTr-MTTQ"); null where it gives none. */
    number: text().nullable().default(null),
    /** Date of issue; null where the source document does not give it. */
    issued: isoDate().nullable().default(null),
    /** "Căn cứ …" and the preamble, verbatim; null for a document without them. */
    basis: verbatim().nullable().default(null),
    basedOn: refList(ref('documents')),
    preamble: verbatim().nullable().default(null),
    /** Other documents the preamble names. */
    mentions: refList(ref('documents')),
  });

export const sectionSchema = (ref: Reference) =>
  strictObject({
    program: ref('programs'),
    number: sectionNumber,
    label: documentLabel.optional(),
    title: verbatim(),
  });

export const itemSchema = (ref: Reference) => {
  const shape = {
    program: ref('programs'),
      section: ref('sections'),
      order: z.number({ error: wrongOrMissing('thiếu số thứ tự (order)', 'số thứ tự (order) phải là một số, ví dụ 3') }).int().positive(),
      /** "-" for a task, "+" for a sub-task of the task in `parent`. */
      marker: z.enum(['-', '+'], { error: 'marker phải là "-" (nhiệm vụ) hoặc "+" (ý nhỏ)' }),
      parent: ref('items').optional(),
      /** The item's own letter or number ("a)") where the document numbers items instead of "-". */
      label: documentLabel.optional(),
      title: text(),
      text: verbatim(),
      campaigns: refList(ref('campaigns')),
      events: refList(ref('events')),
      documents: refList(ref('documents')),
      /** Work repeated on a cycle the source gives without days ("định kỳ 3 tháng một lần"). */
      everyMonths: z.number().int().min(1).max(12).optional(),
  };
  return strictObject(shape).superRefine((item, ctx) => {
      if (item.marker === '+' && !item.parent) {
        ctx.addIssue({ code: 'custom', path: ['parent'], message: 'ý "+" phải ghi nhiệm vụ cha (parent)' });
      }
      if (item.marker === '-' && item.parent) {
        ctx.addIssue({ code: 'custom', path: ['parent'], message: 'chỉ ý "+" mới có nhiệm vụ cha; bỏ trường parent hoặc đổi marker thành "+"' });
      }
    });
};

const monthDay = z
  .string({ error: wrongOrMissing('thiếu ngày trong năm, ví dụ "11-18" cho ngày 18/11', 'ngày trong năm viết trong ngoặc kép, ví dụ "11-18" cho ngày 18/11') })
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'viết ngày trong năm theo dạng THÁNG-NGÀY, ví dụ "11-18" cho ngày 18/11')
  .refine((md) => {
    const [m, d] = md.split('-').map(Number) as [number, number];
    return d <= new Date(Date.UTC(2000, m, 0)).getUTCDate();
  }, 'ngày này không có trong tháng');

/** A lunar day THÁNG-NGÀY: lunar months have 29 or 30 days (day 30 of a short month is kept on the 29th). */
const lunarMonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)$/, 'viết ngày âm lịch theo dạng THÁNG-NGÀY, ví dụ "03-10" cho ngày 10 tháng 3 âm lịch (ngày từ 01 đến 30)');

export const eventSchema = (ref: Reference) => {
  const common = {
    title: text(),
    summary: text().optional(),
    /** A public holiday of the Labour Code 2019, Art. 112 (shown as "Ngày nghỉ lễ"). */
    holiday: z.boolean().optional(),
    /** Program years whose calendars show this event. */
    programs: refList(ref('programs')),
  };
  return z
    .discriminatedUnion(
      'kind',
      [
        /** Yearly, counted from the day it first happened: the number is computed. */
        strictObject({ kind: z.literal('anniversary'), origin: isoDate(), ...common }),
        /** Yearly on the same day, with no count (e.g. Ngày hội đại đoàn kết, 18/11). */
        strictObject({ kind: z.literal('yearly'), monthDay, ...common }),
        /** A period with a first and last day (inclusive). */
        strictObject({ kind: z.literal('range'), start: isoDate(), end: isoDate(), ...common }),
        /** One day. */
        strictObject({ kind: z.literal('single'), date: isoDate(), ...common }),
        /** Every year over the same days (e.g. Tháng cao điểm vì người nghèo, 17/10–18/11). */
        strictObject({ kind: z.literal('yearly-range'), startMonthDay: monthDay, endMonthDay: monthDay, ...common }),
        /** Every year on a lunar day (e.g. Giỗ Tổ Hùng Vương, 10/3 âm lịch). */
        strictObject({ kind: z.literal('lunar'), lunarMonthDay, ...common }),
      ],
      { error: `kind phải là một trong: ${Object.entries(EVENT_KIND_LABELS).map(([kind, label]) => `${kind} (${label})`).join('; ')}` },
    )
    .superRefine((event, ctx) => {
      // Only when both dates parsed: a failed date is not a string here.
      if (event.kind === 'range' && typeof event.start === 'string' && typeof event.end === 'string' && event.end < event.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `ngày kết thúc (${event.end}) đứng trước ngày bắt đầu (${event.start})` });
      }
    });
};

export const campaignSchema = (ref: Reference) =>
  strictObject({
    title: verbatim(),
    kind: z.enum(['cuoc-van-dong', 'phong-trao-thi-dua', 'chuong-trinh'], { error: 'kind phải là cuoc-van-dong, phong-trao-thi-dua hoặc chuong-trinh' }),
    /** Other names the source uses for it. */
    aliases: z.array(text()).default([]),
    /** The aim the source states for it, quoted. */
    goal: verbatim().optional(),
    events: refList(ref('events')),
  });

export const documentSchema = (ref: Reference) =>
  strictObject({
    title: verbatim(),
    kind: text(),
    number: text().nullable().default(null),
    date: isoDate().nullable().default(null),
    issuer: text().nullable().default(null),
    subject: text().nullable().default(null),
    /** Documents that this one belongs with (e.g. a programme implementing a resolution). */
    related: refList(ref('documents')),
  });

export const announcementSchema = (ref: Reference) =>
  strictObject({
    title: text(),
    date: isoDate(),
    summary: text(),
    campaigns: refList(ref('campaigns')),
    events: refList(ref('events')),
    documents: refList(ref('documents')),
    programs: refList(ref('programs')),
    /** Files shipped with the announcement, under public/tep-dinh-kem/. */
    attachments: z.array(strictObject({ title: text(), file: attachmentPath() })).default([]),
  });

export const CAMPAIGN_KIND_LABELS = {
  'cuoc-van-dong': 'Cuộc vận động',
  'phong-trao-thi-dua': 'Phong trào thi đua',
  'chuong-trinh': 'Chương trình',
} as const;

/** A phone number as people write it: digits, spaces, dots, dashes, brackets, a leading +; 8 to 15 digits. */
const PHONE = /^\+?[\d\s.()-]+$/;
/** One address, no spaces, a dot in the domain (what a mailto: link can carry). */
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;

/**
 * "Thông tin liên hệ" (content/lien-he/thong-tin.yaml): how residents reach the
 * committee. Every field may stay empty; a field left empty shows nothing.
 * Takes `ref` like the others (it references nothing).
 */
export const contactSchema = (_ref?: Reference) =>
  strictObject({
    address: optionalText(),
    phone: optionalText().refine((v) => v === null || (PHONE.test(v) && /^(\D*\d){8,15}\D*$/.test(v)), 'số điện thoại chỉ gồm chữ số (8 đến 15 số), dấu cách, dấu chấm, gạch nối, ngoặc và dấu + ở đầu, ví dụ "0251 3 123 456"; nhiều số thì ghi số chính ở đây, số khác ghi trong giờ làm việc'),
    email: optionalText().refine((v) => v === null || EMAIL.test(v), 'thư điện tử không đúng dạng; ghi một địa chỉ, ví dụ ten-don-vi@example.vn'),
    officeHours: optionalText(),
    reception: optionalLines(),
  });
