/**
 * `npm run check:content`: validates everything in content/ in a few seconds,
 * without a build, with THE SAME schema factories the build uses
 * (src/schemas/). References are checked against the ids of every file, which
 * are collected first. Every problem is reported, not just the first.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { LineCounter, isMap, isNode, type Document } from 'yaml';
import { z } from 'astro/zod';
import * as schemas from '../schemas';
import type { CollectionName, Reference } from '../schemas';
import { useVietnameseErrors, vietnameseIssues } from '../schemas/error-map';
import { COLLECTION_FILES, COLLECTION_LABELS, CONTENT_DIR, collectionOf, existingReference } from '../schemas/collections';
import { isSlug } from '../lib/slug';
import { slugOfId } from '../lib/urls';
import { fileDateMismatch, hasDatePrefix, isScheduled } from '../lib/announcements';
import { formatDateVi, type IsoDate } from '../lib/dates';
import { publicPaths } from '../lib/public-paths';
import { findUses, type BodyUse } from './mdx';
import { useProblem } from './body-policy';
import { checkBodyText } from './body';
import { contentLinkProblems, parseYaml, publicFileProblems, readContentFile, splitFrontmatter, strayContentProblems, trackedBuildOutputProblems } from './files';
import { type ContentProblem, formatProblem } from './problems';
import { attachmentPathProblem } from '../lib/attachments';
import { walkFiles, isRegularFile } from '../node/files';
import { explainProblem, fieldName } from '../lib/field-help';

export { type ContentProblem, formatProblem };

const SCHEMAS: Record<CollectionName, (ref: Reference) => z.ZodType> = {
  programs: schemas.programSchema,
  sections: schemas.sectionSchema,
  items: schemas.itemSchema,
  events: schemas.eventSchema,
  campaigns: schemas.campaignSchema,
  documents: schemas.documentSchema,
  announcements: schemas.announcementSchema,
  contact: schemas.contactSchema,
};


interface Entry {
  collection: CollectionName;
  file: string;
  id: string;
  doc?: Document;
  /** Line of the first frontmatter line in the file (1 for YAML files). */
  lineOffset: number;
  body?: string;
  bodyLine: number;
  data?: Record<string, unknown>;
}

function lineOfPath(entry: Entry, counter: LineCounter, path: (string | number)[]): number | undefined {
  if (!entry.doc) return undefined;
  for (let n = path.length; n > 0; n -= 1) {
    const node = entry.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + entry.lineOffset - 1;
    // A key without a value: point at the key.
    const parent = n > 1 ? entry.doc.getIn(path.slice(0, n - 1), true) : entry.doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((it) => isNode(it.key) && (it.key as { value?: unknown }).value === path[n - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line + entry.lineOffset - 1;
    }
  }
  return undefined;
}

export interface CheckResult {
  problems: ContentProblem[];
  /** Not errors (the site builds): scheduled announcements, a file name whose date differs from its `date`. */
  notices: ContentProblem[];
  /** Files read per collection. */
  counts: Record<CollectionName, number>;
}

/**
 * Checks the content/ folder of a project root. With `today` (the build day in
 * Vietnam), an announcement dated later is noted as scheduled.
 */
export function checkContent(root: string, { today }: { today?: IsoDate } = {}): CheckResult {
  const notices: ContentProblem[] = [];
  useVietnameseErrors();
  const problems: ContentProblem[] = [];
  const contentDir = join(root, CONTENT_DIR);
  const entries: Entry[] = [];
  const counts = Object.fromEntries(Object.keys(COLLECTION_FILES).map((k) => [k, 0])) as Record<CollectionName, number>;
  const counters = new Map<Entry, LineCounter>();

  if (!existsSync(contentDir)) return { problems: [{ file: CONTENT_DIR, message: 'không tìm thấy thư mục content/' }], notices, counts };

  // 0. Files that are not what they seem (symlinks), stray files under content/, and public/: never read, always refused.
  problems.push(...trackedBuildOutputProblems(root), ...contentLinkProblems(root), ...publicFileProblems(root), ...strayContentProblems(root));

  // 1. Every file: which collection, parse YAML/frontmatter, note its id.
  for (const rel of walkFiles(contentDir).files) {
    const file = `${CONTENT_DIR}/${rel}`;
    const full = join(contentDir, rel);
    const collection = collectionOf(rel);
    if (!collection) continue; // source documents, or refused by strayContentProblems above
    counts[collection] += 1;
    const folder = COLLECTION_FILES[collection].folder;
    const withinFolder = rel.slice(folder.length + 1);
    const pathId = withinFolder.replace(/\.[^./]+$/, '');
    const entry: Entry = { collection, file, id: pathId, lineOffset: 1, bodyLine: 1 };
    entries.push(entry);

    for (const segment of pathId.split('/')) {
      if (!isSlug(segment)) {
        problems.push({ file, message: `tên tệp "${segment}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối, ví dụ ${COLLECTION_FILES[collection].example}` });
        break;
      }
    }
    if (collection === 'announcements' && !hasDatePrefix(pathId)) {
      problems.push({ file, message: `tên tệp thông báo phải bắt đầu bằng ngày đăng, ví dụ ${COLLECTION_FILES.announcements.example}; dùng lệnh npm run new:announcement -- "Tiêu đề" để tạo tệp đúng tên` });
    }

    const read = readContentFile(full);
    if ('problem' in read) {
      problems.push({ file, message: read.problem });
      continue;
    }
    let yamlText = read.text;
    if (full.endsWith('.mdx')) {
      const front = splitFrontmatter(read.text);
      if (!front) {
        problems.push({ file, line: 1, message: 'thiếu phần thông tin ở đầu tệp: tệp phải bắt đầu bằng một dòng ---, các trường (title: …), rồi một dòng --- nữa' });
        continue;
      }
      yamlText = front.yaml;
      entry.lineOffset = front.lineOffset;
      entry.body = front.body;
      entry.bodyLine = front.bodyLine;
    }
    const yaml = parseYaml(yamlText, entry.lineOffset);
    counters.set(entry, yaml.counter);
    if (yaml.problems.length > 0) {
      for (const p of yaml.problems) problems.push({ file, ...p });
      continue;
    }
    entry.doc = yaml.doc;
    const data = yaml.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, line: entry.lineOffset, message: 'phần thông tin phải là các dòng "tên trường: giá trị", ví dụ title: "Tiêu đề"' });
      continue;
    }
    entry.data = data as Record<string, unknown>;
  }

  // 2. Ids per collection, and two entries with one address.
  const ids = Object.fromEntries(Object.keys(COLLECTION_FILES).map((k) => [k, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const byKey = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = `${entry.collection}:${entry.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    ids[entry.collection].add(entry.id);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((e) => e !== entry).map((e) => e.file).join(', ');
      problems.push({ file: entry.file, message: `trùng địa chỉ (slug) "${entry.id}" với tệp ${others}: hai ${COLLECTION_LABELS[entry.collection]} sẽ tranh nhau một trang; đổi tên một trong hai tệp` });
    }
  }

  // 3. Schemas, with references checked against the ids just collected.
  const ref: Reference = existingReference(ids);

  const parsed = new Map<Entry, Record<string, unknown>>();
  for (const entry of entries) {
    if (!entry.data) continue;
    let result;
    try {
      result = SCHEMAS[entry.collection](ref).safeParse(entry.data);
    } catch (error) {
      problems.push({ file: entry.file, message: internalError(error) });
      continue;
    }
    if (result.success) {
      parsed.set(entry, result.data as Record<string, unknown>);
      if (entry.collection === 'announcements') {
        const line = lineOfPath(entry, counters.get(entry)!, ['date']);
        notices.push(...announcementNotices(entry, result.data as { date: IsoDate }, today).map((n) => ({ ...n, line })));
      }
      continue;
    }
    for (const issue of vietnameseIssues(result.error)) {
      const field = issue.path.length ? fieldName(issue.path) : undefined;
      problems.push({
        file: entry.file,
        line: lineOfPath(entry, counters.get(entry)!, issue.path),
        field,
        message: explainProblem(entry.collection, field, issue.message),
      });
    }
  }

  // 4. Items with the same address inside one program year.
  const itemPaths = new Map<string, Entry>();
  for (const entry of entries.filter((e) => e.collection === 'items')) {
    const program = (parsed.get(entry)?.program as { id: string } | undefined)?.id ?? entry.id.split('/')[0]!;
    const key = `${program}/${slugOfId(entry.id)}`;
    const other = itemPaths.get(key);
    if (other && other.id !== entry.id) {
      problems.push({ file: entry.file, message: `trùng địa chỉ với tệp ${other.file}: hai nhiệm vụ của chương trình ${program} cùng tên "${slugOfId(entry.id)}"; đổi tên một trong hai tệp` });
    } else itemPaths.set(key, entry);
  }

  // 5. MDX bodies: syntax, code, images, links.
  const programYears = new Map<string, number>();
  for (const entry of entries) {
    if (entry.collection === 'programs') {
      const year = parsed.get(entry)?.year;
      if (typeof year === 'number') programYears.set(entry.id, year);
    }
  }
  const sitePaths = publicPaths({
    programYears: [...programYears.values()],
    items: entries
      .filter((e) => e.collection === 'items')
      .map((e) => ({ year: programYears.get((parsed.get(e)?.program as { id: string } | undefined)?.id ?? '') ?? Number(e.id.split('/')[0]), slug: slugOfId(e.id) })),
    events: [...ids.events],
    campaigns: [...ids.campaigns],
    documents: [...ids.documents],
    announcements: [...ids.announcements],
  });
  const publicDir = join(root, 'public');
  for (const entry of entries) {
    if (entry.body === undefined) continue;
    const toFileLine = (line?: number) => (line === undefined ? undefined : line + entry.bodyLine - 1);
    try {
      // The same parse and allow-list as the build's remark guard and the web editor (body.ts).
      const { tree, problems: bodyProblems } = checkBodyText(entry.body);
      for (const p of bodyProblems) problems.push({ file: entry.file, line: toFileLine(p.line), message: p.message });
      if (!tree) continue;
      for (const use of findUses(tree)) {
        if (useProblem(use)) continue; // refused by the policy, reported above
        const message = checkUse(use, publicDir, sitePaths);
        if (message) problems.push({ file: entry.file, line: toFileLine(use.line), message });
      }
    } catch (error) {
      problems.push({ file: entry.file, message: internalError(error) });
    }
  }

  // 6. Attachments exist (also when other fields of the entry are wrong).
  for (const entry of entries) {
    const attachments = entry.data?.attachments;
    if (!Array.isArray(attachments)) continue;
    attachments.forEach((raw: unknown, i) => {
      const file = (raw as { file?: unknown } | null)?.file;
      if (typeof file !== 'string' || attachmentPathProblem(file.trim()) !== null) return; // the schema words that
      const a = { file: file.trim() };
      if (!isRegularFile(join(publicDir, a.file))) {
        problems.push({
          file: entry.file,
          field: `attachments[${i}].file`,
          line: lineOfPath(entry, counters.get(entry)!, ['attachments', i, 'file']),
          message: `không có tệp public${a.file}: chép tệp vào thư mục public${posix.dirname(a.file)}/ hoặc sửa lại tên tệp`,
        });
      }
    });
  }

  const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  problems.sort(byPlace);
  notices.sort(byPlace);
  return { problems, notices, counts };
}

/** A scheduled announcement, and a file name whose date is not the `date` field (the list and RSS follow the field). */
function announcementNotices(entry: Entry, data: { date: IsoDate }, today: IsoDate | undefined): ContentProblem[] {
  const notices: ContentProblem[] = [];
  if (today && isScheduled(data.date, today)) {
    notices.push({ file: entry.file, field: 'date', message: `thông báo sẽ tự đăng ngày ${formatDateVi(data.date)}: trước ngày đó không hiện trên trang, RSS, sơ đồ trang và tìm kiếm` });
  }
  const fileDate = fileDateMismatch(entry.id, data.date);
  if (fileDate) {
    notices.push({
      file: entry.file,
      field: 'date',
      message: `cảnh báo: tên tệp ghi ngày ${formatDateVi(fileDate)} nhưng trường date là ${formatDateVi(data.date)}; trang dùng ngày ở trường date. Sửa một trong hai cho khớp (đổi tên tệp thành ${data.date}${entry.id.slice(10)}.mdx thì địa chỉ trang đổi theo)`,
    });
  }
  return notices;
}


/** Whether an allowed link or image points at something that exists (the policy has already judged its form). */
function checkUse(use: BodyUse, publicDir: string, sitePaths: Set<string>): string | null {
  const url = use.url.trim();
  const path = decodeURI(url.split(/[?#]/)[0]!);
  if (use.kind === 'image') {
    return isRegularFile(join(publicDir, path)) ? null : `không có ảnh "${url}": chép ảnh vào thư mục public/anh/ (ví dụ public/anh/ten-anh.jpg và viết /anh/ten-anh.jpg) hoặc sửa lại tên`;
  }
  if (!url.startsWith('/')) return null; // other hosts, mail, #anchors
  if (sitePaths.has(path)) return null;
  if (isRegularFile(join(publicDir, path))) return null;
  if (!path.endsWith('/') && sitePaths.has(`${path}/`)) return `liên kết "${url}" thiếu dấu / ở cuối: viết ${path}/`;
  return `liên kết "${url}" dẫn tới trang không có trên trang web; kiểm tra lại địa chỉ (ví dụ /thong-bao/, /su-kien/ten-su-kien/)`;
}

/** The checker never throws: a failure of its own is still a problem naming the file. */
function internalError(error: unknown): string {
  return `không kiểm tra được tệp này (lỗi của trình kiểm tra: ${error instanceof Error ? error.message : String(error)}); gửi tệp cho người quản trị kỹ thuật`;
}
