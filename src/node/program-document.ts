/**
 * Reads a program document into lines (text) or paragraphs (Word) for the pure
 * parser in src/lib/program-import/. Word files go through mammoth (1.13.0):
 * it reads the paragraphs with Word's automatic numbering (ordered or bullet,
 * level), which plain text extraction loses. Other formats are refused with a
 * message saying what to do.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import yauzl from 'yauzl';
import type { SourceLine } from '../lib/program-import/structure';

export class ReadError extends Error {}

export interface ReadDocument {
  lines: SourceLine[];
  /** "dòng" for text files, "đoạn" for Word paragraphs: what a line number counts. */
  unit: string;
}

const MAX_BYTES = 20 * 1024 * 1024;
/**
 * Unpacked size bounds for a .docx: a program of 20 pages unpacks to well under 1 MB
 * (the 2020 program's document.xml made with `docx` is about 200 KB); 50 MB of XML
 * in total, 30 MB for document.xml, and 5000 entries leave room for pasted images.
 */
export const DOCX_LIMITS = { totalBytes: 50 * 1024 * 1024, documentBytes: 30 * 1024 * 1024, entries: 5000 };

const SAVE_AS = 'Mở văn bản trong Word và chọn "Lưu thành" (Save As) → "Word Document (.docx)", rồi nhập tệp .docx đó';

function sniff(bytes: Buffer): string | null {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'PDF';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46) || starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a) || (starts(0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString('latin1') === 'WEBP')) return 'ảnh';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'Word cũ (.doc)';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'RTF';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  return null;
}

/** Decodes a text file: UTF-8 (with or without BOM), or UTF-16 with a BOM (Word's "Plain Text" → Unicode). */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return new TextDecoder('utf-16le').decode(swapped);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ReadError(`Tệp ${name} không phải chữ mã hóa UTF-8 (có thể là mã TCVN3/VNI hoặc Windows-1258). ${SAVE_AS}, hoặc lưu văn bản thuần với mã hóa "Unicode (UTF-8)".`);
  }
}

/**
 * Refuses a zip bomb before mammoth (through JSZip) inflates it. yauzl reads the
 * central directory (the sizes each entry declares, nothing inflated); then every
 * entry is inflated as a stream, and one that inflates past its declared size is stopped, so a directory that lies about sizes is caught too, with at most the bound
 * inflated. Resolves with a message for staff, or null. A file that is not a zip at
 * all resolves null: mammoth then says it is damaged.
 */
export function docxSizeProblem(bytes: Buffer, name: string, limits = DOCX_LIMITS): Promise<string | null> {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  const tooBig = (what: string) => `Tệp ${name}: ${what}, quá lớn với một văn bản chương trình (có thể là tệp nén độc hại hoặc có ảnh rất lớn dán vào). Mở tệp bằng Word, xóa ảnh không cần, rồi lưu lại dưới dạng .docx.`;
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false, autoClose: false }, (openError, zip) => {
      if (openError || !zip) return resolve(null);
      let declared = 0;
      let inflated = 0;
      let count = 0;
      const entries: yauzl.Entry[] = [];
      let closed = false;
      const done = (problem: string | null) => {
        if (!closed) zip.close();
        closed = true;
        resolve(problem);
      };
      zip.on('error', () => done(null));
      zip.on('entry', (entry: yauzl.Entry) => {
        count += 1;
        declared += entry.uncompressedSize;
        if (count > limits.entries) return done(tooBig(`có hơn ${limits.entries} phần bên trong`));
        if (declared > limits.totalBytes) return done(tooBig(`khi giải nén lớn hơn ${mb(limits.totalBytes)}`));
        if (entry.fileName === 'word/document.xml' && entry.uncompressedSize > limits.documentBytes) return done(tooBig(`phần chữ (word/document.xml) khi giải nén lớn hơn ${mb(limits.documentBytes)}`));
        entries.push(entry);
        zip.readEntry();
      });
      // Declared sizes are within bounds: inflate each entry once to hold it to them.
      zip.on('end', () => {
        const next = () => {
          const entry = entries.shift();
          if (!entry) return done(null);
          if (entry.fileName.endsWith('/')) return next();
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return done(null);
            let own = 0;
            stream.on('data', (chunk: Buffer) => {
              own += chunk.length;
              inflated += chunk.length;
              // Counted here: yauzl 2.10's own size check (validateEntrySizes) loses its error on Node ≥ 14.
              if (own > entry.uncompressedSize) done(tooBig('ghi sai kích thước các phần bên trong'));
              else if (inflated > limits.totalBytes) done(tooBig(`khi giải nén lớn hơn ${mb(limits.totalBytes)}`));
              else return;
              stream.destroy();
            });
            stream.on('error', () => done(null));
            stream.on('end', next);
          });
        };
        next();
      });
      zip.readEntry();
    });
  });
}

type MammothNode = { type: string; children?: MammothNode[]; value?: string; numbering?: { isOrdered: boolean; level: string } | null };

function paragraphsOf(node: MammothNode, out: SourceLine[]): void {
  if (node.type === 'paragraph') {
    const text: string[] = [];
    const walk = (n: MammothNode) => {
      if (n.type === 'text') text.push(n.value ?? '');
      else if (n.type === 'tab' || n.type === 'break') text.push(' ');
      for (const c of n.children ?? []) walk(c);
    };
    walk(node);
    const line: SourceLine = { n: out.length + 1, text: text.join('') };
    if (node.numbering) line.list = { ordered: node.numbering.isOrdered, level: Number(node.numbering.level) || 0 };
    out.push(line);
    return;
  }
  for (const c of node.children ?? []) paragraphsOf(c, out);
}

export async function readProgramDocument(file: string): Promise<ReadDocument> {
  const name = basename(file);
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_BYTES) throw new ReadError(`Tệp ${name} lớn hơn 20 MB: không phải một văn bản chương trình.`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`Không mở được tệp ${file}: kiểm tra lại tên và đường dẫn của tệp.`);
  }
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) throw new ReadError(`Tệp ${name} trống: không có chữ nào để nhập. Kiểm tra lại đã chọn đúng tệp chưa.`);
  const ext = extname(name).toLowerCase();
  const kind = sniff(bytes);
  if (kind === 'PDF') throw new ReadError(`Tệp ${name} là PDF: trình nhập không đọc được PDF vì chữ trong PDF không giữ được các mục và dấu đầu dòng. Dùng bản Word (.docx) của văn bản; nếu chỉ có PDF, mở bằng Word và lưu lại dưới dạng .docx, rồi kiểm tra kỹ câu chữ.`);
  if (kind === 'ảnh') throw new ReadError(`Tệp ${name} là ảnh (bản chụp hoặc bản quét): trình nhập không đọc chữ trong ảnh, vì đọc ảnh có thể sai chữ. Cần bản Word (.docx) hoặc văn bản (.txt) của chương trình.`);
  if (kind === 'Word cũ (.doc)') throw new ReadError(`Tệp ${name} là định dạng Word cũ (.doc). ${SAVE_AS}.`);
  if (kind === 'RTF') throw new ReadError(`Tệp ${name} là RTF. ${SAVE_AS}.`);
  if (ext === '.docx' || kind === 'zip') {
    if (ext !== '.docx') throw new ReadError(`Tệp ${name} là tệp nén, không phải .docx, .txt hay .md. ${SAVE_AS}.`);
    const tooBig = await docxSizeProblem(bytes, name);
    if (tooBig) throw new ReadError(tooBig);
    const lines: SourceLine[] = [];
    try {
      await mammoth.convertToHtml({ buffer: bytes }, {
        transformDocument: (document: MammothNode) => {
          paragraphsOf(document, lines);
          return document;
        },
      });
    } catch {
      throw new ReadError(`Tệp ${name} bị hỏng hoặc chưa tải về đủ: Word không mở được nó như một tệp .docx. Tải lại tệp, mở thử bằng Word, rồi lưu lại dưới dạng .docx.`);
    }
    if (lines.every((l) => l.text.trim() === '')) throw new ReadError(`Tệp ${name} không có chữ nào (có thể văn bản chỉ là ảnh dán vào Word). Cần bản Word có chữ gõ được.`);
    return { lines, unit: 'đoạn' };
  }
  if (ext !== '.txt' && ext !== '.md') throw new ReadError(`Tệp ${name} có đuôi "${ext || '(không có)'}": trình nhập chỉ đọc .docx, .txt và .md. ${SAVE_AS}.`);
  const text = decodeText(bytes, name).replace(/^\uFEFF/, '');
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new ReadError(`Tệp ${name} chứa ký tự điều khiển, không phải văn bản thuần. ${SAVE_AS}.`);
  // Markdown: heading signs and bold marks are layout, not words.
  const unmark = (t: string) => (ext === '.md' ? t.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__/g, '') : t);
  return { lines: text.split(/\r\n|\r|\n/).map((t, i) => ({ n: i + 1, text: unmark(t) })), unit: 'dòng' };
}
