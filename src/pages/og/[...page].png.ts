// The Open Graph picture of each event, announcement, campaign and program page,
// drawn at build time (src/node/og-image.ts): /og/<page path>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../data/site-data';
import { ogImagePath } from '../../lib/urls';
import { renderOgImage } from '../../node/og-image';
import type { OgCard } from '../../lib/og-card';
import { site } from '../../site.config';

export const getStaticPaths = (async () => {
  const cards = await ogCards();
  return cards.map((card) => ({ params: { page: ogImagePath(card.page).slice('/og/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage((props as { card: OgCard }).card, site.organisation);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
