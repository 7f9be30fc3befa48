/**
 * "Nhập chương trình năm mới" in the local editor (issue 19): the importer of
 * `npm run import:program` (src/integrations/import-program.ts) run from the browser.
 *
 * - Preview: the uploaded document is imported into a temporary copy of the
 *   publishing branch's content/ and public/ (never the working tree) and
 *   checked there; the review is the importer's own (report.ts).
 * - Save: the whole import (program, sections, items, new or extended events,
 *   campaigns, documents) becomes ONE commit on the draft branch
 *   `nhap-chuong-trinh/<year>`, built like editor-git.ts builds an entry's draft:
 *   a private index over the publishing branch, only the files the import
 *   writes (each allowed by importPathProblem), write-tree, commit-tree,
 *   update-ref. The review is kept beside it in the Git directory (not in the
 *   commit), so the approver reads what the staff member read.
 * - Review states as the editor's workflow: draft → pending_review →
 *   pending_publish ("Nháp → Chờ duyệt → Sẵn sàng đăng"), in the branch's
 *   description as decap-server keeps them. Publishing is the editor's publish
 *   step, a merge of the draft branch into the publishing branch, allowed only
 *   from "Sẵn sàng đăng", after the merged result passed the content checker.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, formatProblem } from '../content-check/check';
import { importDraftBranch, importPathProblem, IMPORT_STATUSES, type ImportStatus } from '../lib/editor-guard';
import { reportBody, type FileChange } from '../lib/program-import/report';
import type { FieldProblem, TitleEdits } from '../lib/program-import/title-edits';
import { authorFallback, commitDraft } from './editor-git';
import { importProgram } from './import-program';

export interface ImportContext {
  repo: string;
  publishingBranch: string;
  /** Local Git mode (drafts as branches); without Git there are no drafts to review. */
  gitMode: boolean;
}

export interface Upload {
  name: string;
  bytes: Buffer;
  replace?: boolean;
  year?: number;
  /** Short titles staff corrected on the review (item id → title), and a guessed issuer; applied when saving. */
  edits?: TitleEdits;
}

export interface ImportAnswer {
  ok: boolean;
  /** What happened, in Vietnamese (the importer's terminal text, or a refusal). */
  message: string;
  year?: number;
  /** The review (escaped HTML, no script), when the document could be read. */
  review?: string;
  /** The checker's problems in the result: file, line, field, message. */
  problems?: string[];
  /** What is wrong with the title edits, by field (item id or the issuer's): the page marks those fields. */
  fieldProblems?: FieldProblem[];
  files?: FileChange[];
  status?: ImportStatus;
  branch?: string;
}

export interface DraftSummary {
  year: number;
  branch: string;
  status: ImportStatus;
  source: string;
  savedAt: string;
  files: number;
}

/** Review states as staff read them (Decap's Vietnamese words for its workflow). */
export const STATUS_LABELS: Record<ImportStatus, string> = { draft: 'Nháp', pending_review: 'Chờ duyệt', pending_publish: 'Sẵn sàng đăng' };
const STATUS_PREFIX = 'nhap-chuong-trinh/';
const WRITES: FileChange['change'][] = ['mới', 'thay', 'thêm năm'];
const NO_GIT = 'Trình biên tập đang chạy ngoài kho Git (lưu thẳng vào content/), nên không có bản nháp để duyệt. Chạy npm run editor trong thư mục kho Git của trang, hoặc dùng lệnh npm run import:program rồi gửi duyệt như hướng dẫn.';

/** The uploaded file's own name, as messages name it: no folders, no control characters, NFC. */
export function uploadName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-120);
  return clean === '' || clean === '.' || clean === '..' ? 'tep-tai-len' : clean;
}

function gitIn(repo: string, env: NodeJS.ProcessEnv = process.env) {
  return (args: string[], input?: Buffer | string) => execFileSync('git', args, { cwd: repo, env, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

/** Writes content/ and public/ of a tree (branch, commit, tree id) into `dir`; symbolic links are left out. */
function checkoutTree(repo: string, treeish: string, dir: string): void {
  const indexDir = mkdtempSync(join(tmpdir(), 'mttq-nhap-index-'));
  try {
    const git = gitIn(repo, { ...process.env, GIT_INDEX_FILE: join(indexDir, 'index') });
    git(['read-tree', treeish]);
    const entries = git(['ls-files', '-s', '-z', '--', 'content', 'public']).split('\0').filter(Boolean);
    const files = entries.map((e) => /^(\d+) [0-9a-f]+ \d+\t(.*)$/s.exec(e)).filter((m) => m && m[1] !== '120000' && m[1] !== '160000').map((m) => m![2]!);
    mkdirSync(dir, { recursive: true });
    if (files.length) git(['checkout-index', '-f', '-z', '--stdin', `--prefix=${dir}/`], files.join('\0'));
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

/** The site's content as the draft will start from: the publishing branch (Git), or the working tree (no Git). */
function stageContent(ctx: ImportContext, stage: string): void {
  if (ctx.gitMode) return checkoutTree(ctx.repo, `refs/heads/${ctx.publishingBranch}`, stage);
  for (const folder of ['content', 'public']) {
    const from = join(ctx.repo, folder);
    if (existsSync(from)) cpSync(from, join(stage, folder), { recursive: true, filter: (f) => !lstatSync(f).isSymbolicLink() });
  }
}

interface Run {
  answer: ImportAnswer;
  writes: { path: string; text: string }[];
  deletes: string[];
  source: string;
}

/**
 * Imports the upload into a temporary copy and checks it there. Nothing outside the temporary folder is written.
 * A preview's review has a field for each short title; a saved draft's review shows the titles as saved.
 */
async function runImport(ctx: ImportContext, upload: Upload, mode: 'preview' | 'save'): Promise<Run> {
  const source = uploadName(upload.name);
  const temp = mkdtempSync(join(tmpdir(), 'mttq-nhap-web-'));
  try {
    mkdirSync(join(temp, 'tai-len'));
    const file = join(temp, 'tai-len', source);
    writeFileSync(file, upload.bytes);
    const stage = join(temp, 'kho');
    stageContent(ctx, stage);
    const result = await importProgram(stage, file, { replace: upload.replace, year: upload.year, reviewPage: false, edits: mode === 'save' ? upload.edits : undefined });
    const plan = result.plan;
    const answer: ImportAnswer = {
      ok: result.ok,
      message: result.output,
      year: plan?.report.year,
      review: plan && result.changes ? reportBody(plan.report, result.changes, { editable: mode === 'preview' }) : undefined,
      problems: result.problems ?? [],
      fieldProblems: result.fieldProblems,
      files: result.changes,
    };
    if (!result.ok || !plan || !result.changes) return { answer, writes: [], deletes: [], source };
    const year = plan.report.year;
    const writes: Run['writes'] = [];
    const deletes: string[] = [];
    for (const c of result.changes) {
      if (!WRITES.includes(c.change) && c.change !== 'xóa') continue;
      const problem = importPathProblem(c.path, year);
      // Never expected (the importer names its own files): a refusal rather than a write elsewhere.
      if (problem) return { answer: { ok: false, message: `Tệp ${source}: trình nhập muốn ghi ${c.path}, ngoài các thư mục được phép; không lưu gì. (${problem})` }, writes: [], deletes: [], source };
      if (c.change === 'xóa') deletes.push(c.path);
      else writes.push({ path: c.path, text: readFileSync(join(stage, c.path), 'utf8') });
    }
    return { answer, writes, deletes, source };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The review of an upload, saving nothing. */
export async function previewImport(ctx: ImportContext, upload: Upload): Promise<ImportAnswer> {
  return (await runImport(ctx, upload, 'preview')).answer;
}

function metaDir(ctx: ImportContext): string {
  return join(resolve(ctx.repo, gitIn(ctx.repo)(['rev-parse', '--git-common-dir'])), 'mttq-nhap-chuong-trinh');
}
const metaFile = (ctx: ImportContext, year: number) => join(metaDir(ctx), `${year}.json`);

interface DraftMeta {
  year: number;
  source: string;
  savedAt: string;
  commit: string;
  review: string;
  message: string;
  files: FileChange[];
}

function readMeta(ctx: ImportContext, year: number): DraftMeta | null {
  try {
    return JSON.parse(readFileSync(metaFile(ctx, year), 'utf8')) as DraftMeta;
  } catch {
    return null;
  }
}

function branchExists(ctx: ImportContext, year: number): boolean {
  return gitIn(ctx.repo)(['branch', '--list', importDraftBranch(year)]) !== '';
}

function statusOf(ctx: ImportContext, year: number): ImportStatus {
  let value = '';
  try {
    value = gitIn(ctx.repo)(['config', `branch.${importDraftBranch(year)}.description`]);
  } catch {
    // no description: a draft
  }
  const status = value.startsWith(STATUS_PREFIX) ? value.slice(STATUS_PREFIX.length) : 'draft';
  return (IMPORT_STATUSES as readonly string[]).includes(status) ? (status as ImportStatus) : 'draft';
}

function setStatusOf(ctx: ImportContext, year: number, status: ImportStatus): void {
  gitIn(ctx.repo)(['config', `branch.${importDraftBranch(year)}.description`, `${STATUS_PREFIX}${status}`]);
}

/** Imports, checks, and saves the whole import as one draft commit on `nhap-chuong-trinh/<year>` (status: Nháp). */
export async function saveImportDraft(ctx: ImportContext, upload: Upload): Promise<ImportAnswer> {
  if (!ctx.gitMode) return { ok: false, message: NO_GIT };
  const run = await runImport(ctx, upload, 'save');
  if (!run.answer.ok) return run.answer;
  const year = run.answer.year!;
  const branch = importDraftBranch(year);
  const git = gitIn(ctx.repo);
  const base = git(['rev-parse', '--verify', `refs/heads/${ctx.publishingBranch}^{commit}`]);
  const paths = [...run.writes.map((w) => w.path), ...run.deletes];
  const notFiles = paths.length ? git(['ls-tree', base, '--', ...paths]).split('\n').filter((l) => l && !l.startsWith('100644 ')) : [];
  // A file the draft replaces must be a file on the branch, not a link.
  if (notFiles.length) return { ok: false, message: `Tệp ${notFiles[0]!.split('\t')[1]} trên nhánh ${ctx.publishingBranch} không phải tệp thường; không lưu gì.` };
  const commit = commitDraft(ctx.repo, {
    base,
    branch,
    writes: run.writes.map((w) => ({ path: w.path, content: w.text })),
    deletes: run.deletes,
    message: `Nhập chương trình năm ${year} từ tệp ${run.source} (bản nháp chờ duyệt)`,
  });
  // A new or changed import starts again as a draft: approval was for what the approver saw.
  setStatusOf(ctx, year, 'draft');
  mkdirSync(metaDir(ctx), { recursive: true });
  const meta: DraftMeta = { year, source: run.source, savedAt: new Date().toISOString(), commit, review: run.answer.review ?? '', message: run.answer.message, files: run.answer.files ?? [] };
  writeFileSync(metaFile(ctx, year), JSON.stringify(meta));
  return { ...run.answer, message: `Đã lưu bản nháp chương trình năm ${year} (${run.writes.length + run.deletes.length} tệp, một thay đổi chờ duyệt). Gửi duyệt khi đã xem lại.\n\n${run.answer.message}`, status: 'draft', branch };
}

export function listImportDrafts(ctx: ImportContext): DraftSummary[] {
  if (!ctx.gitMode) return [];
  const refs = gitIn(ctx.repo)(['for-each-ref', '--format=%(refname:short)', 'refs/heads/nhap-chuong-trinh/']).split('\n').filter(Boolean);
  return refs
    .map((ref) => Number(ref.slice('nhap-chuong-trinh/'.length)))
    .filter((year) => Number.isInteger(year))
    .map((year) => {
      const meta = readMeta(ctx, year);
      return { year, branch: importDraftBranch(year), status: statusOf(ctx, year), source: meta?.source ?? 'Chưa rõ', savedAt: meta?.savedAt ?? '', files: meta?.files.filter((f) => WRITES.includes(f.change) || f.change === 'xóa').length ?? 0 };
    })
    .sort((a, b) => b.year - a.year);
}

const noDraft = (year: number): ImportAnswer => ({ ok: false, message: `Không có bản nháp chương trình năm ${year} (có thể đã được công bố hoặc đã xóa). Tải lại trang để xem danh sách bản nháp.` });

export function importDraftReview(ctx: ImportContext, year: number): ImportAnswer {
  if (!ctx.gitMode) return { ok: false, message: NO_GIT };
  if (!branchExists(ctx, year)) return noDraft(year);
  const meta = readMeta(ctx, year);
  return { ok: true, year, message: meta?.message ?? '', review: meta?.review ?? '<p>Không còn trang xem lại của bản nháp này: hãy nhập lại văn bản.</p>', files: meta?.files ?? [], status: statusOf(ctx, year), branch: importDraftBranch(year) };
}

export function setImportDraftStatus(ctx: ImportContext, year: number, status: ImportStatus): ImportAnswer {
  if (!ctx.gitMode) return { ok: false, message: NO_GIT };
  if (!branchExists(ctx, year)) return noDraft(year);
  setStatusOf(ctx, year, status);
  return { ok: true, year, status, message: `Chương trình năm ${year}: ${STATUS_LABELS[status]}.` };
}

export function deleteImportDraft(ctx: ImportContext, year: number): ImportAnswer {
  if (!ctx.gitMode) return { ok: false, message: NO_GIT };
  if (!branchExists(ctx, year)) return noDraft(year);
  gitIn(ctx.repo)(['branch', '-D', importDraftBranch(year)]);
  rmSync(metaFile(ctx, year), { force: true });
  return { ok: true, year, message: `Đã xóa bản nháp chương trình năm ${year}; trang không thay đổi.` };
}

/**
 * The publish step: only from "Sẵn sàng đăng"; the draft touches only what an import may write; the merged
 * result passes the content checker; then the draft branch is merged into the publishing branch (checked
 * out, as decap-server merges an entry's draft) and removed.
 */
export function publishImportDraft(ctx: ImportContext, year: number): ImportAnswer {
  if (!ctx.gitMode) return { ok: false, message: NO_GIT };
  if (!branchExists(ctx, year)) return noDraft(year);
  const status = statusOf(ctx, year);
  if (status !== 'pending_publish') return { ok: false, year, status, message: `Chương trình năm ${year} đang ở trạng thái “${STATUS_LABELS[status]}”: người duyệt cần xem lại và chuyển sang “Sẵn sàng đăng” trước khi công bố.` };
  const branch = importDraftBranch(year);
  const git = gitIn(ctx.repo, { ...process.env, ...authorFallback(ctx.repo) });
  const current = git(['branch', '--show-current']);
  if (current !== ctx.publishingBranch) return { ok: false, year, status, message: `Thư mục trang đang ở nhánh “${current}”, không phải nhánh công bố ${ctx.publishingBranch}; chuyển về nhánh ${ctx.publishingBranch} rồi công bố lại.` };
  const base = git(['merge-base', ctx.publishingBranch, branch]);
  const touched = git(['diff', '--no-renames', '--name-only', '-z', base, branch]).split('\0').filter(Boolean);
  for (const path of touched) {
    const problem = importPathProblem(path, year);
    if (problem) return { ok: false, year, status, message: `Bản nháp chương trình năm ${year} sửa ${path}, ngoài các thư mục một lần nhập được ghi; không công bố. (${problem})` };
  }
  if (touched.length === 0) return { ok: false, year, status, message: `Bản nháp chương trình năm ${year} không thay đổi tệp nào so với nhánh ${ctx.publishingBranch}: không có gì để công bố.` };
  const links = git(['ls-tree', '-r', branch, '--', ...touched]).split('\n').filter((l) => l && !l.startsWith('100644 '));
  if (links.length) return { ok: false, year, status, message: `Bản nháp chương trình năm ${year} có tệp không phải tệp thường (${links[0]!.split('\t')[1]}); không công bố.` };
  let merged: string;
  try {
    merged = git(['merge-tree', '--write-tree', '--no-messages', ctx.publishingBranch, branch]).split('\n')[0]!;
  } catch {
    return { ok: false, year, status, message: `Bản nháp chương trình năm ${year} đụng với thay đổi đã công bố sau khi lưu nháp (cùng tệp). Xóa bản nháp, nhập lại văn bản, rồi gửi duyệt lại.` };
  }
  // The content as it will be after the merge, checked as the build checks it.
  const check = mkdtempSync(join(tmpdir(), 'mttq-nhap-kiem-'));
  try {
    checkoutTree(ctx.repo, merged, check);
    const { problems } = checkContent(check);
    if (problems.length) {
      return { ok: false, year, status, problems: problems.map(formatProblem), message: `Chưa công bố: bộ kiểm tra nội dung thấy ${problems.length} lỗi nếu gộp chương trình năm ${year} vào nhánh ${ctx.publishingBranch}. Sửa rồi lưu lại bản nháp.` };
    }
  } finally {
    rmSync(check, { recursive: true, force: true });
  }
  try {
    git(['-c', 'commit.gpgsign=false', 'merge', '--no-edit', '-m', `Công bố chương trình năm ${year}`, branch]);
  } catch (error) {
    const detail = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0];
    return { ok: false, year, status, message: `Chưa công bố: Git không gộp được bản nháp vào nhánh ${ctx.publishingBranch} (${detail}). Thường là do có tệp trong content/ đang sửa dở chưa lưu vào Git.` };
  }
  git(['branch', '-D', branch]);
  rmSync(metaFile(ctx, year), { force: true });
  return { ok: true, year, message: `Đã công bố chương trình năm ${year} vào nhánh ${ctx.publishingBranch}. Trang trên mạng có chương trình này khi được dựng lại (npm run publish).` };
}
