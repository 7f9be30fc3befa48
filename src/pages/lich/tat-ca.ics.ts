// /lich/tat-ca.ics: the subscription feed (webcal) of every published year.
import type { APIRoute } from 'astro';
import { feedEvents, publishedYears } from '../../data/site-data';
import { buildDtstamp, feedContext, ICS_HEADERS } from '../../data/calendar';
import { feedCalendar } from '../../lib/calendar-files';

export const GET: APIRoute = async () =>
  new Response(feedCalendar(await feedEvents(), await publishedYears(), feedContext, buildDtstamp()), { headers: ICS_HEADERS });
