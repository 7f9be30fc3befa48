/** Type and size of an announcement's attached files, read from public/ at build time. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileTypeLabel, formatFileSize } from '../lib/attachments';

export interface AttachmentInfo { title: string; href: string; type: string; size: string }

export function attachmentInfo(a: { title: string; file: string }): AttachmentInfo {
  const full = join(process.cwd(), 'public', a.file);
  let bytes: number;
  try {
    bytes = statSync(full).size;
  } catch {
    throw new Error(`Tệp đính kèm không có: public${a.file} (chạy npm run check:content để biết tệp nào ghi sai)`);
  }
  return { title: a.title, href: a.file, type: fileTypeLabel(a.file), size: formatFileSize(bytes) };
}
