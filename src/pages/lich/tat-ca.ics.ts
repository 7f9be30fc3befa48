// /lich/tat-ca.ics: the subscription feed (webcal) of every year.
import type { APIRoute } from 'astro';
import { feedEvents } from '../../data/site-data';
import { buildDtstamp, feedContext, ICS_HEADERS } from '../../data/calendar';
import { feedCalendar } from '../../lib/calendar-files';

export const GET: APIRoute = async () => new Response(feedCalendar(await feedEvents(), feedContext, buildDtstamp()), { headers: ICS_HEADERS });
