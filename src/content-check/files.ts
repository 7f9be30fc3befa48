/**
 * The file-level rules for what staff put in content/ and public/, shared by
 * `npm run check:content` and the build (src/integrations/staff-guard.ts runs
 * `preflight` before Astro reads any content): no symbolic links, sizes within
 * limits, valid UTF-8, YAML without anchors, aliases or tags, and under public/
 * only the file types each folder takes.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import { walkFiles } from '../node/files';
import { ATTACHMENT_DIR, ATTACHMENT_TYPES, IMAGE_DIR, IMAGE_TYPES, extensionOf, formatFileSize } from '../lib/attachments';
import { COLLECTION_FILES, CONTENT_DIR, SOURCE_FOLDER, collectionOf } from '../schemas/collections';
import type { ContentProblem } from './problems';
import { bodyBoundProblem } from './bounds';

/** One content file (YAML or MDX) is a page of text; anything bigger is a mistake (or an attack). */
export const MAX_CONTENT_BYTES = 1024 * 1024;
/** Per file under public/ (images, attachments); the staff guide says 20 MB. */
export const MAX_PUBLIC_BYTES = 20 * 1024 * 1024;

/** The folders of public/ staff fill, and the file types each takes. */
export const PUBLIC_FOLDERS: Record<string, readonly string[]> = {
  [IMAGE_DIR.slice(1, -1)]: IMAGE_TYPES,
  [ATTACHMENT_DIR.slice(1, -1)]: Object.keys(ATTACHMENT_TYPES),
};
/** Files of the site itself directly under public/ (not staff's): icons and the like, never HTML, scripts or SVG but the favicon. */
const SITE_FILE_TYPES = ['ico', 'png', 'webmanifest', 'txt', 'woff2'];
const SITE_FILES = new Set(['favicon.svg', '.gitkeep']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a content file, or why it cannot be read as one. */
export function readContentFile(full: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    const stat = lstatSync(full);
    if (!stat.isFile()) return { problem: 'không phải là một tệp thường (có thể là liên kết tượng trưng/symlink); chép tệp thật vào đây' };
    if (stat.size > MAX_CONTENT_BYTES) {
      return { problem: `tệp quá lớn (${formatFileSize(stat.size)}; tối đa ${formatFileSize(MAX_CONTENT_BYTES)} cho một tệp nội dung); tệp dài nên đính kèm trong public${ATTACHMENT_DIR}` };
    }
    bytes = readFileSync(full);
  } catch {
    return { problem: 'không đọc được tệp' };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'tệp không lưu theo bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; mở tệp và lưu lại với bảng mã UTF-8' };
  }
}

export interface Frontmatter {
  yaml: string;
  /** File line of the first YAML line. */
  lineOffset: number;
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
}

/** The front matter between the `---` lines of an MDX file, or null when it is missing. */
export function splitFrontmatter(source: string): Frontmatter | null {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  return { yaml: match[1]!, lineOffset: 2, body: source.slice(match[0].length), bodyLine: source.slice(0, match[0].length).split('\n').length };
}

export interface ParsedYaml {
  doc: Document;
  counter: LineCounter;
  data?: unknown;
  /** Problems with line numbers of the file. */
  problems: { line: number; field?: string; message: string }[];
}

/**
 * YAML as the build reads it: Astro uses js-yaml, which turns an unquoted
 * 2026-11-20 into a date, so the `timestamp` tag is on here too and both give
 * the same verdict. Anchors, aliases (`&a`, `*a`: an alias bomb) and explicit
 * tags (`!!binary`) are refused: staff never need them.
 */
export function parseYaml(text: string, lineOffset = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, customTags: ['timestamp'], merge: false, uniqueKeys: true });
  const lineAt = (pos: number) => counter.linePos(pos).line + lineOffset - 1;
  const problems: ParsedYaml['problems'] = [];
  // The parser's own text is English ("Nested mappings are not allowed in compact mappings"): staff get the
  // Vietnamese hint for its error code and the column, never that text.
  for (const error of doc.errors) {
    const { line, col } = counter.linePos(error.pos[0]);
    problems.push({ line: line + lineOffset - 1, message: `lỗi cú pháp YAML: ${yamlHint(error.code)} (cột ${col})` });
  }
  if (problems.length) return { doc, counter, problems };
  // Anchors and explicit tags, on every kind of node (a Scalar visitor takes precedence over Node in yaml's visit).
  const anchorsAndTags = (node: { anchor?: string; tag?: string; range?: [number, number, number] | null }) => {
    if (node.anchor) problems.push({ line: lineAt(node.range?.[0] ?? 0), message: `không dùng được dấu &${node.anchor} (neo YAML); xóa nó và viết thẳng giá trị` });
    // yaml sets `tag` only where the source writes one (`!!binary`, `!x`), not for plain values.
    if (node.tag) {
      problems.push({ line: lineAt(node.range?.[0] ?? 0), message: `không dùng được kiểu dữ liệu ${node.tag.replace('tag:yaml.org,2002:', '!!')}; xóa phần bắt đầu bằng dấu ! và viết giá trị trong ngoặc kép` });
    }
  };
  visit(doc, {
    Scalar(_key, node, path) {
      anchorsAndTags(node);
      // js-yaml (the build) and yaml both roll an unquoted 2020-02-30 over to 1 March: refuse it as written.
      if (!(node.value instanceof Date) || !node.range) return;
      const written = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text.slice(node.range[0], node.range[1]));
      const date = node.value;
      if (written && (date.getUTCFullYear() !== Number(written[1]) || date.getUTCMonth() + 1 !== Number(written[2]) || date.getUTCDate() !== Number(written[3]))) {
        const pair = path.at(-1);
        const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
        problems.push({ line: lineAt(node.range[0]), field, message: `ngày "${written[0]}" không có trên lịch (kiểm tra lại ngày và tháng)` });
      }
    },
    Map(_key, node) {
      anchorsAndTags(node);
    },
    Seq(_key, node) {
      anchorsAndTags(node);
    },
    Alias(_key, node) {
      problems.push({ line: lineAt(node.range?.[0] ?? 0), message: `không dùng được dấu *${node.source} (tham chiếu YAML); viết thẳng giá trị vào đây` });
    },
  });
  if (problems.length) return { doc, counter, problems };
  try {
    return { doc, counter, problems, data: doc.toJS({ maxAliasCount: 0 }) };
  } catch {
    return { doc, counter, problems: [{ line: lineOffset, message: 'không đọc được phần thông tin (YAML); viết mỗi dòng dạng tên trường: "giá trị"' }] };
  }
}

/** Problems with the files under public/ (what Vite copies into the site byte for byte). */
export function publicFileProblems(root: string): ContentProblem[] {
  const dir = join(root, 'public');
  const { files, symlinks, others } = walkFiles(dir);
  const problems: ContentProblem[] = [];
  for (const rel of symlinks) {
    problems.push({ file: `public/${rel}`, message: 'là liên kết tượng trưng (symlink) tới tệp khác trên máy nên không được đăng; xóa nó và chép tệp thật vào đây' });
  }
  for (const rel of others) problems.push({ file: `public/${rel}`, message: 'không phải là một tệp thường; xóa nó' });
  for (const rel of files) {
    const file = `public/${rel}`;
    const parts = rel.split('/');
    const name = parts[parts.length - 1]!;
    const ext = extensionOf(rel);
    const folderTypes = parts.length > 1 ? PUBLIC_FOLDERS[parts[0]!] : undefined;
    if (parts.some((p) => p.startsWith('.')) && name !== '.gitkeep') {
      problems.push({ file, message: 'tên bắt đầu bằng dấu chấm (tệp ẩn) sẽ bị đăng lên trang; xóa tệp này' });
    } else if (folderTypes) {
      if (!folderTypes.includes(ext)) {
        problems.push({ file, message: `thư mục public/${parts[0]}/ chỉ nhận tệp ${folderTypes.map((t) => `.${t}`).join(', ')}; "${name}" không thuộc loại này: xóa nó hoặc chuyển sang đúng loại` });
      }
    } else if (!SITE_FILES.has(rel) && !(parts.length === 1 && SITE_FILE_TYPES.includes(ext))) {
      const folders = Object.keys(PUBLIC_FOLDERS).map((f) => `public/${f}/`).join(' hoặc ');
      problems.push({ file, message: `tệp này không thuộc thư mục nào cán bộ được đặt tệp; ảnh và tệp đính kèm đặt trong ${folders}` });
    }
    const size = lstatSync(join(dir, rel)).size;
    if (size > MAX_PUBLIC_BYTES) {
      problems.push({ file, message: `tệp quá lớn (${formatFileSize(size)}; tối đa ${formatFileSize(MAX_PUBLIC_BYTES)} một tệp): nén lại hoặc chia nhỏ` });
    }
  }
  return problems;
}

/** Symbolic links and other non-files under content/ (never read: they could point anywhere). */
export function contentLinkProblems(root: string): ContentProblem[] {
  const { symlinks, others } = walkFiles(join(root, CONTENT_DIR));
  return [...symlinks, ...others].map((rel) => ({
    file: `${CONTENT_DIR}/${rel}`,
    message: 'là liên kết tượng trưng (symlink) hoặc không phải tệp thường nên không được đọc; xóa nó và chép tệp thật vào đây',
  }));
}

/** The types of source documents kept in content/nguon/ as received (text, Word, PDF); never read by the build. */
export const SOURCE_TYPES = ['txt', 'docx', 'pdf'];

/** True for a file of content/nguon/ (a source document of record: read by the tests, never published or imported). */
export function isSourceDocument(rel: string): boolean {
  const parts = rel.split('/');
  return parts[0] === SOURCE_FOLDER && parts.length > 1 && !parts.some((p) => p.startsWith('.')) && SOURCE_TYPES.includes(extensionOf(rel));
}

/**
 * Why a file under content/ that is neither a collection's file nor a source document is refused (every such
 * file is: a script, a hidden file or a stray page beside the content could be imported or read by the build).
 */
export function strayContentMessage(rel: string): string {
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  const ext = extensionOf(rel);
  const folders = Object.values(COLLECTION_FILES).map((c) => c.folder).join(', ');
  if (parts[0] === SOURCE_FOLDER) {
    return `thư mục content/${SOURCE_FOLDER}/ chỉ giữ tài liệu nguồn (${SOURCE_TYPES.map((t) => `.${t}`).join(', ')}, tên không bắt đầu bằng dấu chấm); xóa tệp này hoặc chuyển nó ra ngoài content/`;
  }
  const entry = Object.values(COLLECTION_FILES).find((c) => c.folder === parts[0] && parts.length > 1);
  if (!entry) {
    return parts.length === 1
      ? `tệp đặt thẳng trong content/ sẽ không được đăng; chuyển vào một thư mục: ${folders}`
      : `thư mục content/${parts[0]}/ không phải là một loại nội dung của trang nên tệp này sẽ không được đăng; các thư mục hợp lệ: ${folders}`;
  }
  const wantedExt = entry.pattern.slice(entry.pattern.lastIndexOf('.') + 1);
  if (parts.some((p) => p.startsWith('.'))) {
    return ['md', 'mdx', 'yaml', 'yml'].includes(ext)
      ? 'tên tệp (hoặc thư mục) bắt đầu bằng dấu chấm nên sẽ không được đăng; bỏ dấu chấm ở đầu tên'
      : `tệp ẩn (tên bắt đầu bằng dấu chấm) không phải là nội dung; xóa nó (thư mục content/${entry.folder}/ chỉ nhận tệp .${wantedExt})`;
  }
  if (ext !== wantedExt) {
    const renamed = `${name.slice(0, name.length - ext.length - (ext ? 1 : 0))}.${wantedExt}`;
    return ['md', 'markdown', 'yml', 'json', 'txt', wantedExt].includes(ext)
      ? `tệp có đuôi .${ext} sẽ không được đăng: thư mục content/${entry.folder}/ chỉ đọc tệp .${wantedExt}; đổi tên thành ${renamed}`
      : `tệp có đuôi ${ext ? `.${ext}` : '(không có đuôi)'} không phải là nội dung: thư mục content/${entry.folder}/ chỉ nhận tệp .${wantedExt}; xóa tệp này (ảnh đặt trong public/anh/, tệp đính kèm trong public/tep-dinh-kem/)`;
  }
  return `tệp nằm sai thư mục con nên sẽ không được đăng; đặt theo mẫu ${entry.example}`;
}

/** Every file under content/ that is neither a collection's file nor a source document, refused by name. */
export function strayContentProblems(root: string): ContentProblem[] {
  return walkFiles(join(root, CONTENT_DIR))
    .files.filter((rel) => !collectionOf(rel) && !isSourceDocument(rel))
    .map((rel) => ({ file: `${CONTENT_DIR}/${rel}`, message: strayContentMessage(rel) }));
}

/** Folders the build writes and later reads back (Astro's content cache, drawn Open Graph cards, the output). */
export const BUILD_OUTPUT_FOLDERS = ['.astro', 'dist', '.dist-next', '.dist-old', 'node_modules'] as const;

/**
 * Files of the build's own folders that the repository tracks, refused by name: a change that commits
 * `.astro/cache/og/<key>.png` or `.astro/data-store.json` would have the build publish a picture or
 * content it never drew or read from content/. Outside a Git work tree (a copied folder) there is
 * nothing tracked to refuse.
 */
export function trackedBuildOutputProblems(root: string): ContentProblem[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--', ...BUILD_OUTPUT_FOLDERS], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return []; // not a Git work tree, or no git: no tracked files
  }
  return listed
    .split('\0')
    .filter(Boolean)
    .map((file) => ({ file, message: `tệp này thuộc thư mục ${file.split('/')[0]}/ do bản dựng tự tạo, không được có trong kho mã (bản dựng sẽ đọc lại nó như thể tự làm ra); xóa khỏi kho bằng lệnh git rm -r --cached ${file.split('/')[0]} rồi gửi lại` }));
}

/**
 * What the build refuses before Astro reads anything: public/ files, links in
 * content/, and for each content file the reading and YAML rules above (the
 * schemas and body rules run in Astro itself, with the same code as the checker).
 */
export function preflight(root: string): ContentProblem[] {
  const problems = [...trackedBuildOutputProblems(root), ...publicFileProblems(root), ...contentLinkProblems(root), ...strayContentProblems(root)];
  for (const rel of walkFiles(join(root, CONTENT_DIR)).files) {
    if (!collectionOf(rel)) continue;
    const file = `${CONTENT_DIR}/${rel}`;
    const read = readContentFile(join(root, CONTENT_DIR, rel));
    if ('problem' in read) {
      problems.push({ file, message: read.problem });
      continue;
    }
    const front = rel.endsWith('.mdx') ? splitFrontmatter(read.text) : { yaml: read.text, lineOffset: 1 };
    if (!front) continue; // Astro words a missing front matter itself (the schema's "missing field")
    for (const p of parseYaml(front.yaml, front.lineOffset).problems) problems.push({ file, ...p });
    // Astro parses the body before any remark plugin runs: a body over the bounds is refused here, unparsed.
    const bound = 'body' in front ? bodyBoundProblem(front.body) : null;
    if (bound && 'body' in front) problems.push({ file, line: bound.line === undefined ? undefined : bound.line + front.bodyLine - 1, message: bound.message });
  }
  return problems;
}

/** What a YAML error code means for staff, and what to do (every code yaml 2.x reports). */
export function yamlHint(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'BAD_SCALAR_START':
      return 'dòng thụt lề sai hoặc giá trị bắt đầu bằng ký tự đặc biệt; đặt giá trị trong ngoặc kép "…"';
    case 'TAB_AS_INDENT':
      return 'dòng thụt lề bằng phím Tab; YAML chỉ nhận dấu cách, thay Tab bằng hai dấu cách';
    case 'MISSING_CHAR':
      return 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)';
    case 'BAD_DQ_ESCAPE':
      return 'dấu \\ trong ngoặc kép không hợp lệ; bỏ dấu \\ hoặc đặt giá trị trong ngoặc đơn \'…\'';
    case 'DUPLICATE_KEY':
      return 'một trường được viết hai lần; xóa một dòng';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'giá trị có dấu ":" (ví dụ "Hội nghị: tổng kết") mà không đặt trong ngoặc kép; viết cả giá trị trong ngoặc kép "…"';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'IMPLICIT_KEY_TOO_LONG':
    case 'KEY_OVER_1024_CHARS':
      return 'thiếu dấu hai chấm sau tên trường, hoặc giá trị có dấu ":" mà không đặt trong ngoặc kép';
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_IN_FLOW':
    case 'BAD_COLLECTION_TYPE':
    case 'NON_STRING_KEY':
      return 'dòng không đúng dạng "tên trường: giá trị"; nếu giá trị có dấu : hoặc #, đặt nó trong ngoặc kép';
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
      return 'dùng dấu &, * hoặc ! của YAML; xóa chúng và viết thẳng giá trị (trong ngoặc kép nếu cần)';
    case 'BAD_DIRECTIVE':
    case 'MULTIPLE_DOCS':
      return 'tệp có dòng bắt đầu bằng % hoặc có thêm dòng ---; mỗi tệp chỉ có một phần thông tin';
    default:
      return 'dòng không đúng dạng "tên trường: giá trị"';
  }
}
