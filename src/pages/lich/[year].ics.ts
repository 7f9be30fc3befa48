// /lich/<year>.ics: every event of a published year.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedEvents, publishedYears } from '../../data/site-data';
import { buildDtstamp, feedContext, ICS_HEADERS } from '../../data/calendar';
import { yearCalendar } from '../../lib/calendar-files';

export const getStaticPaths = (async () => {
  return (await publishedYears()).map((year) => ({ params: { year: String(year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(yearCalendar(await feedEvents(), Number(params.year), feedContext, buildDtstamp()), { headers: ICS_HEADERS });
