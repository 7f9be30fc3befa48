// Shared by new-announcement.ts and new-event.ts: write the file, never overwrite,
// print the path on the last line.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NewEntry } from '../src/lib/new-entry';

export function run(usage: string, make: (title: string) => NewEntry): void {
  const title = process.argv.slice(2).join(' ').trim();
  if (!title) {
    console.error(`Thiếu tiêu đề. Cách dùng: ${usage}`);
    process.exit(2);
  }
  let entry: NewEntry;
  try {
    entry = make(title);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const full = join(process.cwd(), entry.path);
  if (existsSync(full)) {
    console.error(`Đã có tệp ${entry.path}; không ghi đè. Mở tệp đó để sửa, hoặc đặt một tiêu đề khác.`);
    process.exit(1);
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, entry.text, { flag: 'wx' });
  console.log('Đã tạo tệp mới. Mở tệp, điền các trường còn trống, rồi chạy: npm run check:content');
  console.log(entry.path);
}
