// Issue 18, classes 1+2: one parse, judged once. Generated bodies (fast-check)
// go to the checker (checkBodyText, what `npm run check:content` and the editor
// run) and to the build's side: @mdx-js/mdx (the compiler @astrojs/mdx drives)
// with the build's own remark plugin list (STAFF_REMARK_PLUGINS: GFM, then the guard). Both must give the same verdict,
// and for every body accepted, every URL of the rendered tree (what MDX turns
// into HTML in dist/) must pass the policy's own URL rule.
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkBodyText } from '../../src/content-check/body';
import { imageProblem, linkProblem } from '../../src/content-check/body-policy';
import { STAFF_REMARK_PLUGINS } from '../../src/content-check/remark-staff-content';

/** The build's verdict and the URLs of its rendered tree (hast after remark-rehype, before JS is generated). */
async function build(body: string): Promise<{ accepted: boolean; links: string[]; images: { src: string; alt: string }[] }> {
  let hast: Parameters<typeof visit>[0] | undefined;
  const capture = () => (tree: NonNullable<typeof hast>) => {
    hast = tree;
  };
  try {
    await compile(new VFile({ value: body, path: 'content/announcements/x.mdx' }), { remarkPlugins: STAFF_REMARK_PLUGINS, rehypePlugins: [capture] });
  } catch {
    return { accepted: false, links: [], images: [] };
  }
  const links: string[] = [];
  const images: { src: string; alt: string }[] = [];
  visit(hast!, (node) => {
    const n = node as { type: string; tagName?: string; name?: string; properties?: Record<string, unknown>; attributes?: { type: string; name: string; value: unknown }[] };
    const tag = n.tagName ?? n.name;
    // Plain elements carry properties; HTML-style tags stay JSX elements whose LAST repeated attribute wins in JS.
    const props: Record<string, unknown> = { ...n.properties };
    for (const a of n.attributes ?? []) if (a.type === 'mdxJsxAttribute') props[a.name] = a.value;
    if (tag === 'a' && 'href' in props) links.push(String(props.href ?? ''));
    if (tag === 'img') images.push({ src: String(props.src ?? ''), alt: String(props.alt ?? '') });
  });
  return { accepted: true, links, images };
}

const URLS = ['/thong-bao/', '/anh/hop.png', './.x.mjs', '../../src/x.ts', 'javascript:alert(1)', ' JaVa\tScript:alert(1)', 'https://a.example/', '//evil.example/x', 'mailto:a@b.example', 'data:image/png;base64,AA', '/anh/x.mjs', '#muc-1'];
const LABELS = ['i', 'I', ' i ', 'I  x', 'i x', 'l'];
const url = fc.constantFrom(...URLS);
const label = fc.constantFrom(...LABELS);
const piece = fc.oneof(
  fc.constantFrom('Chữ thường.', '*nhấn mạnh*', '**đậm**', '## Tiêu đề', '- mục', '> trích dẫn', '| a | b |\n| - | - |\n| 1 | 2 |'),
  fc.tuple(label, url).map(([l, u]) => `[${l}]: ${u}`),
  label.map((l) => `[chữ][${l}]`),
  label.map((l) => `![ảnh][${l}]`),
  label.map((l) => `[${l}]`),
  url.map((u) => `[chữ](${u})`),
  url.map((u) => `![ảnh](${u})`),
  fc.tuple(url, url).map(([a, b]) => `<a href="${a}" href="${b}">x</a>`),
  fc.tuple(url, url).map(([a, b]) => `<img src="${a}" SRC="${b}" alt="ảnh" />`),
  url.map((u) => `<a href="${u}">x</a>`),
  url.map((u) => `<img src="${u}" alt="ảnh" />`),
);
const bodies = fc.array(fc.tuple(piece, fc.constantFrom('\n\n', '\n', ' ')), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

describe('checker and build judge one tree the same way', () => {
  it('agree on every generated body, and what is accepted renders only allowed URLs', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const checked = checkBodyText(body).problems.length === 0;
        const built = await build(body);
        expect(built.accepted, `checker ${checked ? 'accepted' : 'refused'}:\n${body}`).toBe(checked);
        for (const link of built.links) expect(linkProblem(link), `${link} in\n${body}`).toBeNull();
        for (const image of built.images) expect(imageProblem(image.src, image.alt), `${image.src} in\n${body}`).toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it.each([
    ['an image reference defined twice (first: a script beside the file)', '![a][i]\n\n[i]: ./.x.mjs\n[i]: /anh/anh.png\n', 4, /địa chỉ \[i\]: được khai báo hai lần/],
    ['a link reference defined twice, labels differing in case and spaces', '[a][l x]\n\n[L  X]: javascript:alert(1)\n[l x]: /thong-bao/\n', 4, /được khai báo hai lần/],
    ['a repeated href', '<a href="/thong-bao/" href="javascript:alert(1)">x</a>\n', 1, /thẻ <a> có thuộc tính href viết hai lần/],
    ['a repeated src', '<img src="/anh/a.png" src="https://evil.example/x.png" alt="a" />\n', 1, /thẻ <img> có thuộc tính src viết hai lần/],
  ])('refuses %s, in both, with line and message', async (_label, body, line, message) => {
    const problems = checkBodyText(body).problems;
    expect(problems.some((p) => p.line === line && message.test(p.message))).toBe(true);
    expect((await build(body)).accepted).toBe(false);
  });

  it('a body with one definition per label passes both (control)', async () => {
    const body = '[Xem][i] và ![Cuộc họp][a]\n\n[i]: /thong-bao/\n[a]: /anh/hop.png\n';
    expect(checkBodyText(body).problems).toEqual([]);
    expect(await build(body)).toEqual({ accepted: true, links: ['/thong-bao/'], images: [{ src: '/anh/hop.png', alt: 'Cuộc họp' }] });
  });
});
