/** Shared by the program-import tests: a content copy without the 2020 program, reading what an import wrote, a content fingerprint. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { walkFiles } from '../../src/node/files';
import type { ImportContext } from '../../src/integrations/import-draft';
import { firstCommit, tempContent } from '../support/temp-project';

export const SOURCE_2020 = 'content/nguon/chuong-trinh-2020.txt';

/** A temporary content copy that is a Git repository on `main` (one commit), as the editor's import works on; `cleanups` gets its removal. */
export function importRepo(cleanups: (() => void)[]) {
  const project = tempContent();
  cleanups.push(project.cleanup);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project.root, encoding: 'utf8' }).trim();
  firstCommit(git);
  const ctx: ImportContext = { repo: project.root, publishingBranch: 'main', gitMode: true };
  return { ...project, git, ctx };
}

/** A temporary copy of content/ with the 2020 program, its sections and items removed (events, campaigns, documents kept). */
export function contentWithout2020() {
  const project = tempContent();
  rmSync(join(project.root, 'content/programs/2020.mdx'));
  rmSync(join(project.root, 'content/sections/2020'), { recursive: true });
  rmSync(join(project.root, 'content/items/2020'), { recursive: true });
  return project;
}

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

export interface ReadItem {
  order: number;
  marker: string;
  section: string;
  parentOrder?: number;
  text: string;
  title: string;
  campaigns: string[];
  events: string[];
  documents: string[];
  everyMonths?: number;
}

/** The program, sections and items of one year as the files hold them; parents as their item's order (slugs differ). */
export function readYear(root: string, year: number) {
  const program = frontmatter(readFileSync(join(root, `content/programs/${year}.mdx`), 'utf8'));
  const sectionDir = join(root, `content/sections/${year}`);
  const sections = readdirSync(sectionDir).map((f) => parse(readFileSync(join(sectionDir, f), 'utf8')) as { number: string; title: string; program: string });
  const itemDir = join(root, `content/items/${year}`);
  const raw = readdirSync(itemDir).map((f) => ({ id: `${year}/${f.replace(/\.mdx$/, '')}`, ...frontmatter(readFileSync(join(itemDir, f), 'utf8')) })) as (Record<string, unknown> & { id: string })[];
  const orderOf = new Map(raw.map((i) => [i.id, i.order as number]));
  const items: ReadItem[] = raw
    .map((i) => ({
      order: i.order as number,
      marker: i.marker as string,
      section: i.section as string,
      ...(i.parent ? { parentOrder: orderOf.get(i.parent as string) } : {}),
      text: i.text as string,
      title: i.title as string,
      campaigns: (i.campaigns as string[] | undefined) ?? [],
      events: (i.events as string[] | undefined) ?? [],
      documents: (i.documents as string[] | undefined) ?? [],
      ...(i.everyMonths ? { everyMonths: i.everyMonths as number } : {}),
    }))
    .sort((a, b) => a.order - b.order);
  return { program, sections: sections.sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true })), items };
}

/** Every file under content/ with a hash of its bytes: equal fingerprints = unchanged byte for byte. */
export function fingerprint(root: string): Record<string, string> {
  return Object.fromEntries(walkFiles(join(root, 'content')).files.sort().map((f) => [f, createHash('sha256').update(readFileSync(join(root, 'content', f))).digest('hex')]));
}

/** A made-up 2031 program of a made-up ward: header block, Roman headings, a)/b) items, a paragraph split over two lines, a "Nơi nhận" block. */
export const ROMAN_DOCUMENT = [
  'ỦY BAN MTTQ VIỆT NAM',
  'PHƯỜNG THỬ NGHIỆM',
  'Số: 12/CTr-MTTQ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Thử Nghiệm, ngày 20 tháng 01 năm 2031',
  'CHƯƠNG TRÌNH',
  'PHỐI HỢP, THỐNG NHẤT HÀNH ĐỘNG NĂM 2031',
  'Căn cứ Quy định số 124 - QĐ/TW ngày 02/02/2018 của Ban Bí thư;',
  'Ban Thường trực xây dựng chương trình như sau:',
  'I. CÔNG TÁC TUYÊN TRUYỀN',
  '1. Tuyên truyền các ngày lễ lớn:',
  'a) Kỷ niệm 101 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/2/1930 - 03/2/2031).',
  'b) Kỷ niệm 50 năm Ngày thành lập Hội Thử Nghiệm (01/3/1981 - 01/3/2031).',
  '2. Thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”:',
  '- Triển khai Thông báo số 12-TB/TU ngày 10/01/2031 của Ban Thường vụ Thành ủy về công tác',
  'dân vận năm 2031.',
  'II. CÔNG TÁC GIÁM SÁT',
  '1. Giám sát:',
  'a) Phối hợp giám sát:',
  '- Tiếp tục thực hiện Nghị quyết liên tịch 88/NQLT/CP - ĐCTUBTWMTTQVN ngày 07/10/2016.',
  '- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11).',
  'Nơi nhận:',
  '- Như trên;',
  'TM. BAN THƯỜNG TRỰC',
  'CHỦ TỊCH',
];
