/**
 * The set of public paths the site builds from its content, derived from
 * `paths` (urls.ts): the content checker refuses internal links outside it.
 */
import { paths } from './urls';
import { announcementPageCount } from './announcements';

export interface ContentIds {
  programYears: number[];
  items: { year: number; slug: string }[];
  events: string[];
  campaigns: string[];
  documents: string[];
  announcements: string[];
}

export function publicPaths(c: ContentIds): Set<string> {
  const set = new Set<string>();
  // Every path that takes no parameter is a fixed page (home, lists, search …).
  for (const make of Object.values(paths)) if (make.length === 0) set.add((make as () => string)());
  set.add('/sitemap-index.xml');
  for (const year of c.programYears) {
    set.add(paths.program(year));
    set.add(paths.calendarYear(year));
    set.add(paths.calendarPrint(year));
    set.add(paths.calendarPrintEventMonths(year));
    set.add(paths.calendarYearIcs(year));
    set.add(paths.calendarYearJson(year));
    for (let month = 1; month <= 12; month += 1) set.add(paths.calendarMonth(year, month));
  }
  for (const { year, slug } of c.items) set.add(paths.item(year, slug));
  for (const slug of c.events) {
    set.add(paths.event(slug));
    set.add(paths.eventIcs(slug));
  }
  for (const slug of c.campaigns) set.add(paths.campaign(slug));
  for (const slug of c.documents) set.add(paths.document(slug));
  for (const slug of c.announcements) set.add(paths.announcement(slug));
  for (let page = 1; page <= announcementPageCount(c.announcements.length); page += 1) set.add(paths.announcements(page));
  return set;
}
