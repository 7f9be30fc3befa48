/**
 * The help text of every field staff fill in, written once. Read by the web
 * editor (labels and hints, src/cms/config.ts), the checker's messages
 * (`explainProblem`), the `new:*` templates (src/lib/new-entry.ts) and the
 * field tables of docs/huong-dan-bien-tap.md (`fieldTable`, written by
 * scripts/write-field-tables.ts; tests/unit/field-help.test.ts holds them equal).
 * Plain Vietnamese text: no Markdown, no `|`, so every place can show it as is.
 */

/** Kinds of event, with the label staff see (the schemas and the editor take them from here). */
export const EVENT_KIND_LABELS = {
  single: 'Một ngày',
  range: 'Nhiều ngày liền',
  yearly: 'Hằng năm vào một ngày (không đếm số năm)',
  anniversary: 'Kỷ niệm hằng năm (số năm tự tính)',
  'yearly-range': 'Hằng năm trong nhiều ngày liền',
  lunar: 'Hằng năm theo ngày âm lịch',
} as const;
export type EventKind = keyof typeof EVENT_KIND_LABELS;

export interface FieldHelp {
  /** The field's name in staff words (editor label, guide, messages). */
  label: string;
  /** What it is for and how to fill it in. */
  help: string;
  /** true: always required; an event kind: required for that kind only, and left out for the others; false: may be left out. */
  required: boolean | EventKind;
  /** How it is written in a file, with an example (templates, guide). */
  format?: string;
}

export const ANNOUNCEMENT_HELP = {
  title: { label: 'Tiêu đề', required: true, help: 'Hiện ở đầu trang, danh sách thông báo, trang chủ và RSS. Tên tệp được đặt theo ngày đăng và tiêu đề.' },
  date: { label: 'Ngày đăng', required: true, help: 'Thông báo mới nhất đứng đầu danh sách. Ghi một ngày sau hôm nay để hẹn: thông báo chưa hiện ở đâu và tự đăng vào ngày đó.', format: "NĂM-THÁNG-NGÀY, ví dụ '2026-10-20'" },
  summary: { label: 'Tóm tắt', required: true, help: 'Một, hai câu; hiện ở danh sách thông báo, trang chủ và RSS. Phải viết trước khi đăng.' },
  campaigns: { label: 'Cuộc vận động liên quan', required: false, help: 'Cuộc vận động, phong trào mà thông báo này nói tới.', format: 'tên tệp (bỏ đuôi .mdx) trong content/campaigns/' },
  events: { label: 'Sự kiện liên quan', required: false, help: 'Sự kiện mà thông báo này nói tới; trang sự kiện sẽ liệt kê thông báo.', format: 'tên tệp (bỏ đuôi .yaml) trong content/events/, ví dụ [ngay-hoi-dai-doan-ket-toan-dan-toc]' },
  documents: { label: 'Văn bản liên quan', required: false, help: 'Văn bản mà thông báo này nói tới.', format: 'tên tệp (bỏ đuôi .yaml) trong content/documents/' },
  programs: { label: 'Chương trình liên quan', required: false, help: 'Chương trình năm nào mà thông báo này nói tới.', format: "năm của chương trình, ví dụ ['2020']" },
  attachments: { label: 'Tệp đính kèm', required: false, help: 'PDF, DOC, DOCX, XLS, XLSX, ODT, ODS; tên tệp viết chữ thường không dấu, không khoảng trắng. Trang tự ghi loại tệp và dung lượng.', format: 'chép tệp vào public/tep-dinh-kem/, rồi ghi tên hiện trên trang (title) và đường dẫn (file)' },
  body: { label: 'Nội dung', required: false, help: 'Đoạn văn cách nhau một dòng trống. Ảnh phải có lời mô tả. Không dùng dấu ngoặc nhọn { } và không chèn mã.' },
} as const satisfies Record<string, FieldHelp>;

export const EVENT_HELP = {
  title: { label: 'Tên sự kiện', required: true, help: 'Tên tệp được đặt theo tên sự kiện.' },
  kind: { label: 'Loại sự kiện', required: true, help: 'Chọn một loại rồi điền ĐÚNG trường ngày của loại đó; để trống các trường ngày khác.', format: 'single, range, yearly, anniversary, yearly-range hoặc lunar' },
  date: { label: 'Ngày diễn ra', required: 'single', help: 'Chỉ ghi khi biết chắc ngày.', format: "NĂM-THÁNG-NGÀY, ví dụ '2026-12-20'" },
  start: { label: 'Ngày bắt đầu', required: 'range', help: 'Ngày đầu tiên.', format: "NĂM-THÁNG-NGÀY, ví dụ '2026-10-17'" },
  end: { label: 'Ngày kết thúc', required: 'range', help: 'Ngày cuối cùng, tính cả ngày đó; không trước ngày bắt đầu.', format: "NĂM-THÁNG-NGÀY, ví dụ '2026-11-18'" },
  monthDay: { label: 'Ngày trong năm', required: 'yearly', help: 'Sự kiện lặp lại vào ngày này mỗi năm.', format: "THÁNG-NGÀY, ví dụ '11-18' cho ngày 18/11" },
  origin: { label: 'Ngày diễn ra lần đầu', required: 'anniversary', help: 'Số năm kỷ niệm được tính từ ngày này.', format: "NĂM-THÁNG-NGÀY, ví dụ '1930-11-18'" },
  startMonthDay: { label: 'Ngày bắt đầu trong năm', required: 'yearly-range', help: 'Ngày đầu tiên, lặp lại mỗi năm.', format: "THÁNG-NGÀY, ví dụ '10-17' cho ngày 17/10" },
  endMonthDay: { label: 'Ngày kết thúc trong năm', required: 'yearly-range', help: 'Ngày cuối cùng, tính cả ngày đó; nếu trước ngày bắt đầu thì là ngày của năm sau.', format: "THÁNG-NGÀY, ví dụ '11-18' cho ngày 18/11" },
  lunarMonthDay: { label: 'Ngày âm lịch', required: 'lunar', help: 'Ngày và tháng âm lịch (tháng thường, không phải tháng nhuận); lịch tự đổi sang dương lịch mỗi năm. Ngày 30 của tháng chỉ có 29 ngày được tính vào ngày 29.', format: "THÁNG-NGÀY âm lịch, ví dụ '03-10' cho ngày 10 tháng 3 âm lịch" },
  holiday: { label: 'Ngày nghỉ lễ', required: false, help: 'Chỉ đánh dấu ngày nghỉ lễ, tết của người lao động theo Bộ luật Lao động 2019, Điều 112. Lịch ghi “Ngày nghỉ lễ” bên cạnh.', format: 'true, hoặc bỏ trống' },
  summary: { label: 'Tóm tắt', required: false, help: 'Một câu giới thiệu sự kiện.' },
  programs: { label: 'Thuộc chương trình năm', required: false, help: 'Năm chương trình có sự kiện này. Lịch vẫn hiện sự kiện vào đúng ngày của mọi năm dù để trống.', format: "năm của chương trình, ví dụ ['2020']" },
} as const satisfies Record<string, FieldHelp>;

/** "Thông tin liên hệ" (content/lien-he/thong-tin.yaml): the labels are also what pages print before each value. */
export const CONTACT_HELP = {
  address: { label: 'Địa chỉ', required: false, help: 'Địa chỉ trụ sở Ủy ban, ghi đầy đủ số nhà, đường, phường. Hiện ở chân mọi trang, trang Liên hệ và bản in.' },
  phone: { label: 'Số điện thoại', required: false, help: 'Số điện thoại cơ quan mà người dân gọi được; trên điện thoại, bấm vào số là gọi.', format: "chữ số, có thể cách bằng dấu cách hoặc dấu chấm, ví dụ '0251 3 123 456'" },
  email: { label: 'Thư điện tử', required: false, help: 'Địa chỉ thư điện tử chính thức của cơ quan.', format: 'một địa chỉ, ví dụ ten-don-vi@example.vn' },
  officeHours: { label: 'Giờ làm việc', required: false, help: 'Các ngày và giờ cơ quan làm việc.', format: "một dòng, ví dụ 'Thứ Hai – Thứ Sáu, 7 giờ 00 – 11 giờ 30, 13 giờ 30 – 17 giờ 00'" },
  reception: { label: 'Lịch tiếp công dân', required: false, help: 'Ngày, giờ và nơi tiếp công dân; mỗi dòng một mục. Hiện ở trang Liên hệ.', format: 'mỗi mục một dòng (trong tệp, xem ví dụ ở mục Thông tin liên hệ của hướng dẫn)' },
} as const satisfies Record<string, FieldHelp>;

export const FIELD_HELP = { announcements: ANNOUNCEMENT_HELP, events: EVENT_HELP, contact: CONTACT_HELP } as const;
export type HelpedCollection = keyof typeof FIELD_HELP;

/** "bắt buộc", "không bắt buộc" or "bắt buộc với loại “Một ngày”". */
export function requiredText(required: FieldHelp['required']): string {
  if (required === true) return 'bắt buộc';
  if (required === false) return 'không bắt buộc';
  return `bắt buộc với loại “${EVENT_KIND_LABELS[required]}”`;
}

/** A zod path as staff read it: campaigns.1 → campaigns[1]. */
export function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The help of a field (the first part of a checker path such as `attachments[0].file`), or undefined. */
export function helpOf(collection: string, field: string | undefined): FieldHelp | undefined {
  if (!field || !(collection in FIELD_HELP)) return undefined;
  const name = /^[A-Za-z]+/.exec(field)?.[0] ?? '';
  return (FIELD_HELP[collection as HelpedCollection] as Record<string, FieldHelp>)[name];
}

/**
 * A checker message with the field's help added where the field is missing or
 * empty, so the one who reads it learns what to write there. The editor,
 * which shows the label before the message, leaves it out here.
 */
export function explainProblem(collection: string, field: string | undefined, message: string, { withLabel = true } = {}): string {
  const help = helpOf(collection, field);
  if (!help || !/^(thiếu|không được để trống)/.test(message)) return message;
  const format = help.format && !/ví dụ/.test(message) ? ` Viết theo dạng ${help.format}.` : '';
  return `${message}. ${withLabel ? `${help.label}: ` : ''}${help.help}${format}`;
}

/** The guide's field table of a collection, as Markdown (docs/huong-dan-bien-tap.md). */
export function fieldTable(collection: HelpedCollection): string {
  const rows = Object.entries(FIELD_HELP[collection] as Record<string, FieldHelp>)
    .filter(([name]) => name !== 'body')
    .map(([name, f]) => `| \`${name}\` | ${f.label} | ${f.help}${f.format ? ` Viết: ${f.format}.` : ''} | ${requiredText(f.required)} |`);
  return ['| trường | tên trong trình biên tập | ý nghĩa, cách điền | bắt buộc |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** A Markdown text with the field table of each collection put between its markers (the staff guide). */
export function withFieldTables(markdown: string): string {
  return markdown.replace(
    /(<!-- bang-truong:(announcements|events|contact) -->\n)(?:(?!<!--)[\s\S])*?(\n<!-- \/bang-truong -->)/g,
    (_m, open: string, collection: HelpedCollection, close: string) => `${open}${fieldTable(collection)}${close}`,
  );
}
