// No library: ical-generator@10.2.0 (last major for Node 20) reads all-day dates through local-time getters once a calendar timezone is set,
// so its output depends on process.env.TZ; `ics@3.12.0` folds at 75 characters, not octets. All-day events need only this small writer.
/**
 * RFC 5545 writer for all-day events. Dates stay `YYYY-MM-DD` strings and are
 * never turned into local-time `Date`s, so output does not depend on the
 * machine's time zone; the same input always gives the same bytes.
 */
import { addDays, toCivilDate, type IsoDate } from './dates';

/** One all-day event (or period of days). */
export interface CalendarEvent {
  /** Stable unique id, see {@link eventUid}. */
  uid: string;
  summary: string;
  /** First day, `YYYY-MM-DD`. */
  start: IsoDate;
  /** INCLUSIVE last day; the writer emits DTEND = end + 1 day. Defaults to `start`. */
  end?: IsoDate;
  description?: string;
  url?: string;
  location?: string;
  /** Repeat every year (subscription feed of anniversaries). */
  rrule?: 'FREQ=YEARLY';
  categories?: string[];
}

export interface CalendarMeta {
  /** X-WR-CALNAME and NAME. */
  name: string;
  /** X-WR-CALDESC and DESCRIPTION. */
  description?: string;
  /** PRODID, e.g. `-//MTTQ Long Khanh//Lich su kien//VI`. */
  prodId: string;
  /** URL of the calendar (or the page it belongs to). */
  url?: string;
  /** X-WR-TIMEZONE, e.g. `Asia/Ho_Chi_Minh`. */
  timezone?: string;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL, for subscriptions. */
  refreshIntervalHours?: number;
}

const CRLF = '\r\n';
const DTSTAMP = /^\d{8}T\d{6}Z$/;
// Control characters other than TAB are not allowed in iCalendar content lines.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11) after NFC normalisation:
 * backslash, semicolon, comma, and line breaks (as `\n`).
 * @example escapeText('a;b,c\nd') === 'a\\;b\\,c\\nd'
 */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (without its CRLF) so no physical line exceeds 75
 * octets of UTF-8; continuation lines start with a space. Never splits a
 * multi-byte character.
 * @example foldLine('SUMMARY:' + 'á'.repeat(40)).split('\r\n ').length === 2
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out += CRLF + ' ';
      octets = 1; // the leading space
    }
    out += char;
    octets += size;
  }
  return out;
}

/**
 * A stable UID: the same event on the same day keeps its UID whatever else the file holds.
 * @example eventUid('thanh-lap-dang', '2020-02-03', 'mttq.longkhanh.example') === 'thanh-lap-dang-2020-02-03@mttq.longkhanh.example'
 */
export function eventUid(slug: string, date: IsoDate, host: string): string {
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(slug)) throw new Error(`Bad event slug for UID: ${JSON.stringify(slug)}`);
  if (!/^[a-z0-9.-]+$/i.test(host)) throw new Error(`Bad host for UID: ${JSON.stringify(host)}`);
  toCivilDate(date);
  return `${slug}-${date}@${host}`;
}

/**
 * UID of a yearly series (subscription feed), distinct from every dated occurrence's UID.
 * @example seriesUid('quoc-khanh', 'mttq-longkhanh') === 'quoc-khanh-hang-nam@mttq-longkhanh'
 */
export function seriesUid(slug: string, host: string): string {
  return eventUid(slug, '2000-01-01', host).replace('-2000-01-01@', '-hang-nam@');
}

function basicDate(iso: IsoDate): string {
  toCivilDate(iso); // throws for anything but a real YYYY-MM-DD day
  return iso.replace(/-/g, '');
}

/** Start and exclusive end as `YYYYMMDD`; throws for bad dates or end before start. */
function exclusiveRange(start: IsoDate, end: IsoDate | undefined, what: string): [string, string] {
  const last = end ?? start;
  try {
    basicDate(start);
    basicDate(last);
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
  if (last < start) throw new Error(`${what}: end ${last} is before start ${start}`);
  return [basicDate(start), basicDate(addDays(last, 1))];
}

function uriValue(value: string, what: string): string {
  if (CONTROL.test(value) || /\s/.test(value)) throw new Error(`${what}: URL contains whitespace or control characters`);
  return value;
}

/**
 * Writes a VCALENDAR of all-day events. Every line ends with CRLF, including
 * the last; events keep the given order. `dtstamp` is UTC `YYYYMMDDTHHMMSSZ`
 * and is passed in so that builds are reproducible.
 * @example
 * buildCalendar(
 *   { name: 'Sự kiện 2020', prodId: '-//MTTQ Long Khanh//Lich//VI', timezone: 'Asia/Ho_Chi_Minh' },
 *   [{ uid: eventUid('quoc-khanh', '2020-09-02', 'example.vn'), summary: 'Quốc khánh', start: '2020-09-02' }],
 *   '20200101T000000Z',
 * );
 */
export function buildCalendar(meta: CalendarMeta, events: CalendarEvent[], dtstamp: string): string {
  if (!DTSTAMP.test(dtstamp)) throw new Error(`DTSTAMP must be UTC YYYYMMDDTHHMMSSZ, got ${JSON.stringify(dtstamp)}`);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(meta.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(meta.name)}`,
    `NAME:${escapeText(meta.name)}`,
  ];
  if (meta.description) {
    lines.push(`X-WR-CALDESC:${escapeText(meta.description)}`, `DESCRIPTION:${escapeText(meta.description)}`);
  }
  if (meta.url) lines.push(`URL:${uriValue(meta.url, 'Calendar')}`);
  if (meta.timezone) lines.push(`X-WR-TIMEZONE:${escapeText(meta.timezone)}`);
  if (meta.refreshIntervalHours !== undefined) {
    const h = meta.refreshIntervalHours;
    if (!Number.isInteger(h) || h <= 0) throw new Error(`refreshIntervalHours must be a positive integer, got ${h}`);
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${h}H`, `X-PUBLISHED-TTL:PT${h}H`);
  }

  const seen = new Set<string>();
  for (const event of events) {
    const what = `Event ${JSON.stringify(event.uid)}`;
    if (!event.uid || CONTROL.test(event.uid)) throw new Error(`${what}: bad UID`);
    if (seen.has(event.uid)) throw new Error(`${what}: duplicate UID`);
    seen.add(event.uid);
    const [dtstart, dtend] = exclusiveRange(event.start, event.end, what);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${dtstart}`,
      `DTEND;VALUE=DATE:${dtend}`,
    );
    if (event.rrule) {
      if (event.rrule !== 'FREQ=YEARLY') throw new Error(`${what}: unsupported RRULE ${String(event.rrule)}`);
      lines.push(`RRULE:${event.rrule}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${uriValue(event.url, what)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/**
 * "Add to Google Calendar" link for an all-day event; `dates` uses the
 * exclusive end, as in DTEND.
 * @example googleCalendarUrl({ summary: 'Quốc khánh', start: '2020-09-02' })
 * // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Qu%E1%BB%91c%20kh%C3%A1nh&dates=20200902/20200903'
 */
export function googleCalendarUrl(e: Pick<CalendarEvent, 'summary' | 'start' | 'end' | 'description' | 'location'>): string {
  const [start, end] = exclusiveRange(e.start, e.end, `Event ${JSON.stringify(e.summary)}`);
  const enc = (s: string) => encodeURIComponent(s.normalize('NFC'));
  let url = `https://calendar.google.com/calendar/render?action=TEMPLATE&text=${enc(e.summary)}&dates=${start}/${end}`;
  if (e.description) url += `&details=${enc(e.description)}`;
  if (e.location) url += `&location=${enc(e.location)}`;
  return url;
}
