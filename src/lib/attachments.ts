/**
 * Files an announcement ships (PDF, DOCX …), kept under public/tep-dinh-kem/.
 * Readers see the type and size before they download.
 */

/** The public folder attachments live in, as a URL path. */
export const ATTACHMENT_DIR = '/tep-dinh-kem/';

/** File types staff may attach, with the name readers see. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word (DOC)',
  docx: 'Word (DOCX)',
  xls: 'Excel (XLS)',
  xlsx: 'Excel (XLSX)',
  odt: 'OpenDocument (ODT)',
  ods: 'OpenDocument (ODS)',
};

/** The public folder images shown in bodies live in (public/anh/), as a URL path, and the image types it takes. */
export const IMAGE_DIR = '/anh/';
export const IMAGE_TYPES = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'] as const;

/** Lower-case extension without the dot. @example extensionOf('/a/B.PDF') === 'pdf' */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The type readers see. @example fileTypeLabel('/tep-dinh-kem/ke-hoach.docx') === 'Word (DOCX)' */
export function fileTypeLabel(path: string): string {
  return ATTACHMENT_TYPES[extensionOf(path)] ?? extensionOf(path).toUpperCase();
}

/**
 * A size as Vietnamese readers write it (decimal comma, 1 KB = 1024 bytes).
 * @example formatFileSize(1536) === '1,5 KB'
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 100 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
  return `${rounded.replace('.', ',')} ${units[unit]}`;
}

/** Why an attachment path is not acceptable, or null. Paths look like /tep-dinh-kem/ke-hoach.pdf. */
export function attachmentPathProblem(path: string): string | null {
  const example = `${ATTACHMENT_DIR}ten-tep.pdf`;
  if (!path.startsWith(ATTACHMENT_DIR) || path.includes('..') || path.includes('\\')) {
    return `đặt tệp đính kèm trong thư mục public${ATTACHMENT_DIR} và ghi đường dẫn bắt đầu bằng ${ATTACHMENT_DIR}, ví dụ ${example}`;
  }
  if (!(extensionOf(path) in ATTACHMENT_TYPES)) {
    return `chỉ đính kèm được tệp ${Object.keys(ATTACHMENT_TYPES).map((e) => `.${e}`).join(', ')}; "${path}" không thuộc loại này`;
  }
  return null;
}
