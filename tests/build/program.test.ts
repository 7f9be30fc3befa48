// The 2020 program on the site, checked against the seed document itself:
// every heading and item verbatim (NFC, spaces folded), in order, each with a page.
import { describe, expect, it } from 'vitest';
import { page, seedOutline, textOf } from './helpers';

const seed = seedOutline();
const programPage = page('/chuong-trinh/2020/');

describe('the seed as read by the test', () => {
  it('has the 12 headings and 45 items (42 "-", 3 "+")', () => {
    expect(seed.headings.map((h) => h.number)).toEqual(['1', '2', '2.1', '2.2', '2.3', '2.4', '3', '3.1', '3.2', '3.3', '4', '5']);
    expect(seed.items).toHaveLength(45);
    expect(seed.items.filter((i) => i.marker === '+')).toHaveLength(3);
  });
});

describe('/chuong-trinh/2020/', () => {
  it('shows the title, basis and preamble verbatim', () => {
    expect(textOf(programPage.querySelector('h1'))).toBe(seed.title);
    const body = textOf(programPage.querySelector('main'));
    expect(body).toContain(seed.basis);
    expect(body).toContain(seed.preamble);
    const facts = programPage.querySelectorAll('dl.facts dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
    expect(facts).toContainEqual(['Ngày ban hành', 'Chưa rõ']);
  });

  it('shows every heading verbatim and in the document order', () => {
    const shown = programPage.querySelectorAll('.section-heading').map(textOf);
    expect(shown).toEqual(seed.headings.map((h) => `${h.number}. ${h.title}`));
  });

  it('shows every item verbatim, in order, under its heading, "+" items nested', () => {
    const sections = programPage.querySelectorAll('.program-outline section');
    const shown: { text: string; heading: string; nested: boolean }[] = [];
    for (const section of sections) {
      const number = textOf(section.querySelector('.section-heading .num')).replace(/\.$/, '');
      for (const li of section.querySelectorAll('li.program-item')) {
        shown.push({ text: textOf(li.querySelector('.item-text')), heading: number, nested: li.parentNode?.parentNode?.classList?.contains('program-item') ?? false });
      }
    }
    expect(shown.map((s) => s.text)).toEqual(seed.items.map((i) => i.text));
    expect(shown.map((s) => s.heading)).toEqual(seed.items.map((i) => i.heading));
    expect(shown.map((s) => s.nested)).toEqual(seed.items.map((i) => i.marker === '+'));
  });

  it('links each item to its own page, which shows it verbatim', () => {
    const links = programPage.querySelectorAll('a.item-link').map((a) => a.getAttribute('href')!);
    expect(links).toHaveLength(45);
    expect(new Set(links).size).toBe(45);
    links.forEach((href, i) => {
      expect(href).toMatch(/^\/chuong-trinh\/2020\/[a-z0-9-]+\/$/);
      const itemPage = page(href);
      expect(textOf(itemPage.querySelector('.quote .item-text'))).toBe(seed.items[i]!.text);
    });
  });

  it('keeps the old tone placement and the typos of the source as they are', () => {
    const body = textOf(programPage.querySelector('main'));
    expect(body).toContain('Đề án số 01 của Uỷ ban Trung ương MTTQ Việt Nam khóa VIII');
    expect(body).toContain('tuyền truyền');
  });

  it('serves only NFC text', () => {
    const html = programPage.toString();
    expect(html.normalize('NFC')).toBe(html);
  });
});
