// The calendars as people get them: month and year pages, the print page, the
// .ics files (read by ical.js, an independent parser) and the JSON. Dates are
// the days the seed names (3/2, 19/5, 2/9, 18/11, 20/12 and Ngày hội on 18/11);
// lunar dates are from published 2020 Vietnamese calendars.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIST, page, textOf } from './helpers';

const file = (path: string) => readFileSync(join(DIST, path), 'utf8');

// [slug, day, lunar D/M, text the calendars show]
const DATED: Array<[string, string, string, string]> = [
  ['ngay-thanh-lap-dang-cong-san-viet-nam', '2020-02-03', '10/1', 'Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam'],
  ['ngay-sinh-chu-tich-ho-chi-minh', '2020-05-19', '27/4', 'Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh'],
  ['quoc-khanh', '2020-09-02', '15/7', 'Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam'],
  ['ngay-truyen-thong-mttq-viet-nam', '2020-11-18', '4/10', 'Kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam'],
  ['ngay-hoi-dai-doan-ket-toan-dan-toc', '2020-11-18', '4/10', 'Ngày hội đại đoàn kết toàn dân tộc'],
  ['ngay-thanh-lap-mat-tran-dan-toc-giai-phong-mien-nam-viet-nam', '2020-12-20', '7/11', 'Kỷ niệm 60 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam'],
  // Public holidays (Bộ luật Lao động 2019, Điều 112); Tết and Giỗ Tổ from the lunar calendar (2020 has a leap 4th month).
  ['tet-duong-lich', '2020-01-01', '7/12', 'Tết Dương lịch'],
  ['tet-nguyen-dan', '2020-01-25', '1/1', 'Tết Nguyên đán'],
  ['gio-to-hung-vuong', '2020-04-02', '10/3', 'Giỗ Tổ Hùng Vương'],
  ['ngay-chien-thang', '2020-04-30', '8/4', 'Ngày Chiến thắng'],
  ['ngay-quoc-te-lao-dong', '2020-05-01', '9/4', 'Ngày Quốc tế lao động'],
];
const monthPath = (date: string) => `/lich/2020/${date.slice(5, 7)}/`;
const cell = (date: string) => {
  const td = page(monthPath(date)).querySelector(`td[data-date="${date}"]`);
  if (!td) throw new Error(`no cell for ${date}`);
  return td;
};

describe('month pages /lich/2020/<mm>/', () => {
  it.each(DATED)('%s is on %s, linked, with lunar date %s', (slug, date, lunar, title) => {
    const td = cell(date);
    expect(td.getAttribute('data-lunar')).toBe(lunar);
    expect(td.hasAttribute('data-lunar-leap')).toBe(false);
    const link = td.querySelectorAll('a').find((a) => a.getAttribute('href') === `/su-kien/${slug}/`);
    expect(textOf(link)).toBe(title);
  });

  it('has a Monday-first grid with Vietnamese weekday names and every day once', () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      const doc = page(`/lich/2020/${mm}/`);
      expect(doc.querySelectorAll('.cal--full thead th').map(textOf)).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
      const days = doc.querySelectorAll('td[data-date]').map((td) => td.getAttribute('data-date'));
      const length = new Date(Date.UTC(2020, m, 0)).getUTCDate();
      expect(days).toEqual(Array.from({ length }, (_, i) => `2020-${mm}-${String(i + 1).padStart(2, '0')}`));
    }
    // 1/6/2020 was a Monday: first cell of the first row.
    expect(page('/lich/2020/06/').querySelector('.cal--full tbody tr td')?.getAttribute('data-date')).toBe('2020-06-01');
    // 1/2/2020 was a Saturday: five empty cells before it.
    expect(page('/lich/2020/02/').querySelectorAll('.cal--full tbody tr')[0]!.querySelectorAll('td').map((td) => td.getAttribute('data-date') ?? '')).toEqual(['', '', '', '', '', '2020-02-01', '2020-02-02']);
  });

  it('marks the leap fourth month (tháng 4 nhuận, 23/5 – 20/6/2020)', () => {
    const may = page('/lich/2020/05/');
    expect(may.querySelector('td[data-date="2020-05-22"]')!.getAttribute('data-lunar')).toBe('30/4');
    expect(may.querySelector('td[data-date="2020-05-22"]')!.hasAttribute('data-lunar-leap')).toBe(false);
    const first = may.querySelector('td[data-date="2020-05-23"]')!;
    expect(first.getAttribute('data-lunar')).toBe('1/4');
    expect(first.hasAttribute('data-lunar-leap')).toBe(true);
    expect(textOf(first.querySelector('.cal__lunar'))).toBe('1/4 nhuận');
    const june = page('/lich/2020/06/');
    expect(june.querySelector('td[data-date="2020-06-20"]')!.getAttribute('data-lunar')).toBe('29/4');
    expect(june.querySelector('td[data-date="2020-06-20"]')!.hasAttribute('data-lunar-leap')).toBe(true);
    expect(june.querySelector('td[data-date="2020-06-21"]')!.hasAttribute('data-lunar-leap')).toBe(false);
    expect(textOf(june.querySelector('td[data-date="2020-06-21"] .cal__lunar'))).toBe('1/5');
    expect(textOf(may.querySelector('.lead'))).toBe('Âm lịch: tháng 4 – tháng 4 nhuận năm Canh Tý.');
  });

  it('shows Tết Canh Tý (25/1/2020) as 1/1 and the days before in tháng Chạp', () => {
    expect(cell('2020-01-25').getAttribute('data-lunar')).toBe('1/1');
    expect(cell('2020-01-24').getAttribute('data-lunar')).toBe('30/12');
  });

  it('has a phone agenda with every day and its lunar date', () => {
    const rows = page('/lich/2020/09/').querySelectorAll('.cal-agenda li');
    expect(rows).toHaveLength(30);
    expect(textOf(rows[1])).toBe('Thứ Tư, 02/09/2020 Âm lịch 15/7 Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam Ngày nghỉ lễ');
  });

  it('marks the period 17/10 – 18/11/2020 on every one of its days', () => {
    for (const date of ['2020-10-17', '2020-10-31', '2020-11-01', '2020-11-18']) {
      expect(textOf(cell(date))).toContain('Tháng cao điểm vì người nghèo');
    }
    expect(textOf(cell('2020-11-19'))).not.toContain('Tháng cao điểm');
  });
});

describe('year page /lich/2020/', () => {
  const doc = page('/lich/2020/');
  it('has twelve month grids with the event days marked', () => {
    expect(doc.querySelectorAll('.cal--mini')).toHaveLength(12);
    for (const [slug, date] of DATED) {
      const td = doc.querySelector(`.cal--mini td[data-date="${date}"]`)!;
      expect(td.classList.contains('has-event')).toBe(true);
      expect(td.querySelector('a')?.getAttribute('href')).toMatch(/^\/su-kien\//);
      expect(textOf(td)).toContain(DATED.find(([s]) => s === slug)![3].slice(0, 10));
    }
    expect(doc.querySelectorAll('.cal--mini td.has-event').length).toBe(4 + 33 + 5); // 3/2, 19/5, 2/9, 20/12 + the 33 days 17/10–18/11 (18/11 included) + 5 holidays
  });
  it('lists the year’s events, the recurring work, and the calendar links', () => {
    const text = textOf(doc.querySelector('main'));
    for (const [, , , title] of DATED) expect(text).toContain(title);
    expect(text).toContain('Tiếp xúc cử tri, nắm bắt và phản ánh tình hình nhân dân Định kỳ 3 tháng một lần');
    const links = Object.fromEntries(doc.querySelectorAll('.cal-links a').map((a) => [textOf(a), a.getAttribute('href')]));
    expect(links['Thêm vào lịch điện thoại']).toBe('/lich/2020.ics');
    expect(links['Theo dõi lịch']).toBe('webcal://mttq.longkhanh.example/lich/tat-ca.ics');
    expect(links['Thêm vào Google Calendar']).toBe('https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fmttq.longkhanh.example%2Flich%2Ftat-ca.ics');
  });
});

describe('print page /lich/2020/in/', () => {
  const doc = page('/lich/2020/in/');
  it('has an overview and twelve month sheets; no QR code while the address is the placeholder', () => {
    const sheets = doc.querySelectorAll('.sheet');
    expect(sheets).toHaveLength(13);
    expect(sheets.slice(1).map((s) => textOf(s.querySelector('h2')).split(' Âm lịch')[0])).toEqual(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1} năm 2020`));
    // With SITE_URL set, each sheet carries its QR code and address (tests/build/calendar-dates.test.ts).
    sheets.forEach((sheet) => {
      expect(sheet.querySelector('.sheet__qr')).toBeNull();
      expect(textOf(sheet)).not.toContain('longkhanh.example');
      expect(textOf(sheet)).toContain('Ủy ban MTTQ Việt Nam thành phố Long Khánh');
    });
    for (const [, date, lunar, title] of DATED) {
      const td = doc.querySelector(`.cal--print td[data-date="${date}"]`)!;
      expect(td.getAttribute('data-lunar')).toBe(lunar);
      expect(textOf(td)).toContain(title);
      expect(td.querySelector('a')).toBeNull(); // paper: nothing to click
    }
    expect(doc.querySelectorAll('.sheet button, .sheet input, .sheet form')).toHaveLength(0);
  });
});

type Parsed = { uid: string; summary: string; start: string; end: string; isDate: boolean; description: string; rrule: string | null };
function parseIcs(text: string): { name: string; events: Parsed[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(root.getFirstPropertyValue('x-wr-calname')),
    events: root.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), isDate: e.startDate.isDate, description: e.description, rrule: v.getFirstPropertyValue('rrule')?.toString() ?? null };
    }),
  };
}
const nextDay = (d: string) => new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8) + 1)).toISOString().slice(0, 10);

describe('calendar files', () => {
  it('/lich/2020.ics has every dated event on its day, all-day, exclusive end', () => {
    const text = file('lich/2020.ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const { name, events } = parseIcs(text);
    expect(name).toBe('Lịch sự kiện năm 2020 – Ủy ban MTTQ Việt Nam thành phố Long Khánh');
    for (const [slug, date, lunar, title] of DATED) {
      const e = events.find((x) => x.summary === title)!;
      expect(e, title).toBeDefined();
      expect([e.start, e.end, e.isDate]).toEqual([date, nextDay(date), true]);
      expect(e.uid).toBe(`${slug}-${date}@mttq-longkhanh`);
      // Before Tết (25/01/2020) the lunar year is still Kỷ Hợi.
      expect(e.description).toContain(`Âm lịch: Ngày ${lunar.split('/')[0]} tháng ${lunar.split('/')[1]} năm ${date < '2020-01-25' ? 'Kỷ Hợi' : 'Canh Tý'}`);
    }
    const period = events.find((x) => x.summary === 'Tháng cao điểm vì người nghèo')!;
    expect([period.start, period.end]).toEqual(['2020-10-17', '2020-11-19']);
    expect(events).toHaveLength(DATED.length + 1);
  });

  it('/su-kien/<slug>.ics exists for each event and matches the year file', () => {
    for (const [slug] of DATED) {
      // The event's file holds what "add to calendar" adds: its next occurrence, exactly as its year's file has it.
      const { events } = parseIcs(file(`su-kien/${slug}.ics`));
      expect(events).toHaveLength(1);
      const year = parseIcs(file(`lich/${events[0]!.start.slice(0, 4)}.ics`)).events;
      expect(events[0]).toEqual(year.find((e) => e.uid === events[0]!.uid));
      const links = page(`/su-kien/${slug}/`).querySelectorAll('.cal-links a');
      expect(links.map((a) => textOf(a))).toEqual(['Thêm vào lịch điện thoại', 'Theo dõi lịch', 'Thêm vào Google Calendar']);
      expect(links[0]!.getAttribute('href')).toBe(`/su-kien/${slug}.ics`);
      expect(links[2]!.getAttribute('href')).toContain(`dates=${events[0]!.start.replace(/-/g, '')}/`);
    }
  });

  it('/lich/tat-ca.ics repeats the anniversaries yearly', () => {
    const { events } = parseIcs(file('lich/tat-ca.ics'));
    // Lunar days move against the solar calendar: no RRULE can say them, so each published year's day is listed.
    const LUNAR = ['tet-nguyen-dan', 'gio-to-hung-vuong'];
    for (const [slug, date] of DATED) {
      if (LUNAR.includes(slug)) {
        expect(events.find((x) => x.uid === `${slug}-${date}@mttq-longkhanh`), slug).toMatchObject({ start: date, rrule: null });
        continue;
      }
      const e = events.find((x) => x.uid === `${slug}-hang-nam@mttq-longkhanh`)!;
      expect(e, slug).toBeDefined();
      expect([e.start, e.rrule]).toEqual([date, 'FREQ=YEARLY']);
    }
  });

  it('/lich/2020.json gives date, lunar date and anniversary number', () => {
    const json = JSON.parse(file('lich/2020.json'));
    expect(json.year).toBe(2020);
    for (const [slug, date, lunar, title] of DATED) {
      const e = json.events.find((x: { slug: string }) => x.slug === slug);
      const [day, month] = lunar.split('/').map(Number);
      expect(e).toMatchObject({ title, date, lunar: { day, month, year: date < '2020-01-25' ? 2019 : 2020, leap: false }, url: `https://mttq.longkhanh.example/su-kien/${slug}/` });
    }
    expect(json.events.find((e: { slug: string }) => e.slug === 'quoc-khanh')).toMatchObject({ anniversary: 75, round: true });
    expect(json.events.find((e: { slug: string }) => e.slug === 'ngay-hoi-dai-doan-ket-toan-dan-toc')).toMatchObject({ anniversary: null, round: false });
    expect(json.events.find((e: { slug: string }) => e.slug === 'thang-cao-diem-vi-nguoi-ngheo')).toMatchObject({ start: '2020-10-17', end: '2020-11-18' });
    expect(json.recurring).toEqual([expect.objectContaining({ everyMonths: 3, label: 'Định kỳ 3 tháng một lần' })]);
  });

  it('every calendar link on the pages points at a built file', () => {
    for (const path of ['/lich/2020/', '/lich/2020/05/', '/su-kien/quoc-khanh/']) {
      for (const a of page(path).querySelectorAll('a[href$=".ics"], a[href$=".json"]')) {
        const href = a.getAttribute('href')!;
        if (href.startsWith('https://calendar.google.com/')) continue;
        const local = href.startsWith('/') ? href : new URL(href.replace(/^webcal:/, 'https:')).pathname;
        expect(existsSync(join(DIST, local)), `${path} → ${href}`).toBe(true);
      }
    }
  });
});
