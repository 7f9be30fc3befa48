// /lich/<year>.json: open data for the year's events (dates, lunar dates, anniversaries).
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedEvents, recurringTasksOfYear, publishedYears } from '../../data/site-data';
import { feedContext } from '../../data/calendar';
import { yearJson } from '../../lib/calendar-files';

export const getStaticPaths = (async () => {
  return (await publishedYears()).map((year) => ({ params: { year: String(year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const year = Number(params.year);
  const data = yearJson(await feedEvents(), year, await recurringTasksOfYear(year), feedContext);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
