/**
 * What the calendar files say: the year's .ics, one event's .ics, the
 * subscription feed of all years, and the year's open-data JSON. Pure; the
 * endpoints in src/pages only pass content in. The site URL, UID host and
 * DTSTAMP are arguments, so output never depends on the build machine.
 */
import { formatDateVi, type IsoDate } from './dates';
import { buildCalendar, eventUid, seriesUid, type CalendarEvent } from './ics';
import { formatLunarLong, lunarOf, type LunarDate } from './lunar';
import { HOLIDAY_LABEL, occurrenceTitle, occurrencesInYear, occurrencesInYears, recurringLabel, type EventRule, type Occurrence, type RecurringTask } from './occurrences';
import { absoluteUrl, paths } from './urls';

export interface FeedContext {
  /** Public site address, e.g. https://mttq.longkhanh.example */
  siteUrl: string;
  /** Host part of UIDs (never changes once published). */
  uidHost: string;
  /** Publisher, for calendar names. */
  organisation: string;
  /** PRODID of every calendar file, e.g. -//MTTQ Long Khanh//Lich su kien//VI. */
  prodId: string;
}

/** An event as the calendars need it: its rule and its summary. */
export interface FeedEvent {
  rule: EventRule;
  summary?: string;
}

const TIMEZONE = 'Asia/Ho_Chi_Minh';

/**
 * A UTC instant as an iCalendar DTSTAMP.
 * @example toDtstamp(new Date(Date.UTC(2020, 0, 2, 3, 4, 5))) === '20200102T030405Z'
 */
export function toDtstamp(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new Error('toDtstamp: invalid date');
  return instant.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** The body of a calendar entry: lunar date(s), round anniversary, summary, page. */
function describe(o: Occurrence, summary: string | undefined, url: string): string {
  const lunar =
    o.start === o.end
      ? `Âm lịch: ${formatLunarLong(lunarOf(o.start))}.`
      : `Âm lịch: từ ${formatLunarLong(lunarOf(o.start))} đến ${formatLunarLong(lunarOf(o.end))}.`;
  return [o.holiday ? `${HOLIDAY_LABEL}.` : null, o.round ? 'Năm chẵn.' : null, summary ?? null, lunar, `Chi tiết: ${url}`].filter(Boolean).join('\n');
}

/** One occurrence as an all-day calendar event; the UID comes from slug and date, never list position. */
export function occurrenceEvent(o: Occurrence, ctx: FeedContext, summary?: string): CalendarEvent {
  const url = absoluteUrl(ctx.siteUrl, paths.event(o.slug));
  return {
    uid: eventUid(o.slug, o.start, ctx.uidHost),
    summary: occurrenceTitle(o),
    start: o.start,
    end: o.end,
    description: describe(o, summary, url),
    url,
    categories: [o.anniversary !== null ? 'Kỷ niệm' : 'Sự kiện', ...(o.holiday ? [HOLIDAY_LABEL] : [])],
  };
}

/**
 * Occurrences of the events in one year, with each event's summary: the same
 * rule (`occurrencesInYear`, every event) as the web calendars, so a year's
 * page, .ics, JSON and printed sheets list the same days in the same order.
 */
export function yearOccurrences(events: FeedEvent[], year: number): { occurrence: Occurrence; summary?: string }[] {
  const summaries = new Map(events.map((e) => [e.rule.slug, e.summary]));
  return occurrencesInYear(events.map((e) => e.rule), year).map((occurrence) => ({ occurrence, summary: summaries.get(occurrence.slug) }));
}

/** `/lich/<year>.ics`: every event of a published year. */
export function yearCalendar(events: FeedEvent[], year: number, ctx: FeedContext, dtstamp: string): string {
  return buildCalendar(
    {
      name: `Lịch sự kiện năm ${year} – ${ctx.organisation}`,
      description: `Các ngày kỷ niệm và sự kiện năm ${year} trong chương trình phối hợp, thống nhất hành động.`,
      prodId: ctx.prodId,
      url: absoluteUrl(ctx.siteUrl, paths.calendarYear(year)),
      timezone: TIMEZONE,
    },
    yearOccurrences(events, year).map(({ occurrence, summary }) => occurrenceEvent(occurrence, ctx, summary)),
    dtstamp,
  );
}

/** `/su-kien/<slug>.ics`: the occurrence(s) of one event that "add to calendar" adds (see `eventTimeline`). */
export function eventCalendar(event: FeedEvent, occurrences: Occurrence[], ctx: FeedContext, dtstamp: string): string {
  return buildCalendar(
    {
      name: `${event.rule.title} – ${ctx.organisation}`,
      prodId: ctx.prodId,
      url: absoluteUrl(ctx.siteUrl, paths.event(event.rule.slug)),
      timezone: TIMEZONE,
    },
    occurrences.map((o) => occurrenceEvent(o, ctx, event.summary)),
    dtstamp,
  );
}

/**
 * The subscription feed: anniversaries and yearly days as yearly series from
 * their first published year (the number of years changes, so the title does
 * not carry it), and dated periods, days, yearly periods and lunar days (no
 * RRULE a phone calendar reliably expands: RFC 7529's RSCALE is rarely
 * supported) in every published year.
 */
export function feedCalendar(events: FeedEvent[], years: number[], ctx: FeedContext, dtstamp: string): string {
  const entries: CalendarEvent[] = [];
  const sorted = [...events].sort((a, b) => (a.rule.slug < b.rule.slug ? -1 : a.rule.slug > b.rule.slug ? 1 : 0));
  for (const event of sorted) {
    const { rule } = event;
    if (rule.kind === 'anniversary' || rule.kind === 'yearly') {
      const first = occurrencesInYears([rule], years)[0];
      if (!first) continue;
      const url = absoluteUrl(ctx.siteUrl, paths.event(rule.slug));
      const since = rule.kind === 'anniversary' ? `Kỷ niệm hằng năm, tính từ ngày ${formatDateVi(rule.origin)}.` : 'Hằng năm.';
      entries.push({
        uid: seriesUid(rule.slug, ctx.uidHost),
        summary: rule.title,
        start: first.start,
        rrule: 'FREQ=YEARLY',
        description: [rule.holiday ? `${HOLIDAY_LABEL}.` : null, since, event.summary ?? null, `Chi tiết: ${url}`].filter(Boolean).join('\n'),
        url,
        categories: [rule.kind === 'anniversary' ? 'Kỷ niệm' : 'Sự kiện', ...(rule.holiday ? [HOLIDAY_LABEL] : [])],
      });
    } else {
      for (const o of occurrencesInYears([rule], years)) entries.push(occurrenceEvent(o, ctx, event.summary));
    }
  }
  return buildCalendar(
    {
      name: `Lịch ${ctx.organisation}`,
      description: 'Các ngày kỷ niệm hằng năm và sự kiện của mọi năm. Đăng ký để lịch tự cập nhật.',
      prodId: ctx.prodId,
      url: ctx.siteUrl,
      timezone: TIMEZONE,
      refreshIntervalHours: 24,
    },
    entries,
    dtstamp,
  );
}

export interface YearJsonEvent {
  slug: string;
  title: string;
  date?: IsoDate;
  start?: IsoDate;
  end?: IsoDate;
  lunar: LunarDate;
  lunarEnd?: LunarDate;
  anniversary: number | null;
  round: boolean;
  /** A public holiday (ngày nghỉ lễ). */
  holiday: boolean;
  url: string;
}

/** `/lich/<year>.json`: open data for the year (cf. GOV.UK bank-holidays.json). */
export function yearJson(events: FeedEvent[], year: number, recurring: (RecurringTask & { url: string })[], ctx: FeedContext) {
  return {
    year,
    publisher: ctx.organisation,
    url: absoluteUrl(ctx.siteUrl, paths.calendarYear(year)),
    ics: absoluteUrl(ctx.siteUrl, paths.calendarYearIcs(year)),
    timezone: TIMEZONE,
    events: yearOccurrences(events, year).map(({ occurrence: o }): YearJsonEvent => ({
      slug: o.slug,
      title: occurrenceTitle(o),
      ...(o.start === o.end ? { date: o.start } : { start: o.start, end: o.end }),
      lunar: lunarOf(o.start),
      ...(o.start === o.end ? {} : { lunarEnd: lunarOf(o.end) }),
      anniversary: o.anniversary,
      round: o.round,
      holiday: o.holiday,
      url: absoluteUrl(ctx.siteUrl, paths.event(o.slug)),
    })),
    // Work the program repeats without fixed days: no dates are given, none are invented.
    recurring: recurring.map((t) => ({ slug: t.slug, title: t.title, everyMonths: t.everyMonths, label: recurringLabel(t), url: absoluteUrl(ctx.siteUrl, t.url) })),
  };
}

/**
 * The webcal:// address calendar apps subscribe to.
 * @example webcalUrl('https://a.vn/lich/tat-ca.ics') === 'webcal://a.vn/lich/tat-ca.ics'
 */
export function webcalUrl(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new Error(`webcalUrl: not an http(s) URL: ${url}`);
  return url.replace(/^https?:/, 'webcal:');
}

/**
 * Google Calendar's "add by URL" link for a feed.
 * @example googleSubscribeUrl('https://a.vn/x.ics') === 'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fa.vn%2Fx.ics'
 */
export function googleSubscribeUrl(icsUrl: string): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalUrl(icsUrl))}`;
}
