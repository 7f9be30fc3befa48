// /su-kien/<slug>.ics: what the event page's "add to calendar" adds (its next occurrence).
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventRule, occurrencesOfEvent, siteData, type SiteEvent } from '../../data/site-data';
import { buildDtstamp, feedContext, ICS_HEADERS } from '../../data/calendar';
import { eventCalendar } from '../../lib/calendar-files';

export const getStaticPaths = (async () => {
  const { events } = await siteData();
  return events.map((event) => ({ params: { slug: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: SiteEvent }> = async ({ props }) => {
  const { toAdd } = await occurrencesOfEvent(props.event);
  const feed = { rule: eventRule(props.event), summary: props.event.data.summary };
  return new Response(eventCalendar(feed, toAdd ? [toAdd] : [], feedContext, buildDtstamp()), { headers: ICS_HEADERS });
};
