// `npm run check:content [-- <project root>]`: checks content/ without a build.
// Exit 1 with every problem listed (Vietnamese), exit 0 when all is well.
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../src/content-check/check';
import { buildDay } from '../src/data/build-date';

const root = resolve(process.argv[2] ?? process.cwd());
const started = performance.now();
const { problems, notices, counts } = checkContent(root, { today: buildDay() });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const files = Object.values(counts).reduce((a, b) => a + b, 0);

// Notes, not errors: scheduled announcements and file names that disagree with their date.
for (const n of notices) console.log(`  ℹ ${formatProblem(n)}`);
if (problems.length > 0) {
  console.error(`\n✗ Nội dung có ${problems.length} lỗi; trang chưa được cập nhật:\n`);
  for (const p of problems) console.error(`  • ${formatProblem(p)}`);
  console.error(`\nSửa các lỗi trên rồi chạy lại. Giải thích các lỗi thường gặp: docs/huong-dan-bien-tap.md\n`);
  process.exit(1);
}
console.log(`✓ Nội dung hợp lệ: ${files} tệp (${counts.announcements} thông báo, ${counts.events} sự kiện), kiểm tra trong ${seconds} giây.`);
