// /lich/<year>.ics: every event of a program year.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedEvents, siteData } from '../../data/site-data';
import { buildDtstamp, feedContext, ICS_HEADERS } from '../../data/calendar';
import { yearCalendar } from '../../lib/calendar-files';

export const getStaticPaths = (async () => {
  const { programs } = await siteData();
  return programs.map((p) => ({ params: { year: String(p.data.year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(yearCalendar(await feedEvents(), Number(params.year), feedContext, buildDtstamp()), { headers: ICS_HEADERS });
