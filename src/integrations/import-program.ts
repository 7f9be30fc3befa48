// The program importer behind `npm run import:program` (scripts/import-program.ts) and
// the editor's "Nhập chương trình năm mới" (src/integrations/import-draft.ts): reads a program
// document (.docx, .txt, .md) and writes that year's program into <root>/content/.
// Everything is written into a temporary copy first and checked there with the
// content checker; content/ changes only when the check passed.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseDocument, isSeq, parse, Scalar } from 'yaml';
import { checkContent, formatProblem } from '../content-check/check';
import { readProgramDocument, ReadError } from '../node/program-document';
import { walkFiles } from '../node/files';
import { DocumentError, parseProgramDocument } from '../lib/program-import/structure';
import { planImport, documentYear, type ImportPlan } from '../lib/program-import/plan';
import type { KnownEntries } from '../lib/program-import/references';
import { untouchedSinceImport } from '../lib/program-import/serialize';
import { reportHtml, reportText, type FileChange } from '../lib/program-import/report';
import { cleanTitleEdits, titleEditProblems, type FieldProblem, type TitleEdits } from '../lib/program-import/title-edits';

export interface ImportOptions {
  year?: number;
  dryRun?: boolean;
  replace?: boolean;
  /** Overwrite (or remove) files of that year that staff edited by hand. */
  yes?: boolean;
  /** Write the review page into the temporary folder (the terminal's way to show it); the editor shows it itself. */
  reviewPage?: boolean;
  /** Short titles (and a guessed issuer) staff corrected on the editor's review, by item id. */
  edits?: TitleEdits;
}

export interface ImportResult {
  ok: boolean;
  /** What the terminal shows (Vietnamese). */
  output: string;
  reviewPage?: string;
  /** The checker's problems in the result (file, line, field, message), when there are any. */
  problems?: string[];
  /** What is wrong with the staff's title edits, field by field (nothing was written then). */
  fieldProblems?: FieldProblem[];
  plan?: ImportPlan;
  changes?: FileChange[];
}

const frontmatter = (text: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';

function readEntries(root: string): KnownEntries {
  const folder = (name: string) => join(root, 'content', name);
  const list = (name: string, ext: string) => (existsSync(folder(name)) ? readdirSync(folder(name)).filter((f) => f.endsWith(ext) && !f.startsWith('.')) : []);
  const data = (name: string, file: string, mdx: boolean) => {
    const text = readFileSync(join(folder(name), file), 'utf8');
    return (parse(mdx ? frontmatter(text) : text) ?? {}) as Record<string, unknown>;
  };
  const str = (v: unknown) => (v === undefined || v === null ? undefined : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return {
    events: list('events', '.yaml').map((f) => {
      const d = data('events', f, false);
      return { id: f.replace(/\.yaml$/, ''), title: String(d.title ?? ''), kind: d.kind as never, origin: str(d.origin), monthDay: str(d.monthDay), start: str(d.start), end: str(d.end), date: str(d.date) };
    }),
    campaigns: list('campaigns', '.mdx').map((f) => {
      const d = data('campaigns', f, true);
      return { id: f.replace(/\.mdx$/, ''), title: String(d.title ?? ''), kind: d.kind as never, aliases: (d.aliases as string[] | undefined) ?? [], events: (d.events as string[] | undefined) ?? [] };
    }),
    documents: list('documents', '.yaml').map((f) => {
      const d = data('documents', f, false);
      return { id: f.replace(/\.yaml$/, ''), title: String(d.title ?? ''), kind: String(d.kind ?? ''), number: str(d.number) ?? null, date: str(d.date) ?? null, issuer: str(d.issuer) ?? null, subject: str(d.subject) ?? null };
    }),
  };
}

/** The files of one year that exist now: program, sections, items. */
function yearFiles(root: string, year: number): string[] {
  const out: string[] = [];
  if (existsSync(join(root, 'content/programs', `${year}.mdx`))) out.push(`content/programs/${year}.mdx`);
  for (const folder of ['sections', 'items']) {
    const dir = join(root, 'content', folder, String(year));
    if (existsSync(dir)) out.push(...walkFiles(dir).files.map((f) => `content/${folder}/${year}/${f}`));
  }
  return out;
}

function addYearToEvent(text: string, year: string): string {
  const doc = parseDocument(text);
  const programs = doc.get('programs');
  if (isSeq(programs)) {
    if (programs.items.some((i) => String((i as { value?: unknown }).value ?? i) === year)) return text;
    // In the quotes the file already uses ('2020' → '2031').
    const node = doc.createNode(year) as Scalar;
    node.type = (programs.items[0] as Scalar | undefined)?.type ?? Scalar.QUOTE_SINGLE;
    programs.add(node);
  } else doc.set('programs', doc.createNode([year]));
  return doc.toString();
}

function writeAtomically(full: string, text: string): void {
  mkdirSync(dirname(full), { recursive: true });
  const temp = `${full}.nhap-tam`;
  writeFileSync(temp, text);
  renameSync(temp, full);
}

export async function importProgram(root: string, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const name = basename(file);
  const fail = (message: string): ImportResult => ({ ok: false, output: `✗ ${message}\nNội dung trang (content/) không thay đổi.` });
  let read;
  try {
    read = await readProgramDocument(file);
  } catch (error) {
    if (error instanceof ReadError) return fail(error.message);
    throw error;
  }
  let doc;
  try {
    doc = parseProgramDocument(read.lines, read.unit);
  } catch (error) {
    if (error instanceof DocumentError) return fail(`Tệp ${name}: ${error.message}. Kiểm tra đây có đúng là văn bản chương trình không.`);
    throw error;
  }
  const year = options.year ?? documentYear(doc);
  if (!year) return fail(`Tệp ${name}: không thấy năm của chương trình trong tiêu đề hay ngày ban hành. Chạy lại với --year, ví dụ: npm run import:program -- ${name} --year 2022`);
  const existing = yearFiles(root, year);
  if (existing.length > 0 && !options.replace) {
    return fail(`Năm ${year} đã có trên trang (${existing.length} tệp, ví dụ ${existing[0]}). Tệp ${name} chưa được nhập. Muốn thay chương trình năm ${year} bằng văn bản này, chạy lại với --replace (sẽ xem trước thay đổi; tệp đã sửa tay được giữ nguyên trừ khi thêm --yes).`);
  }

  const edits = cleanTitleEdits(options.edits ?? {});
  let plan: ImportPlan;
  try {
    const existingItems = existing
      .filter((p) => p.startsWith(`content/items/${year}/`) && p.endsWith('.mdx'))
      .map((p) => {
        const d = (parse(frontmatter(readFileSync(join(root, p), 'utf8'))) ?? {}) as { order?: unknown; text?: unknown };
        return { id: p.slice(`content/items/${year}/`.length, -'.mdx'.length), order: Number(d.order), text: String(d.text ?? '') };
      });
    plan = planImport(doc, { year, source: name, unit: read.unit, known: readEntries(root), existingItems, titles: edits.titles, issuer: edits.issuer });
  } catch (error) {
    if (error instanceof DocumentError) return fail(`Tệp ${name}: ${error.message}.`);
    throw error;
  }

  // What changes, file by file; files staff edited by hand are kept unless --yes.
  const changes: FileChange[] = [];
  const planned = new Set(plan.files.map((f) => f.path));
  for (const f of plan.files) {
    const full = join(root, f.path);
    if (!existsSync(full)) changes.push({ path: f.path, change: 'mới' });
    else {
      const now = readFileSync(full, 'utf8');
      if (now === f.text) changes.push({ path: f.path, change: 'giữ nguyên' });
      else if (untouchedSinceImport(now) === true || options.yes) changes.push({ path: f.path, change: 'thay' });
      else changes.push({ path: f.path, change: 'sửa tay, giữ lại' });
    }
  }
  for (const path of existing.filter((p) => !planned.has(p))) {
    const now = readFileSync(join(root, path), 'utf8');
    changes.push({ path, change: untouchedSinceImport(now) === true || options.yes ? 'xóa' : 'sửa tay, giữ lại' });
  }
  const eventEdits = plan.eventsGainingYear
    .map((id) => ({ path: `content/events/${id}.yaml`, before: readFileSync(join(root, 'content/events', `${id}.yaml`), 'utf8') }))
    .map((e) => ({ ...e, after: addYearToEvent(e.before, String(year)) }))
    .filter((e) => e.after !== e.before);
  for (const e of eventEdits) changes.push({ path: e.path, change: 'thêm năm' });

  // Staff's title edits: by the ids this import gave its items, on files it writes; any problem stops the import.
  const keptByHand = new Set(changes.filter((c) => c.change === 'sửa tay, giữ lại').map((c) => c.path));
  const fieldProblems = titleEditProblems(edits, { items: plan.report.items, unit: plan.report.unit, issuerGuessed: plan.report.program.issuerGuessed, keptByHand });
  if (fieldProblems.length > 0) {
    const list = fieldProblems.map((p) => `  • ${p.message}`).join('\n');
    return { ok: false, output: `✗ Tệp ${name}: ${fieldProblems.length} tiêu đề đã sửa chưa dùng được, nên chưa lưu gì:\n${list}\nNội dung trang (content/) không thay đổi.`, fieldProblems };
  }

  // Apply everything in a temporary copy and check it there.
  const stage = mkdtempSync(join(tmpdir(), 'mttq-nhap-'));
  try {
    cpSync(join(root, 'content'), join(stage, 'content'), { recursive: true });
    if (existsSync(join(root, 'public'))) cpSync(join(root, 'public'), join(stage, 'public'), { recursive: true });
    const texts = new Map(plan.files.map((f) => [f.path, f.text]));
    for (const e of eventEdits) texts.set(e.path, e.after);
    for (const c of changes) {
      const full = join(stage, c.path);
      if (c.change === 'xóa') rmSync(full);
      else if (c.change !== 'giữ nguyên' && c.change !== 'sửa tay, giữ lại') writeAtomically(full, texts.get(c.path)!);
    }
    const { problems } = checkContent(stage);
    const seconds = (performance.now() - started) / 1000;
    const review = options.reviewPage === false ? undefined : join(tmpdir(), `nhap-chuong-trinh-${year}-${Date.now()}.html`);
    if (review) writeFileSync(review, reportHtml(plan.report, changes));
    const text = reportText(plan.report, changes, { dryRun: Boolean(options.dryRun), seconds, reviewPage: review });
    if (problems.length > 0) {
      const list = problems.map((p) => `  • ${formatProblem(p)}`).join('\n');
      return { ok: false, output: `${text}\n✗ Bộ kiểm tra nội dung thấy ${problems.length} lỗi trong kết quả nhập, nên chưa ghi gì vào content/:\n${list}`, reviewPage: review, problems: problems.map(formatProblem), plan, changes };
    }
    if (!options.dryRun) {
      for (const c of changes) {
        const full = join(root, c.path);
        if (c.change === 'xóa') rmSync(full);
        else if (c.change !== 'giữ nguyên' && c.change !== 'sửa tay, giữ lại') writeAtomically(full, readFileSync(join(stage, c.path), 'utf8'));
      }
    }
    return { ok: true, output: text, reviewPage: review, plan, changes };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

