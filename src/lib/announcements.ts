/** Announcement lists and feed: one place for paging and the publication instant. */
import { toCivilDate, type IsoDate } from './dates';

export const ANNOUNCEMENTS_PER_PAGE = 10;

/** Pages of the announcement list (at least one, so /thong-bao/ always exists). @example announcementPageCount(11) === 2 */
export function announcementPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / ANNOUNCEMENTS_PER_PAGE));
}

/** Start of the announcement's day in Vietnam (UTC+7), for the RSS pubDate. */
export function publicationInstant(date: IsoDate): Date {
  const { year, month, day } = toCivilDate(date);
  return new Date(Date.UTC(year, month - 1, day) - 7 * 3600 * 1000);
}

/** File name for a new announcement. @example announcementFileName('2026-11-27', 'hop-ban') === '2026-11-27-hop-ban.mdx' */
export function announcementFileName(date: IsoDate, slug: string): string {
  return `${date}-${slug}.mdx`;
}

/** True when an announcement id starts with its date, as the new:announcement command names it. */
export function hasDatePrefix(id: string): boolean {
  return /^\d{4}-\d{2}-\d{2}-[a-z0-9]/.test(id);
}

/**
 * Announcements that are out on `today` (Vietnam): one dated later is scheduled
 * and stays off every page, feed, sitemap and the search index until its day.
 * @example published([{ date: '2026-12-01' }, { date: '2026-12-03' }], '2026-12-02') // [{ date: '2026-12-01' }]
 */
export function published<T extends { date: IsoDate }>(list: T[], today: IsoDate): T[] {
  toCivilDate(today);
  return list.filter((a) => !isScheduled(a.date, today));
}

/**
 * Whether an announcement dated `date` still waits on `today`: the one rule the site and the checker follow.
 * @example isScheduled('2026-12-03', '2026-12-02') === true
 */
export function isScheduled(date: IsoDate, today: IsoDate): boolean {
  return date > today;
}

/**
 * The date an announcement's file name starts with, when it differs from its `date` field (else null).
 * @example fileDateMismatch('2026-11-27-hop-ban', '2026-11-28') === '2026-11-27'
 */
export function fileDateMismatch(id: string, date: IsoDate): IsoDate | null {
  if (!hasDatePrefix(id)) return null;
  const prefix = id.slice(0, 10);
  return prefix === date ? null : prefix;
}
