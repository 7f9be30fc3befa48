/**
 * Starting a new announcement or event: the file name and a template with
 * every field filled in or explained (in Vietnamese). The template is written
 * so `npm run check:content` refuses it only where staff must write something
 * (an announcement's summary, an event's date).
 */
import { cleanText } from './text';
import { slugify } from './slug';
import { announcementFileName } from './announcements';
import type { IsoDate } from './dates';
import { ANNOUNCEMENT_HELP, EVENT_HELP, EVENT_KIND_LABELS, requiredText, type EventKind, type FieldHelp } from './field-help';

export interface NewEntry {
  /** Path relative to the project root. */
  path: string;
  text: string;
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const quote = (s: string) => JSON.stringify(s);

function titleAndSlug(raw: string): { title: string; slug: string } {
  const title = cleanText(raw);
  const slug = slugify(title);
  if (!slug) throw new Error(`Tiêu đề "${raw}" không có chữ nào để đặt tên tệp; viết tiêu đề bằng chữ, ví dụ "Kế hoạch tổ chức Ngày hội Đại đoàn kết"`);
  return { title, slug };
}

/** One comment line from the help table: label, required or not, help, how to write it. */
function comment(f: FieldHelp): string {
  return `# ${f.label} (${requiredText(f.required)}). ${f.help}${f.format ? ` Viết: ${f.format}.` : ''}`;
}

/** The date field each kind of event takes, from the help table. */
const KIND_FIELDS = Object.keys(EVENT_KIND_LABELS).map((kind) => ({
  kind,
  fields: Object.entries(EVENT_HELP as Record<string, FieldHelp>).filter(([, f]) => f.required === kind),
}));

export function newAnnouncement(rawTitle: string, today: IsoDate): NewEntry {
  const { title, slug } = titleAndSlug(rawTitle);
  const A = ANNOUNCEMENT_HELP;
  const text = `---
# Thông báo mới. Điền các trường bên dưới, rồi chạy: npm run check:content
# Hướng dẫn: docs/huong-dan-bien-tap.md

${comment(A.title)}
title: ${quote(title)}
${comment(A.date)}
date: '${today}'
${comment(A.summary)}
summary: ""
${comment(A.campaigns)}
campaigns: []
${comment(A.events)}
events: []
${comment(A.documents)}
documents: []
${comment(A.programs)}
programs: []
${comment(A.attachments)} Ví dụ:
#   attachments:
#     - title: "Kế hoạch tổ chức"
#       file: /tep-dinh-kem/ke-hoach-to-chuc.pdf
attachments: []
# ${A.body.label} viết bên dưới dòng --- cuối cùng. ${A.body.help}
# Liên kết viết [chữ hiện ra](/su-kien/), ảnh viết ![mô tả ảnh](/anh/ten-anh.jpg).
---
`;
  return { path: `content/announcements/${announcementFileName(today, slug)}`, text };
}

export function newEvent(rawTitle: string): NewEntry {
  const { title, slug } = titleAndSlug(rawTitle);
  const E = EVENT_HELP;
  const kinds = KIND_FIELDS.map(({ kind, fields }) => `#   ${kind.padEnd(12)} ${EVENT_KIND_LABELS[kind as EventKind]}: ${fields.map(([name, f]) => `${name}: ${f.label.toLowerCase()}, ${f.format}. ${f.help}`).join(' Và ')}`);
  const text = `# Sự kiện mới. Điền các trường bên dưới, rồi chạy: npm run check:content
# Hướng dẫn: docs/huong-dan-bien-tap.md

${comment(E.title)}
title: ${quote(title)}

# ${E.kind.label} (kind), chọn MỘT và ghi trường ngày đi kèm. ${E.kind.help}
${kinds.join('\n')}
kind: single
${comment(E.date)}
date: ''

${comment(E.summary)} Ví dụ:
# summary: "Tổ chức tại các khu dân cư trên địa bàn thành phố."

${comment(E.holiday)}
# holiday: true

${comment(E.programs)}
programs: []
`;
  return { path: `content/events/${slug}.yaml`, text };
}
