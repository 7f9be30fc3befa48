import { describe, expect, it } from 'vitest';
import { buildOutline, compareSectionNumbers, headingLabel, headingNumber, neighbours, parentSectionNumber, sectionLabel, sectionTrail, shortHeadingNumber } from '../../src/lib/program-outline';

const sections = [
  { id: 's3', number: '3', title: 'Ba:' },
  { id: 's2-1', number: '2.1', title: 'Hai chấm một:' },
  { id: 's2', number: '2', title: 'Hai:' },
  { id: 's2-10', number: '2.10', title: 'Hai chấm mười' },
  { id: 's2-9', number: '2.9', title: 'Hai chấm chín' },
];

describe('program outline', () => {
  it('orders headings numerically, not as text', () => {
    expect(sections.map((s) => s.number).sort(compareSectionNumbers)).toEqual(['2', '2.1', '2.9', '2.10', '3']);
  });
  it('puts "+" items under their parent and keeps document order', () => {
    const items = [
      { id: 'c', section: 's2-1', order: 3, parent: 'b' },
      { id: 'a', section: 's2', order: 1 },
      { id: 'b', section: 's2-1', order: 2 },
      { id: 'd', section: 's3', order: 4 },
    ];
    const outline = buildOutline(sections, items);
    expect(outline.map((e) => e.section.number)).toEqual(['2', '2.1', '2.9', '2.10', '3']);
    expect(outline[1]!.depth).toBe(2);
    expect(outline[1]!.items.map((e) => [e.item.id, e.children.map((c) => c.id)])).toEqual([['b', ['c']]]);
    expect(outline[4]!.items.map((e) => e.item.id)).toEqual(['d']);
  });
  it('refuses broken structure', () => {
    expect(() => buildOutline(sections, [{ id: 'x', section: 'nope', order: 1 }])).toThrow(/unknown section nope/);
    expect(() => buildOutline(sections, [{ id: 'x', section: 's2', order: 1, parent: 'ghost' }])).toThrow(/unknown parent ghost/);
    expect(() =>
      buildOutline(sections, [
        { id: 'x', section: 's2', order: 1 },
        { id: 'y', section: 's2', order: 1 },
      ]),
    ).toThrow(/both have order 1/);
  });
  it('finds neighbours and the heading trail', () => {
    const items = [
      { id: 'b', section: 's2', order: 2 },
      { id: 'a', section: 's2', order: 1 },
    ];
    expect(neighbours(items, 'a')).toEqual({ previous: null, next: items[0] });
    expect(neighbours(items, 'b').previous?.id).toBe('a');
    expect(sectionTrail(sections, '2.1').map((s) => s.id)).toEqual(['s2', 's2-1']);
    expect(parentSectionNumber('2')).toBeNull();
    expect(headingLabel('Triển khai các chương trình phối hợp: ')).toBe('Triển khai các chương trình phối hợp');
  });
});

describe("a heading's number as the document writes it", () => {
  it('is its own label where it has one ("I.", "a)"), else the number with a dot', () => {
    expect([headingNumber('2.1'), headingNumber('1', 'I.'), headingNumber('2.1.1', 'a)')]).toEqual(['2.1.', 'I.', 'a)']);
    expect([shortHeadingNumber('2.1'), shortHeadingNumber('3', 'III.'), shortHeadingNumber('2.1.1', 'a)')]).toEqual(['2.1', 'III', 'a)']);
    expect(sectionLabel('2', 'NỘI DUNG PHỐI HỢP:', 'II.')).toBe('Mục II. NỘI DUNG PHỐI HỢP');
    expect(sectionLabel('2.3', 'Đẩy mạnh:')).toBe('Mục 2.3. Đẩy mạnh');
  });
});
