// `npm run import:program -- <file> [--year YYYY] [--dry-run] [--replace] [--yes]`:
// reads a program document (.docx, .txt, .md) and writes that year's program into
// content/ (the importer itself: src/integrations/import-program.ts).
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importProgram, type ImportOptions } from '../src/integrations/import-program';

export { importProgram };

function parseArgs(argv: string[]): { file?: string; options: ImportOptions; error?: string } {
  const options: ImportOptions = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--dry-run') options.dryRun = true;
    else if (a === '--replace') options.replace = true;
    else if (a === '--yes') options.yes = true;
    else if (a === '--year') {
      const y = Number(argv[(i += 1)]);
      if (!Number.isInteger(y) || y < 1930 || y > 2100) return { options, error: 'sau --year cần một năm, ví dụ --year 2022' };
      options.year = y;
    } else if (a.startsWith('--')) return { options, error: `không hiểu tùy chọn ${a}` };
    else if (file) return { options, error: 'chỉ nhập một tệp mỗi lần' };
    else file = a;
  }
  return { file, options };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const usage = 'Cách dùng: npm run import:program -- <tệp .docx/.txt/.md> [--year NĂM] [--dry-run] [--replace] [--yes]';
  const { file, options, error } = parseArgs(process.argv.slice(2));
  if (error || !file) {
    console.error(`✗ ${error ?? 'thiếu tên tệp văn bản chương trình'}\n${usage}`);
    process.exit(2);
  }
  const root = process.cwd();
  const result = await importProgram(root, resolve(root, file), options);
  (result.ok ? console.log : console.error)(result.output);
  if (result.ok && !options.dryRun) console.log(`\nBước tiếp theo: sửa các tiêu đề cần kiểm tra, chạy npm run check:content, rồi gửi duyệt (xem docs/huong-dan-bien-tap.md). Các tệp: ${relative(root, join(root, 'content'))}/`);
  process.exit(result.ok ? 0 : 1);
}
