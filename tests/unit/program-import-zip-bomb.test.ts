// Zip-bomb safety of the .docx reader: a document whose parts unpack past the bound is refused,
// naming the file, before mammoth inflates it; a zip whose directory lies about sizes too; content/ unchanged.
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { join } from 'node:path';
import { docxSizeProblem, DOCX_LIMITS } from '../../src/node/program-document';
import { importProgram } from '../../scripts/import-program';
import { contentWithout2020, fingerprint } from './program-import-support';

const docxWith = (text: string) => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: '1. Nhiệm vụ chung' }), new Paragraph({ text })] }] }));

/** Writes a smaller size than the real one into document.xml's local and central headers (as a crafted bomb does). */
function lieAboutSize(zip: Buffer, declared: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from('word/document.xml');
  for (let i = 0; i < out.length - 4; i += 1) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name)) out.writeUInt32LE(declared, i + 22);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name)) out.writeUInt32LE(declared, i + 24);
  }
  return out;
}

describe('a .docx that unpacks to far more than a program', () => {
  it('is refused before mammoth reads it, with a Vietnamese message naming the file; content/ unchanged', async () => {
    // 32 MB of one letter compresses to about 32 KB: small to upload, large once unpacked.
    const bomb = await docxWith('A'.repeat(DOCX_LIMITS.documentBytes + 2 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200_000);
    const project = contentWithout2020();
    try {
      project.write('bom.docx', bomb);
      const before = fingerprint(project.root);
      const result = await importProgram(project.root, join(project.root, 'bom.docx'));
      expect(result.ok).toBe(false);
      expect(result.output).toContain('Tệp bom.docx: phần chữ (word/document.xml) khi giải nén lớn hơn 30 MB');
      expect(result.output).toContain('Nội dung trang (content/) không thay đổi.');
      expect(fingerprint(project.root)).toEqual(before);
    } finally {
      project.cleanup();
    }
  }, 60_000);

  it('sums every part: many parts within the document bound but past the total are refused', async () => {
    const docx = await docxWith('B'.repeat(3 * 1024 * 1024));
    expect(await docxSizeProblem(docx, 'nhieu-phan.docx', { totalBytes: 2 * 1024 * 1024, documentBytes: 30 * 1024 * 1024, entries: 5000 })).toMatch(/^Tệp nhieu-phan\.docx: khi giải nén lớn hơn 2 MB/);
  });

  it('a directory that declares a small size for a large part is caught while inflating', async () => {
    const docx = lieAboutSize(await docxWith('C'.repeat(3 * 1024 * 1024)), 1000);
    expect(await docxSizeProblem(docx, 'noi-doi.docx')).toMatch(/^Tệp noi-doi\.docx: ghi sai kích thước/);
  });

  it('an ordinary program .docx passes', async () => {
    expect(await docxSizeProblem(await docxWith('- Tuyên truyền kỷ niệm các ngày lễ lớn.'), 'chuong-trinh.docx')).toBeNull();
  });
});
