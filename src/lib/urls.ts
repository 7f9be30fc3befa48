/**
 * Every public path of the site, in one place. These URLs are printed on
 * paper and shared: change them only with redirects.
 */

export const paths = {
  home: () => '/',
  programs: () => '/chuong-trinh/',
  program: (year: number) => `/chuong-trinh/${year}/`,
  item: (year: number, slug: string) => `/chuong-trinh/${year}/${slug}/`,
  events: () => '/su-kien/',
  event: (slug: string) => `/su-kien/${slug}/`,
  campaigns: () => '/cuoc-van-dong/',
  campaign: (slug: string) => `/cuoc-van-dong/${slug}/`,
  documents: () => '/van-ban/',
  document: (slug: string) => `/van-ban/${slug}/`,
  announcements: (page = 1) => (page <= 1 ? '/thong-bao/' : `/thong-bao/${page}/`),
  announcement: (slug: string) => `/thong-bao/${slug}/`,
  announcementsRss: () => '/thong-bao/rss.xml',
  /** Every published year's calendar, and this month's. */
  calendars: () => '/lich/',
  calendarYear: (year: number) => `/lich/${year}/`,
  calendarMonth: (year: number, month: number) => `/lich/${year}/${String(month).padStart(2, '0')}/`,
  calendarPrint: (year: number) => `/lich/${year}/in/`,
  /** The printed calendar with only the months that have events. */
  calendarPrintEventMonths: (year: number) => `/lich/${year}/in/co-su-kien/`,
  calendarYearIcs: (year: number) => `/lich/${year}.ics`,
  calendarYearJson: (year: number) => `/lich/${year}.json`,
  eventIcs: (slug: string) => `/su-kien/${slug}.ics`,
  /** Subscription feed of every year (webcal). */
  calendarFeed: () => '/lich/tat-ca.ics',
  /** How to reach the committee (address, phone, reception schedule). */
  contact: () => '/lien-he/',
  search: () => '/tim-kiem/',
  /** The search page's vocabulary, abbreviations and event days (src/lib/search/dictionary.ts). */
  searchDictionary: () => '/tim-kiem/tu-dien.json',
  /** What the header's search box warms (prefetches) on focus: the search page's files, listed by the build. */
  searchWarm: () => '/tim-kiem/tai-truoc.json',
  index: () => '/muc-luc/',
} as const;

/** The Open Graph picture of a page. @example ogImagePath('/su-kien/quoc-khanh/') === '/og/su-kien/quoc-khanh.png' */
export function ogImagePath(pagePath: string): string {
  return `/og/${pagePath.replace(/^\/+|\/+$/g, '')}.png`;
}

/** The id of a program section's heading on the program page: "2.1" → "muc-2-1". */
export function sectionAnchor(number: string): string {
  return `muc-${number.replace(/\./g, '-')}`;
}

/** The link to a program section's heading. @example sectionPath(2020, '2.1') === '/chuong-trinh/2020/#muc-2-1' */
export function sectionPath(year: number, number: string): string {
  return `${paths.program(year)}#${sectionAnchor(number)}`;
}

/** The absolute URL of a site path. @example absoluteUrl('https://a.vn', '/su-kien/') === 'https://a.vn/su-kien/' */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The last part of a content id: "2020/ten-nhiem-vu" → "ten-nhiem-vu". */
export function slugOfId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
