/**
 * Build-time inputs of the calendar files: who publishes them and the DTSTAMP,
 * from the site config and the build instant (SOURCE_DATE_EPOCH pins it).
 */
import { site } from '../site.config';
import { toDtstamp, type FeedContext } from '../lib/calendar-files';
import { buildInstant } from './build-date';

export const feedContext: FeedContext = { siteUrl: site.url, uidHost: site.calendarUidHost, organisation: site.organisation, prodId: site.calendarProductId };

export function buildDtstamp(): string {
  return toDtstamp(buildInstant());
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
