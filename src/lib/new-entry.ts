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

export function newAnnouncement(rawTitle: string, today: IsoDate): NewEntry {
  const { title, slug } = titleAndSlug(rawTitle);
  const text = `---
# Thông báo mới. Điền các trường bên dưới, rồi chạy: npm run check:content
# Hướng dẫn: docs/huong-dan-bien-tap.md

# Tiêu đề (bắt buộc).
title: ${quote(title)}
# Ngày đăng, viết NĂM-THÁNG-NGÀY (bắt buộc). Thông báo mới nhất đứng đầu danh sách.
date: '${today}'
# Tóm tắt một, hai câu: hiện ở danh sách thông báo, trang chủ và RSS (bắt buộc; phải viết trước khi đăng).
summary: ""
# Các mục liên quan (không bắt buộc): ghi tên tệp, bỏ đuôi, trong content/campaigns/,
# content/events/, content/documents/, content/programs/. Ví dụ:
#   events: [ngay-hoi-dai-doan-ket-toan-dan-toc]
campaigns: []
events: []
documents: []
programs: []
# Tệp đính kèm (không bắt buộc): chép tệp PDF/DOCX vào public/tep-dinh-kem/ rồi ghi, ví dụ:
#   attachments:
#     - title: "Kế hoạch tổ chức"
#       file: /tep-dinh-kem/ke-hoach-to-chuc.pdf
attachments: []
# Nội dung thông báo viết bên dưới dòng --- cuối cùng: đoạn văn cách nhau một dòng trống,
# liên kết viết [chữ hiện ra](/su-kien/), ảnh viết ![mô tả ảnh](/anh/ten-anh.jpg).
---
`;
  return { path: `content/announcements/${announcementFileName(today, slug)}`, text };
}

export function newEvent(rawTitle: string): NewEntry {
  const { title, slug } = titleAndSlug(rawTitle);
  const text = `# Sự kiện mới. Điền các trường bên dưới, rồi chạy: npm run check:content
# Hướng dẫn: docs/huong-dan-bien-tap.md

# Tên sự kiện (bắt buộc).
title: ${quote(title)}

# Loại sự kiện (kind), chọn MỘT và ghi trường ngày đi kèm:
#   single       một ngày                      -> date: '2026-11-18'
#   range        nhiều ngày liền nhau          -> start: '2026-10-17' và end: '2026-11-18'
#   yearly       hằng năm vào một ngày         -> monthDay: '11-18' (THÁNG-NGÀY)
#   anniversary  kỷ niệm, số năm tự tính       -> origin: '1930-11-18' (ngày diễn ra lần đầu)
kind: single
# Ngày diễn ra, viết NĂM-THÁNG-NGÀY (bắt buộc; phải điền trước khi đăng).
date: ''

# Tóm tắt (không bắt buộc), ví dụ:
# summary: "Tổ chức tại các khu dân cư trên địa bàn thành phố."

# Năm chương trình có sự kiện này (không bắt buộc), ví dụ ['2020']. Lịch vẫn hiện sự kiện vào đúng ngày dù để trống.
programs: []
`;
  return { path: `content/events/${slug}.yaml`, text };
}
