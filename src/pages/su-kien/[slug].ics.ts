// /su-kien/<slug>.ics: one event, in each program year it belongs to.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedEvents } from '../../data/site-data';
import { buildDtstamp, feedContext, ICS_HEADERS } from '../../data/calendar';
import { eventCalendar, type FeedEvent } from '../../lib/calendar-files';

export const getStaticPaths = (async () => {
  const events = await feedEvents();
  return events.map((event) => ({ params: { slug: event.rule.slug }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: FeedEvent }> = ({ props }) =>
  new Response(eventCalendar(props.event, feedContext, buildDtstamp()), { headers: ICS_HEADERS });
