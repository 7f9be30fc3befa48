// Issue 10: the checker and the build give the SAME verdict on staff input.
// Every refused fixture is refused by `npm run check:content` AND by the build
// on its own (SKIP_CONTENT_CHECK=1: only the build's guards), with the same
// Vietnamese message naming the file; a failed build leaves dist/ byte-identical
// and runs nothing the content names. The accepted fixture (hostile text in the
// places where text is allowed) is accepted by both, and the built site shows
// it as text: no JSON-LD breakout, no markup in the RSS feed.
// The checker side is tested more broadly in tests/unit/staff-content-security.test.ts.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check';
import { walkFiles } from '../../src/node/files';
import { tempProject } from '../support/temp-project';

const projects: ReturnType<typeof tempProject>[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

const MARKER = join(tmpdir(), `mttq-staff-code-ran-${process.pid}`);
const GOOD_FRONT = `title: Thông báo thử\ndate: '2026-01-05'\nsummary: Tóm tắt.`;
const ANN = 'content/announcements/2026-01-05-thu.mdx';
const announcement = (body: string, front = GOOD_FRONT) => `---\n${front}\n---\n\n${body}\n`;

type FileSpec = string | Buffer | { symlink: string } | { sparse: number };
interface Fixture {
  name: string;
  files: Record<string, FileSpec>;
  /** The problem both must report: the file and (part of) the message. */
  file: string;
  message: string;
}

const REFUSED: Fixture[] = [
  {
    name: 'class 1: an image path naming a module (and a system file)',
    // (A module inside content/ is refused by name on its own since issue 18: this one sits outside it.)
    files: {
      'src/x.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(MARKER)}, 'chạy');`,
      [ANN]: announcement('![ảnh](../../src/x.mjs)\n\n<img src="../../../../../../etc/passwd" alt="mật khẩu" />'),
    },
    file: ANN,
    message: 'ảnh "../../src/x.mjs" phải nằm trong thư mục public/anh/',
  },
  {
    name: 'class 3: a raw-text element breakout',
    files: { [ANN]: announcement(`<noscript><p title="</noscript><meta http-equiv=refresh content='0;url=https://evil.example/'>">x</p></noscript>`) },
    file: ANN,
    message: 'không được dùng thẻ <noscript>',
  },
  {
    name: 'class 4: srcset, media, style',
    files: { 'public/anh/a.jpg': Buffer.from([0xff, 0xd8, 0xff]), [ANN]: announcement('<img src="/anh/a.jpg" alt="a" srcset="https://evil.example/a.jpg 2x" />\n\n<video src="https://evil.example/a.mp4" />\n\n<p style="color:red">x</p>') },
    file: ANN,
    message: 'thẻ <img> không dùng được thuộc tính srcset',
  },
  {
    name: 'class 5: a symlink named as an attachment',
    files: { 'public/tep-dinh-kem/mat-khau.pdf': { symlink: '/etc/passwd' }, [ANN]: announcement('x', `${GOOD_FRONT}\nattachments:\n  - title: Tệp\n    file: /tep-dinh-kem/mat-khau.pdf`) },
    file: 'public/tep-dinh-kem/mat-khau.pdf',
    message: 'là liên kết tượng trưng (symlink)',
  },
  {
    name: 'class 5: an HTML file under public/anh/',
    files: { 'public/anh/trang.html': '<script>alert(1)</script>' },
    file: 'public/anh/trang.html',
    message: 'thư mục public/anh/ chỉ nhận tệp .jpg',
  },
  {
    name: 'class 5: an attachment over the size limit',
    files: { 'public/tep-dinh-kem/lon.pdf': { sparse: 300 * 1024 * 1024 } },
    file: 'public/tep-dinh-kem/lon.pdf',
    message: 'tệp quá lớn (300 MB; tối đa 20 MB một tệp)',
  },
  {
    name: 'class 6: slug: "2" (would replace the second list page)',
    files: { [ANN]: announcement('x', `slug: "2"\n${GOOD_FRONT}`) },
    file: ANN,
    message: 'không dùng trường slug: địa chỉ trang lấy từ tên tệp',
  },
  {
    name: 'class 8: a YAML alias bomb',
    files: { 'content/events/bom.yaml': `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: T\nkind: single\ndate: '2020-01-01'\n` },
    file: 'content/events/bom.yaml',
    message: 'không dùng được dấu &a (neo YAML)',
  },
  {
    name: 'class 8: invalid UTF-8',
    files: { [ANN]: Buffer.concat([Buffer.from(announcement('Nội dung ')), Buffer.from([0xc3, 0x28])]) },
    file: ANN,
    message: 'tệp không lưu theo bảng mã UTF-8',
  },
  {
    name: 'class 8: an unquoted date where text is expected',
    files: { [ANN]: announcement('x', `title: 2026-11-20\ndate: '2026-01-05'\nsummary: S`) },
    file: ANN,
    message: 'phải là một đoạn chữ; giá trị này được đọc thành ngày hoặc số, hãy đặt nó trong ngoặc kép',
  },
  {
    name: 'class 8: an unquoted impossible date (YAML would roll it to 1 March)',
    files: { 'content/events/sai.yaml': `title: T\nkind: single\ndate: 2021-02-29\n` },
    file: 'content/events/sai.yaml',
    message: 'ngày "2021-02-29" không có trên lịch',
  },
  {
    name: 'class 9: a misspelled field',
    files: { [ANN]: announcement('x', `${GOOD_FRONT}\nevnets: [quoc-khanh]`) },
    file: ANN,
    message: 'trường "evnets" không có trong mẫu nên sẽ bị bỏ qua; có phải là "events"?',
  },
  {
    // (The module itself, beside the file, is refused on its own: next fixture.)
    name: 'issue 18, class 1: a reference defined twice, the first naming a hidden module beside the announcement',
    files: { [ANN]: announcement('![ảnh][i]\n\n[i]: ./.x.mjs\n[i]: /anh/anh.png') },
    file: ANN,
    message: 'địa chỉ [i]: được khai báo hai lần',
  },
  {
    name: 'issue 18, class 1: a module in content/nguon/ (never importable)',
    files: { 'content/nguon/.x.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(MARKER)}, 'chạy');` },
    file: 'content/nguon/.x.mjs',
    message: 'thư mục content/nguon/ chỉ giữ tài liệu nguồn',
  },
  {
    name: 'issue 18, class 2: a repeated attribute',
    files: { [ANN]: announcement('<a href="/thong-bao/" href="javascript:alert(1)">x</a>') },
    file: ANN,
    message: 'thẻ <a> có thuộc tính href viết hai lần',
  },
  {
    name: 'issue 18, class 3: a body the parser would spend minutes on',
    files: { [ANN]: announcement(Array.from({ length: 3000 }, () => '- - - - a').join('\n')) },
    file: ANN,
    message: 'quá nhiều mục danh sách và dòng trích dẫn',
  },
];

function write(project: ReturnType<typeof tempProject>, files: Record<string, FileSpec>) {
  for (const [path, spec] of Object.entries(files)) {
    const full = join(project.root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof spec === 'object' && 'symlink' in spec) symlinkSync(spec.symlink, full);
    else if (typeof spec === 'object' && 'sparse' in spec) {
      writeFileSync(full, '%PDF');
      truncateSync(full, spec.sparse);
    } else project.write(path, spec);
  }
}

/** A hash of every file under dist/ (names and bytes). */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of walkFiles(dir).files) hash.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  return hash.digest('hex');
}

/** Runs a build without blocking the test worker (a synchronous minute-long build starves vitest's RPC). */
function build(root: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/build.mjs'], { cwd: root, timeout: 300_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

describe('checker and build: the same verdict', () => {
  it.each(REFUSED.map((f) => [f.name, f] as const))('refused by both: %s', async (_name, fixture) => {
    const project = tempProject();
    projects.push(project);
    write(project, fixture.files);
    // A live site in dist/ that a failed build must leave exactly as it was.
    project.write('dist/index.html', '<!doctype html><title>Trang đang chạy</title>');
    project.write('dist/thong-bao/index.html', 'cũ');
    const before = treeHash(join(project.root, 'dist'));
    rmSync(MARKER, { force: true });

    const checked = checkContent(project.root).problems.filter((p) => p.file === fixture.file).map(formatProblem).join('\n');
    expect(checked).toContain(fixture.message);

    const { status, output } = await build(project.root, { SKIP_CONTENT_CHECK: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain(fixture.file);
    expect(output).toContain(fixture.message);
    expect(output).toContain('Trang đang chạy (dist/) được giữ nguyên');
    expect(treeHash(join(project.root, 'dist'))).toBe(before);
    // Nothing named by the content ran or was read into the log.
    expect(existsSync(MARKER)).toBe(false);
    expect(output).not.toMatch(/root:x?:0:0/);
  }, 300_000);

  it('accepted by both: hostile text where text is allowed, and every allowed body construct; the site shows it as text', async () => {
    const project = tempProject();
    projects.push(project);
    const hostile = `Sự kiện </script><meta http-equiv="refresh" content="0;url=https://evil.example/"> \u2028<!--`;
    write(project, {
      'public/anh/hop.jpg': Buffer.from([0xff, 0xd8, 0xff]),
      'public/tep-dinh-kem/ke-hoach.pdf': '%PDF-1.4',
      // In a program year, so the page has its calendar entry and JSON-LD.
      'content/events/thu-thach.yaml': `title: ${JSON.stringify(hostile)}\nkind: single\ndate: '2020-06-01'\nprograms: ['2020']\nsummary: "Tóm tắt <img src=https://evil.example/x.png>"\n`,
      [ANN]: announcement(
        ['## Tiêu đề', 'Đoạn *nghiêng* **đậm** [trang](/thong-bao/) [ngoài](https://example.org/).', '- một\n- hai', '> trích dẫn', '| a | b |\n| - | - |\n| 1 | 2 |', '![Cuộc họp](/anh/hop.jpg)', '<p><strong>đậm</strong></p>'].join('\n\n'),
        `title: Họp <b>tổng kết</b>\ndate: '2026-01-05'\nsummary: "Họp <img src=https://evil.example/x.png> & <b>đậm</b>"\nattachments:\n  - title: Kế hoạch\n    file: /tep-dinh-kem/ke-hoach.pdf`,
      ),
    });
    expect(checkContent(project.root).problems.map(formatProblem)).toEqual([]);
    const { status, output } = await build(project.root);
    expect(status, output).toBe(0);
    const dist = join(project.root, 'dist');

    // Class 2: the event page's JSON-LD ends where an HTML parser ends it (the first `</script`), and what it
    // holds there is the whole JSON with the title as data; no element the title names exists on the page.
    const html = readFileSync(join(dist, 'su-kien/thu-thach/index.html'), 'utf8');
    const open = '<script type="application/ld+json">';
    const start = html.indexOf(open) + open.length;
    expect(start).toBeGreaterThan(open.length);
    const jsonLd = html.slice(start, html.toLowerCase().indexOf('</script', start));
    expect(jsonLd).not.toMatch(/[<>]/);
    // (The title is stored with its white space folded: U+2028 reads as a space.)
    expect((JSON.parse(jsonLd) as { '@graph': { name: string }[] })['@graph'][0]!.name).toBe(hostile.replace(/\s+/gu, ' '));
    const page = parse(html);
    expect(page.querySelectorAll('meta').filter((m) => /refresh/i.test(m.getAttribute('http-equiv') ?? ''))).toEqual([]);
    expect(page.querySelector('h1')?.text).toContain('</script><meta http-equiv="refresh"');

    // Class 7: the feed's descriptions are plain text: once XML is read, no markup is left for a reader to render.
    const feed = readFileSync(join(dist, 'thong-bao/rss.xml'), 'utf8');
    const descriptions = [...feed.matchAll(/<description>([\s\S]*?)<\/description>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    const ours = descriptions.find((d) => d.includes('Họp'));
    expect(ours).toBe('Họp &lt;img src=https://evil.example/x.png&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;');

    // The body: allowed constructs are published, the image from /anh/.
    const body = parse(readFileSync(join(dist, 'thong-bao/2026-01-05-thu/index.html'), 'utf8'));
    expect(body.querySelector('img[src="/anh/hop.jpg"]')?.getAttribute('alt')).toBe('Cuộc họp');
    expect(body.querySelector('blockquote')).not.toBeNull();
    expect(body.querySelector('table')).not.toBeNull();
    expect(body.querySelectorAll('script[src^="http"], img[src^="http"], [srcset], [style]')).toEqual([]);
  }, 400_000);
});
