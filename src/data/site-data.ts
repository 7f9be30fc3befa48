/**
 * Loads every collection once per build and joins them: the single place
 * pages get content from. Joins and ordering use the pure functions in
 * `src/lib/`; this file only maps Astro entries onto them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOutline, compareSectionNumbers, sectionTrail } from '../lib/program-outline';
import { eventTimeline, occurrenceTitle, timelineOccurrences, occurrencesInYear, occurrencesInYears, yearsToPublish, upcomingFrom, type EventRule, type EventTimeline, type Occurrence, type RecurringTask } from '../lib/occurrences';
import { buildDay } from './build-date';
import type { FeedEvent } from '../lib/calendar-files';
import { paths, slugOfId } from '../lib/urls';
import { published } from '../lib/announcements';
import { mergeContact, type Contact } from '../lib/contact';
import type { OgCard } from '../lib/og-card';
import { formatDateWithWeekdayVi, formatRangeVi } from '../lib/dates';
import { CAMPAIGN_KIND_LABELS } from '../schemas';
import { site } from '../site.config';

export type Program = CollectionEntry<'programs'>;
export type Section = CollectionEntry<'sections'>;
export type Item = CollectionEntry<'items'>;
export type SiteEvent = CollectionEntry<'events'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type Doc = CollectionEntry<'documents'>;
export type Announcement = CollectionEntry<'announcements'>;

type Ref = { id: string };
const ids = (refs: Ref[]) => refs.map((r) => r.id);

/** The rule the occurrences module expands, from an event entry. */
export function eventRule(event: SiteEvent): EventRule {
  const { data, id } = event;
  const base = { slug: id, title: data.title, holiday: data.holiday === true };
  switch (data.kind) {
    case 'anniversary':
      return { ...base, kind: 'anniversary', origin: data.origin };
    case 'yearly':
      return { ...base, kind: 'yearly', monthDay: data.monthDay };
    case 'range':
      return { ...base, kind: 'range', start: data.start, end: data.end };
    case 'single':
      return { ...base, kind: 'single', date: data.date };
    case 'yearly-range':
      return { ...base, kind: 'yearly-range', startMonthDay: data.startMonthDay, endMonthDay: data.endMonthDay };
    case 'lunar':
      return { ...base, kind: 'lunar', lunarMonthDay: data.lunarMonthDay };
  }
}

async function load() {
  const [programs, sections, items, events, campaigns, documents, announcements] = await Promise.all([
    getCollection('programs'),
    getCollection('sections'),
    getCollection('items'),
    getCollection('events'),
    getCollection('campaigns'),
    getCollection('documents'),
    getCollection('announcements'),
  ]);
  programs.sort((a, b) => a.data.year - b.data.year);
  sections.sort((a, b) => a.data.program.id.localeCompare(b.data.program.id) || compareSectionNumbers(a.data.number, b.data.number));
  items.sort((a, b) => a.data.program.id.localeCompare(b.data.program.id) || a.data.order - b.data.order);
  // Scheduled announcements (dated after the build day) exist nowhere on the site until their day.
  const out = published(announcements.map((a) => ({ date: a.data.date, entry: a })), buildDay()).map((a) => a.entry);
  out.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'vi');
  campaigns.sort(byTitle);
  documents.sort(byTitle);
  return { programs, sections, items, events, campaigns, documents, announcements: out };
}

let cache: ReturnType<typeof load> | undefined;
/** All content, loaded once per build. */
export function siteData() {
  cache ??= load();
  return cache;
}

export function programYear(programId: string, programs: Program[]): number {
  const program = programs.find((p) => p.id === programId);
  if (!program) throw new Error(`Unknown program ${programId}`);
  return program.data.year;
}

/** The public path of an item. */
export function itemPath(item: Item): string {
  return paths.item(Number(item.data.program.id), slugOfId(item.id));
}

/** A program's headings and items in document order. */
export async function programOutline(program: Program) {
  const { sections, items } = await siteData();
  const own = <T extends { data: { program: Ref } }>(list: T[]) => list.filter((x) => x.data.program.id === program.id);
  const ownSections = own(sections);
  const ownItems = own(items);
  const outline = buildOutline(
    ownSections.map((s) => ({ id: s.id, number: s.data.number, label: s.data.label, title: s.data.title, entry: s })),
    ownItems.map((i) => ({ id: i.id, section: i.data.section.id, order: i.data.order, parent: i.data.parent?.id, entry: i })),
  );
  return { sections: ownSections, items: ownItems, outline };
}

/** The headings above an item, top first. */
export async function itemTrail(item: Item): Promise<Section[]> {
  const { sections } = await siteData();
  const own = sections.filter((s) => s.data.program.id === item.data.program.id);
  const section = own.find((s) => s.id === item.data.section.id);
  if (!section) return [];
  return sectionTrail(own.map((s) => ({ id: s.id, number: s.data.number, title: s.data.title, entry: s })), section.data.number).map((s) => s.entry);
}

/** Items that name a campaign, event or document, in document order. */
export async function itemsCiting(field: 'campaigns' | 'events' | 'documents', id: string): Promise<Item[]> {
  const { items } = await siteData();
  return items.filter((item) => ids(item.data[field]).includes(id));
}

/** Announcements that name a campaign, event, document or program, newest first. */
export async function announcementsCiting(field: 'campaigns' | 'events' | 'documents' | 'programs', id: string): Promise<Announcement[]> {
  const { announcements } = await siteData();
  return announcements.filter((a) => ids(a.data[field]).includes(id));
}

/** Every program year, the build year and the next: the years with calendars. */
export async function publishedYears(): Promise<number[]> {
  const { programs } = await siteData();
  return yearsToPublish(programs.map((p) => p.data.year), buildDay());
}

/** The program a reader most likely wants: this year's, else the latest one already begun, else the first. */
export async function currentProgram(): Promise<Program | undefined> {
  const { programs } = await siteData();
  const year = Number(buildDay().slice(0, 4));
  return programs.filter((p) => p.data.year <= year).at(-1) ?? programs[0];
}

/** True once a program's year is over (build day in Vietnam). */
export function programIsOver(year: number): boolean {
  return year < Number(buildDay().slice(0, 4));
}

/** Occurrences of all events in a year (one rule: `occurrencesInYear`), each with its event entry. */
export async function occurrencesOfYear(year: number): Promise<(Occurrence & { event: SiteEvent })[]> {
  const { events } = await siteData();
  const bySlug = new Map(events.map((e) => [e.id, e]));
  return occurrencesInYear(events.map(eventRule), year).map((o) => ({ ...o, event: bySlug.get(o.slug)! }));
}

/** What is coming up from the build day, across the published years. */
export async function upcomingOccurrences(): Promise<Occurrence[]> {
  const { events } = await siteData();
  return upcomingFrom(occurrencesInYears(events.map(eventRule), await publishedYears()), buildDay());
}

/** One event's next occurrences, its program years' occurrences, and what "add to calendar" adds. */
export async function occurrencesOfEvent(event: SiteEvent): Promise<EventTimeline> {
  const { programs } = await siteData();
  const programYears = programs.filter((p) => ids(event.data.programs).includes(p.id)).map((p) => p.data.year);
  return eventTimeline(eventRule(event), await publishedYears(), programYears, buildDay());
}

/** The occurrence an event's page leads with (the next, else the latest shown) and its heading ("Kỷ niệm 82 năm …"). */
export async function eventHeadline(event: SiteEvent): Promise<{ timeline: EventTimeline; latest: Occurrence | undefined; heading: string }> {
  const timeline = await occurrencesOfEvent(event);
  const latest = timeline.next[0] ?? timelineOccurrences(timeline).at(-1);
  return { timeline, latest, heading: latest ? occurrenceTitle(latest) : event.data.title };
}

/** The title of a program's page. */
export const programPageTitle = (year: number) => `Chương trình phối hợp, thống nhất hành động năm ${year}`;

/** The Open Graph card of every event, announcement, campaign and program page. */
export async function ogCards(): Promise<OgCard[]> {
  const { events, announcements, campaigns, programs } = await siteData();
  const eventCards = await Promise.all(
    events.map(async (event): Promise<OgCard> => {
      const { latest, heading } = await eventHeadline(event);
      const detail = latest ? (latest.start === latest.end ? formatDateWithWeekdayVi(latest.start) : formatRangeVi(latest.start, latest.end)) : null;
      return { page: paths.event(event.id), kind: 'Sự kiện', title: heading, detail };
    }),
  );
  return [
    ...eventCards,
    ...announcements.map((a) => ({ page: paths.announcement(a.id), kind: 'Thông báo', title: a.data.title, detail: formatDateWithWeekdayVi(a.data.date) })),
    ...campaigns.map((c) => ({ page: paths.campaign(c.id), kind: CAMPAIGN_KIND_LABELS[c.data.kind], title: `“${c.data.title}”`, detail: null })),
    ...programs.map((p) => ({ page: paths.program(p.data.year), kind: 'Chương trình', title: programPageTitle(p.data.year), detail: p.data.issued ? `Ban hành ${formatDateWithWeekdayVi(p.data.issued)}` : `Năm ${p.data.year}` })),
  ];
}

/** Every event with its rule and summary, for the calendar files. */
export async function feedEvents(): Promise<FeedEvent[]> {
  const { events } = await siteData();
  return events.map((event) => ({ rule: eventRule(event), summary: event.data.summary }));
}

/** Program items repeated on a cycle without fixed days ("định kỳ 3 tháng một lần"), in document order. */
export async function recurringTasksOfYear(year: number): Promise<(RecurringTask & { url: string })[]> {
  const { items, programs } = await siteData();
  return items
    .filter((item) => item.data.everyMonths && programYear(item.data.program.id, programs) === year)
    .map((item) => ({ slug: slugOfId(item.id), title: item.data.title, everyMonths: item.data.everyMonths!, description: item.data.text, url: itemPath(item) }));
}

/** Look-ups by id, for rendering references. */
export async function resolve<K extends 'campaigns' | 'events' | 'documents' | 'items' | 'programs'>(collection: K, refs: Ref[]) {
  const data = await siteData();
  const list = data[collection] as { id: string }[];
  return refs.map((r) => list.find((x) => x.id === r.id)!).filter(Boolean) as CollectionEntry<K>[];
}

let contactCache: Promise<Contact> | undefined;
/** The committee's contact: the "Thông tin liên hệ" entry over src/site.config.ts, field by field (the one merge: `mergeContact`). */
export function contactInfo(): Promise<Contact> {
  contactCache ??= getCollection('contact').then(([entry]) => mergeContact(site.contact, entry?.data));
  return contactCache;
}
