// How long the editor's "Nhập chương trình năm mới" takes for the 2020 document (45 items), in a
// temporary Git copy of content/ and public/ with the 2020 program removed: preview (import + check
// in a temporary copy), save as one draft commit (also with all 45 short titles corrected in the review),
// and publish (re-check of the merged tree + merge).
// Usage: npx tsx bench/import-draft.ts [runs]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previewImport, publishImportDraft, saveImportDraft, setImportDraftStatus } from '../src/integrations/import-draft';

const runs = Number(process.argv[2] ?? 3);
const bytes = readFileSync('content/nguon/chuong-trinh-2020.txt');
const figures: Record<string, number[]> = { preview: [], saveTitles: [], save: [], publish: [] };
for (let run = 0; run < runs; run += 1) {
  const repo = mkdtempSync(join(tmpdir(), 'mttq-bench-nhap-'));
  try {
    for (const folder of ['content', 'public']) cpSync(folder, join(repo, folder), { recursive: true });
    for (const gone of ['content/programs/2020.mdx', 'content/sections/2020', 'content/items/2020']) rmSync(join(repo, gone), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', 'add', '.');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'bench');
    const ctx = { repo, publishingBranch: 'main', gitMode: true };
    const time = async (name: string, fn: () => unknown) => {
      const t = performance.now();
      const answer = (await fn()) as { ok: boolean; message: string; review?: string };
      if (!answer.ok) throw new Error(answer.message);
      figures[name]!.push((performance.now() - t) / 1000);
      return answer;
    };
    const preview = await time('preview', () => previewImport(ctx, { name: 'chuong-trinh-2020.txt', bytes }));
    const ids = [...preview.review!.matchAll(/data-title-for="([^"]+)"/g)].map((m) => m[1]!);
    const titles = Object.fromEntries(ids.map((id, i) => [id, `Tiêu đề đã sửa số ${i + 1}`]));
    // Saved first, then replaced by the plain save (a draft is one commit over main either way).
    await time('saveTitles', () => saveImportDraft(ctx, { name: 'chuong-trinh-2020.txt', bytes, edits: { titles } }));
    await time('save', () => saveImportDraft(ctx, { name: 'chuong-trinh-2020.txt', bytes }));
    setImportDraftStatus(ctx, 2020, 'pending_publish');
    await time('publish', () => publishImportDraft(ctx, 2020));
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
for (const [name, list] of Object.entries(figures)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${name.padEnd(10)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s  (min ${sorted[0]!.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}, ${list.length} runs)`);
}
