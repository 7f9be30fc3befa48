import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  escapeText,
  eventUid,
  foldLine,
  googleCalendarUrl,
  type CalendarEvent,
  type CalendarMeta,
} from '../../src/lib/ics';

const HOST = 'mttq.longkhanh.example';
const STAMP = '20200101T000000Z';
const DANG = 'Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam; chào mừng, cổ vũ';
const meta: CalendarMeta = {
  name: 'Sự kiện năm 2020 — Ủy ban MTTQ Việt Nam thành phố Long Khánh',
  description: 'Các ngày lễ, kỷ niệm và đợt thi đua trong năm',
  prodId: '-//MTTQ Long Khanh//Lich su kien//VI',
  url: 'https://mttq.longkhanh.example/su-kien/2020/',
  timezone: 'Asia/Ho_Chi_Minh',
  refreshIntervalHours: 24,
};
const events: CalendarEvent[] = [
  {
    uid: eventUid('thanh-lap-dang', '2020-02-03', HOST),
    summary: DANG,
    start: '2020-02-03',
    description: 'Dòng 1\nDòng 2: Đảng Cộng sản Việt Nam quang vinh muôn năm! Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta.',
    url: 'https://mttq.longkhanh.example/su-kien/thanh-lap-dang/',
    location: 'Hội trường Thành ủy, phường Xuân An, thành phố Long Khánh, tỉnh Đồng Nai',
    categories: ['Kỷ niệm', 'Năm chẵn'],
  },
  {
    uid: eventUid('ngay-hoi-dai-doan-ket', '2020-11-01', HOST),
    summary: 'Tháng cao điểm Ngày hội Đại đoàn kết toàn dân tộc',
    start: '2020-11-01',
    end: '2020-11-18',
  },
];

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, vevents: root.getAllSubcomponents('vevent') };
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('buildCalendar', () => {
  const text = buildCalendar(meta, events, STAMP);

  it('writes the calendar header', () => {
    const lines = physicalLines(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const { root } = parse(text);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe(meta.prodId);
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(meta.name);
    expect(root.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT24H\r\n');
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT24H\r\n');
  });

  it('round-trips Vietnamese text with commas, semicolons and newlines through ical.js', () => {
    const [dang] = parse(text).vevents;
    expect(dang!.getFirstPropertyValue('summary')).toBe(DANG);
    expect(dang!.getFirstPropertyValue('description')).toBe(events[0]!.description);
    expect(dang!.getFirstPropertyValue('location')).toBe(events[0]!.location);
    expect(dang!.getFirstPropertyValue('url')).toBe(events[0]!.url);
    expect(dang!.getFirstProperty('categories')!.getValues()).toEqual(['Kỷ niệm', 'Năm chẵn']);
  });

  it('writes DTSTART as a DATE and DTEND as the exclusive next day', () => {
    const [dang, period] = parse(text).vevents;
    expect(dang!.getFirstProperty('dtstart')!.type).toBe('date');
    expect(dang!.getFirstProperty('dtend')!.type).toBe('date');
    expect(dang!.getFirstPropertyValue('dtstart')!.toString()).toBe('2020-02-03');
    expect(dang!.getFirstPropertyValue('dtend')!.toString()).toBe('2020-02-04');
    expect(period!.getFirstPropertyValue('dtstart')!.toString()).toBe('2020-11-01');
    expect(period!.getFirstPropertyValue('dtend')!.toString()).toBe('2020-11-19');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20201101\r\nDTEND;VALUE=DATE:20201119\r\n');
    // DTEND across a month and a year end
    const eve = buildCalendar(meta, [{ uid: 'a@x', summary: 'x', start: '2020-12-31' }], STAMP);
    expect(eve).toContain('\r\nDTEND;VALUE=DATE:20210101\r\n');
  });

  it('writes the given DTSTAMP in UTC and rejects anything else', () => {
    const [dang] = parse(text).vevents;
    const stamp = dang!.getFirstPropertyValue('dtstamp')!;
    expect(stamp.toString()).toBe('2020-01-01T00:00:00Z');
    expect(() => buildCalendar(meta, events, '20200101T000000')).toThrow(/DTSTAMP/);
    expect(() => buildCalendar(meta, events, '2020-01-01T00:00:00Z')).toThrow(/DTSTAMP/);
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const bytes = Buffer.from(text, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let folded = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(line)).not.toThrow();
        if (bytes[i + 2] === 0x20) folded++;
        start = i + 2;
      }
    }
    expect(start).toBe(bytes.length);
    expect(folded).toBeGreaterThan(2); // the test really exercises folding
  });

  it('is deterministic and keeps the given order', () => {
    expect(buildCalendar(meta, events, STAMP)).toBe(text);
    const uids = parse(text).vevents.map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toEqual([events[0]!.uid, events[1]!.uid]);
  });

  it('keeps a UID unchanged when another event is added before it', () => {
    const added: CalendarEvent = { uid: eventUid('tet', '2020-01-25', HOST), summary: 'Tết Nguyên đán', start: '2020-01-25' };
    const before = parse(buildCalendar(meta, events, STAMP)).vevents;
    const after = parse(buildCalendar(meta, [added, ...events], STAMP)).vevents;
    expect(after.slice(1).map((v) => v.getFirstPropertyValue('uid'))).toEqual(
      before.map((v) => v.getFirstPropertyValue('uid')),
    );
  });

  it('writes the yearly RRULE', () => {
    const feed = buildCalendar(meta, [{ ...events[0]!, rrule: 'FREQ=YEARLY' }], STAMP);
    const [v] = parse(feed).vevents;
    expect(v!.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY');
    expect(new ICAL.Event(v!).isRecurring()).toBe(true);
  });

  it('NFC-normalises text', () => {
    const decomposed = 'Đảng'.normalize('NFD');
    expect(decomposed).not.toBe('Đảng');
    const out = buildCalendar(meta, [{ uid: 'a@x', summary: decomposed, start: '2020-02-03' }], STAMP);
    expect(parse(out).vevents[0]!.getFirstPropertyValue('summary')).toBe('Đảng');
  });

  it('throws for bad dates, reversed ranges and duplicate UIDs', () => {
    const bad = (e: Partial<CalendarEvent>) => () =>
      buildCalendar(meta, [{ uid: 'a@x', summary: 'x', start: '2020-02-03', ...e }], STAMP);
    expect(bad({ start: '2020-02-30' })).toThrow(/2020-02-30/);
    expect(bad({ start: '2020-2-3' })).toThrow(/a@x/);
    expect(bad({ end: '2021-13-01' })).toThrow(/2021-13-01/);
    expect(bad({ end: '2020-02-02' })).toThrow(/before start/);
    expect(() => buildCalendar(meta, [events[0]!, events[0]!], STAMP)).toThrow(/duplicate UID/);
  });

  it('gives the same bytes whatever the time zone of the process', () => {
    const script = resolve('tests/unit/fixtures/ics-in-child.ts');
    const run = (tz: string) =>
      JSON.parse(
        execFileSync(resolve('node_modules/.bin/vite-node'), [script, JSON.stringify({ meta, events, stamp: STAMP })], {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        }),
      ) as { offset: number; ics: string };
    const la = run('America/Los_Angeles');
    const hcm = run('Asia/Ho_Chi_Minh');
    expect(la.offset).toBe(480); // the child really ran in that zone
    expect(hcm.offset).toBe(-420);
    expect(la.ics).toBe(hcm.ics);
    expect(la.ics).toBe(text);
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and folds long ASCII at exactly 75 octets', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const line = 'X'.repeat(200);
    const parts = foldLine(line).split('\r\n');
    expect(parts[0]).toHaveLength(75);
    expect(parts[1]).toBe(' ' + 'X'.repeat(74));
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('moves a multi-byte character that would cross the limit to the next line', () => {
    // 'SUMMARY:' is 8 octets; 'ệ' is 3 octets: 8 + 22*3 = 74, the 23rd would make 77
    const folded = foldLine('SUMMARY:' + 'ệ'.repeat(30));
    const [first, second] = folded.split('\r\n');
    expect(Buffer.byteLength(first!)).toBe(74);
    expect(second).toBe(' ' + 'ệ'.repeat(8));
    const emoji = foldLine('A'.repeat(73) + '🇻🇳');
    expect(emoji.split('\r\n').map((p) => Buffer.byteLength(p))).toEqual([73, 9]);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('Đà Lạt: 1:2')).toBe('Đà Lạt: 1:2');
  });
});

describe('eventUid', () => {
  it('builds a stable UID and validates its parts', () => {
    expect(eventUid('quoc-khanh', '2020-09-02', HOST)).toBe(`quoc-khanh-2020-09-02@${HOST}`);
    expect(() => eventUid('quoc-khanh', '2020-02-30', HOST)).toThrow();
    expect(() => eventUid('quốc khánh', '2020-09-02', HOST)).toThrow(/slug/);
  });
});

describe('googleCalendarUrl', () => {
  it('links an all-day period with an exclusive end and encoded text', () => {
    const url = googleCalendarUrl({
      summary: DANG,
      start: '2020-11-01',
      end: '2020-11-18',
      description: 'Chi tiết & lịch',
      location: 'Long Khánh, Đồng Nai',
    });
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&')).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('action')).toBe('TEMPLATE');
    expect(params.get('text')).toBe(DANG);
    expect(params.get('dates')).toBe('20201101/20201119');
    expect(params.get('details')).toBe('Chi tiết & lịch');
    expect(params.get('location')).toBe('Long Khánh, Đồng Nai');
    expect(url).not.toMatch(/[^\x21-\x7e]/); // only printable ASCII, no spaces
  });

  it('defaults to one day and rejects bad dates', () => {
    expect(new URL(googleCalendarUrl({ summary: 'Quốc khánh', start: '2020-09-02' })).searchParams.get('dates')).toBe(
      '20200902/20200903',
    );
    expect(() => googleCalendarUrl({ summary: 'x', start: '2020-02-30' })).toThrow();
  });
});

describe('seriesUid', () => {
  it('is stable, distinct from dated UIDs, and refuses bad slugs', async () => {
    const { seriesUid } = await import('../../src/lib/ics');
    expect(seriesUid('quoc-khanh', 'mttq-longkhanh')).toBe('quoc-khanh-hang-nam@mttq-longkhanh');
    expect(seriesUid('quoc-khanh', 'h')).not.toBe(eventUid('quoc-khanh', '2020-09-02', 'h'));
    expect(() => seriesUid('quốc khánh', 'h')).toThrow();
  });
});
