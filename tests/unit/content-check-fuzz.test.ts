// The checker never throws: generated front matter and bodies (YAML fragments,
// MDX fragments, arbitrary bytes) always come back as problems naming the file,
// and inputs that contain a known bad fragment always come back with at least one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check';

// A minimal project (one file), so each run checks in milliseconds.
const root = mkdtempSync(join(tmpdir(), 'mttq-fuzz-'));
mkdirSync(join(root, 'content', 'announcements'), { recursive: true });
mkdirSync(join(root, 'public'), { recursive: true });
const FILE = 'content/announcements/2026-01-05-fuzz.mdx';
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(bytes: Uint8Array | string) {
  writeFileSync(join(root, FILE), bytes);
  return checkContent(root).problems;
}

const yamlPiece = fc.constantFrom(
  'title: T', "date: '2026-01-05'", 'summary: S', 'date: 2026-02-30', 'title: 2026-11-20', 'a: &a [1]', 'b: *a', 'c: !!binary eA==',
  'evnets: [x]', 'slug: "2"', 'title: "open', '- item', 'key: [1, 2', '  indented: x', ': x', '? complex', 'attachments:\n  - file: /x', '%YAML 1.1',
  'title: |\n  a', 'x: {a: 1}', '<<: *a', 'title: null', 'date: ~', 'summary: 1e999', 'title: \u0000',
);
const bodyPiece = fc.constantFrom(
  'Đoạn văn.', '<script>alert(1)</script>', '{1+1}', 'import x from "y"', '<p onclick="x">a</p>', '![a](../../x.mjs)', '[a](%E0%A4%A)', '<noscript>',
  '</div>', '<a href={x}>a</a>', '<Foo />', '![](/anh/a.jpg)', '[a](javascript:alert(1))', '<img srcset="x" />', '| a |\n| - |', '# H1', '```\ncode\n```',
  '<!-- c -->', '\\', '{', '}', '<', '&#x0;', '[^1]', '<p {...x}>a</p>', '<svg><use href="x"/></svg>', '![a](/anh/%E0%A4%A.jpg)', '[a](/x/%E0%A4%A)',
);
const frontmatter = fc.array(fc.oneof(yamlPiece, fc.string({ maxLength: 30 })), { maxLength: 8 }).map((lines) => lines.join('\n'));
const body = fc.array(fc.oneof(bodyPiece, fc.string({ maxLength: 30 })), { maxLength: 8 }).map((parts) => parts.join('\n\n'));

const namesTheFile = (problems: ReturnType<typeof check>) => {
  for (const p of problems) {
    expect(p.file).toBe(FILE);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
};

describe('check:content under generated input', () => {
  it('never throws, and every problem names the file (text)', () => {
    fc.assert(
      fc.property(frontmatter, body, fc.boolean(), (front, text, fenced) => {
        namesTheFile(check(fenced ? `---\n${front}\n---\n\n${text}\n` : `${front}\n${text}`));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        namesTheFile(check(Buffer.concat([Buffer.from('---\ntitle: T\n---\n'), Buffer.from(bytes)])));
      }),
      { numRuns: 100 },
    );
  });

  it('always finds a problem when a known bad fragment is in the body or front matter', () => {
    const badBody = fc.constantFrom('<script>alert(1)</script>', '{1+1}', '<p onclick="x">a</p>', '![a](../../x.mjs)', '<noscript>a</noscript>', '<img src="/anh/a.jpg" alt="a" srcset="x" />', '<Foo />');
    const badFront = fc.constantFrom('evnets: [x]', 'slug: "2"', 'a: &a x', 'title2: x');
    fc.assert(
      fc.property(badBody, badFront, fc.boolean(), body, (b, f, inBody, extra) => {
        const front = `title: T\ndate: '2026-01-05'\nsummary: S${inBody ? '' : `\n${f}`}`;
        const text = inBody ? `${extra}\n\n${b}\n` : 'Đoạn văn.\n';
        const problems = check(`---\n${front}\n---\n\n${text}`);
        namesTheFile(problems);
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
