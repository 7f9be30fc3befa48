/**
 * The picture a shared link shows (Open Graph image, 1200 × 630): the committee's
 * name, what the page is (event, announcement …), its title and date. Pure: the
 * layout as a tree of plain elements that satori lays out (src/node/og-image.ts).
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** One page's card. */
export interface OgCard {
  /** The page's path, e.g. /su-kien/quoc-khanh/. */
  page: string;
  /** What the page is: "Sự kiện", "Thông báo", "Cuộc vận động", "Chương trình". */
  kind: string;
  title: string;
  /** The date line ("Thứ Tư, 02/09/2026"), or null where the page has none. */
  detail: string | null;
}

/** A satori element: a tag, its style and its children (text or elements). */
export interface OgElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (OgElement | string)[] | string };
}

const TITLE_BOX = { width: OG_WIDTH - 2 * 72, height: 330 };
/** Average advance of a bold Vietnamese letter, in ems (measured on Be Vietnam Pro Bold). */
const EM_PER_CHAR = 0.56;
const LINE_HEIGHT = 1.18;

/**
 * The largest title size (68 down to 40 px) at which the title fits its box,
 * estimated from its length; a title too long even at 40 px is cut at a word with "…".
 * @example titleFit('Quốc khánh').fontSize === 68
 */
export function titleFit(title: string): { fontSize: number; text: string } {
  const linesAt = (size: number, text: string) => Math.ceil((text.length * EM_PER_CHAR * size) / TITLE_BOX.width);
  for (let size = 68; size >= 40; size -= 4) {
    if (linesAt(size, title) * size * LINE_HEIGHT <= TITLE_BOX.height) return { fontSize: size, text: title };
  }
  const maxLines = Math.floor(TITLE_BOX.height / (40 * LINE_HEIGHT));
  const maxChars = Math.floor((maxLines * TITLE_BOX.width) / (EM_PER_CHAR * 40)) - 1;
  const cut = title.slice(0, maxChars);
  return { fontSize: 40, text: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…` };
}

const div = (style: OgElement['props']['style'], children?: OgElement['props']['children']): OgElement => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * The card's layout: brand band, committee name, title, kind and date. Colours are the site's.
 * The band and the rule above the date are filled boxes, not CSS borders: satori draws a border as a
 * stroke inside three nested clip paths, and resvg rasterises each clip path as a full-size mask
 * (≈ 40 % of a card's drawing time), for the same pixels.
 */
export function ogCardTree(card: OgCard, organisation: string, fontFamily: string): OgElement {
  const title = titleFit(card.title);
  return div({ width: OG_WIDTH, height: OG_HEIGHT, flexDirection: 'column', background: '#ffffff', fontFamily, color: '#1b1b1b' }, [
    div({ height: 24, flexShrink: 0, background: '#8e1b14' }),
    div({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '48px 72px 56px' }, [
      div({ fontSize: 30, fontWeight: 700, color: '#8e1b14' }, organisation),
      div({ fontSize: title.fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT }, title.text),
      div({ flexDirection: 'column' }, [
        div({ height: 3, background: '#cfc8bd' }),
        div({ fontSize: 32, color: '#4a4a4a', paddingTop: 20 }, [card.kind, ...(card.detail ? [` · ${card.detail}`] : [])].join('')),
      ]),
    ]),
  ]);
}
