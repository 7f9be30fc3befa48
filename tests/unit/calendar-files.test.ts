// Calendar files and open data (src/lib/calendar-files.ts), read back with an
// independent parser (ical.js). Lunar dates are published 2020 calendar facts.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  eventCalendar,
  feedCalendar,
  googleSubscribeUrl,
  toDtstamp,
  webcalUrl,
  yearCalendar,
  yearJson,
  type FeedContext,
  type FeedEvent,
} from '../../src/lib/calendar-files';
import { eventTimeline, occurrenceTitle, occurrencesInYear } from '../../src/lib/occurrences';

const ctx: FeedContext = { siteUrl: 'https://mttq.example.vn', uidHost: 'mttq-test', organisation: 'Ủy ban MTTQ Việt Nam thành phố Long Khánh', prodId: '-//MTTQ Long Khanh//Lich su kien//VI' };
const STAMP = '20201127T010203Z';
const events: FeedEvent[] = [
  { rule: { kind: 'anniversary', slug: 'thanh-lap-dang', title: 'Ngày thành lập Đảng Cộng sản Việt Nam', origin: '1930-02-03' } },
  { rule: { kind: 'anniversary', slug: 'quoc-khanh', title: 'Quốc khánh Nước CHXHCN Việt Nam', origin: '1945-09-02' } },
  { rule: { kind: 'yearly', slug: 'ngay-hoi', title: 'Ngày hội đại đoàn kết toàn dân tộc', monthDay: '11-18' }, summary: 'Tổ chức vào dịp 18/11; ở khu dân cư.' },
  { rule: { kind: 'range', slug: 'thang-cao-diem', title: 'Tháng cao điểm vì người nghèo', start: '2020-10-17', end: '2020-11-18' } },
];

function vevents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return {
    root,
    list: root.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        isDate: e.startDate.isDate,
        description: e.description,
        rrule: v.getFirstPropertyValue('rrule')?.toString() ?? null,
        url: v.getFirstPropertyValue('url'),
      };
    }),
  };
}

describe('yearCalendar', () => {
  const text = yearCalendar(events, 2020, ctx, STAMP);
  const { root, list } = vevents(text);

  it('holds the year’s events on their days as all-day events with exclusive ends', () => {
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Lịch sự kiện năm 2020 – Ủy ban MTTQ Việt Nam thành phố Long Khánh');
    expect(list.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam', '2020-02-03', '2020-02-04'],
      ['Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam', '2020-09-02', '2020-09-03'],
      ['Tháng cao điểm vì người nghèo', '2020-10-17', '2020-11-19'],
      ['Ngày hội đại đoàn kết toàn dân tộc', '2020-11-18', '2020-11-19'],
    ]);
    expect(list.every((e) => e.isDate)).toBe(true);
  });

  it('describes each event with its lunar date and page', () => {
    expect(list[0]!.description).toContain('Âm lịch: Ngày 10 tháng 1 năm Canh Tý');
    expect(list[0]!.description).toContain('Năm chẵn');
    expect(list[1]!.description).toContain('Ngày 15 tháng 7 năm Canh Tý');
    expect(list[3]!.description).toContain('Tổ chức vào dịp 18/11; ở khu dân cư.');
    expect(list[3]!.description).toContain('Ngày 4 tháng 10 năm Canh Tý');
    expect(list[3]!.url).toBe('https://mttq.example.vn/su-kien/ngay-hoi/');
  });

  it('keeps UIDs when other events are added, removed or reordered', () => {
    const uids = new Map(list.map((e) => [e.summary, e.uid]));
    const edited = [events[3]!, { ...events[2]!, summary: 'Khác' }, events[0]!];
    const again = vevents(yearCalendar(edited, 2020, ctx, STAMP)).list;
    expect(again).toHaveLength(3);
    for (const e of again) expect(e.uid).toBe(uids.get(e.summary));
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });

  it('holds every event the year has, by the same rule as the web calendars (no program list filters it)', () => {
    // Issue 12: an event with no program (or another program's) was on the web calendar and missing from the .ics.
    expect(vevents(yearCalendar(events, 2021, ctx, STAMP)).list.map((e) => e.summary)).toEqual(
      occurrencesInYear(events.map((e) => e.rule), 2021).map(occurrenceTitle),
    );
    expect(vevents(yearCalendar(events, 2027, ctx, STAMP)).list.map((e) => [e.summary, e.start])).toEqual([
      ['Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam', '2027-02-03'],
      ['Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam', '2027-09-02'],
      ['Ngày hội đại đoàn kết toàn dân tộc', '2027-11-18'],
    ]);
  });

  it('gives the same bytes for the same input', () => {
    expect(yearCalendar(events, 2020, ctx, STAMP)).toBe(text);
  });
});

describe('eventCalendar and feedCalendar', () => {
  it('one event: the occurrences it is given, identical to the year file’s entries', () => {
    const next = eventTimeline(events[1]!.rule, [2020, 2026, 2027], [2020], '2026-11-29').toAdd!;
    const { list } = vevents(eventCalendar(events[1]!, [next], ctx, STAMP));
    expect(list.map((e) => [e.summary, e.start])).toEqual([['Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam', '2027-09-02']]);
    expect(list[0]).toEqual(vevents(yearCalendar(events, 2027, ctx, STAMP)).list.find((e) => e.summary === list[0]!.summary));
  });

  it('the feed repeats anniversaries yearly and keeps dated periods', () => {
    const { root, list } = vevents(feedCalendar(events, [2020, 2026, 2027], ctx, STAMP));
    expect(root.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT24H');
    const bySummary = new Map(list.map((e) => [e.summary, e]));
    const dang = bySummary.get('Ngày thành lập Đảng Cộng sản Việt Nam')!;
    expect(dang).toMatchObject({ start: '2020-02-03', rrule: 'FREQ=YEARLY' });
    expect(dang.description).toContain('03/02/1930');
    expect(bySummary.get('Ngày hội đại đoàn kết toàn dân tộc')).toMatchObject({ start: '2020-11-18', rrule: 'FREQ=YEARLY' });
    expect(bySummary.get('Tháng cao điểm vì người nghèo')).toMatchObject({ start: '2020-10-17', end: '2020-11-19', rrule: null });
    // Series UIDs differ from the dated ones of the year file.
    const yearUids = new Set(vevents(yearCalendar(events, 2020, ctx, STAMP)).list.map((e) => e.uid));
    expect(yearUids.has(dang.uid)).toBe(false);
    // An expanded series lands on 3/2 every year.
    const it = new ICAL.Event(new ICAL.Component(ICAL.parse(feedCalendar(events, [2020, 2026, 2027], ctx, STAMP))).getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('summary') === dang.summary)!).iterator();
    const next = [it.next(), it.next(), it.next()].map((t) => t!.toString());
    expect(next).toEqual(['2020-02-03', '2021-02-03', '2022-02-03']);
  });
});

describe('yearJson', () => {
  const json = yearJson(events, 2020, [{ slug: 'bao-cao', title: 'Báo cáo tình hình nhân dân', everyMonths: 3, description: '', url: '/chuong-trinh/2020/bao-cao/' }], ctx);

  it('gives date or start/end, the lunar date and the anniversary number', () => {
    expect(json.year).toBe(2020);
    expect(json.events[0]).toEqual({
      slug: 'thanh-lap-dang',
      title: 'Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam',
      date: '2020-02-03',
      lunar: { year: 2020, month: 1, day: 10, leap: false },
      anniversary: 90,
      round: true,
      holiday: false,
      url: 'https://mttq.example.vn/su-kien/thanh-lap-dang/',
    });
    const range = json.events.find((e) => e.slug === 'thang-cao-diem')!;
    expect(range).toMatchObject({ start: '2020-10-17', end: '2020-11-18', anniversary: null, round: false });
    expect(range).not.toHaveProperty('date');
    expect(range.lunarEnd).toEqual({ year: 2020, month: 10, day: 4, leap: false });
  });

  it('lists recurring work without inventing dates', () => {
    expect(json.recurring).toEqual([
      { slug: 'bao-cao', title: 'Báo cáo tình hình nhân dân', everyMonths: 3, label: 'Định kỳ 3 tháng một lần', url: 'https://mttq.example.vn/chuong-trinh/2020/bao-cao/' },
    ]);
    expect(JSON.stringify(json.recurring)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('small helpers', () => {
  it('toDtstamp writes UTC whatever the zone', () => {
    expect(toDtstamp(new Date('2020-11-27T08:02:03+07:00'))).toBe('20201127T010203Z');
    expect(() => toDtstamp(new Date('nope'))).toThrow();
  });
  it('webcal and Google links', () => {
    expect(webcalUrl('https://a.vn/lich/tat-ca.ics')).toBe('webcal://a.vn/lich/tat-ca.ics');
    expect(webcalUrl('http://a.vn/x.ics')).toBe('webcal://a.vn/x.ics');
    expect(() => webcalUrl('/lich/tat-ca.ics')).toThrow();
    expect(googleSubscribeUrl('https://a.vn/x.ics')).toBe('https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fa.vn%2Fx.ics');
  });
  it('refuses a bad event slug in a UID', () => {
    const bad: FeedEvent = { rule: { kind: 'single', slug: 'có dấu', title: 'x', date: '2020-01-01' } };
    expect(() => yearCalendar([bad], 2020, ctx, STAMP)).toThrow(/slug/);
  });
});
