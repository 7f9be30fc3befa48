// Issue 12: the site is right on the day it is built. Three builds pinned
// (SOURCE_DATE_EPOCH) at 01/03/2020, 29/11/2026 and 15/01/2027 in Vietnam, the
// last with a real address (SITE_URL). For each: the home page's "Sắp diễn ra",
// the event pages, /lich/, and, for every published year, the year and month
// pages, the printed sheets, the .ics and the JSON list the same occurrences in
// the same order; the printed calendar is printed to PDF in Chromium and each
// month's page is read back with pdftotext.
import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser/chromium';
import { lunarMonthsLabel } from '../../src/lib/calendar';
import { textOf } from './helpers';

const ROOT = process.cwd();
const REAL_URL = 'https://lich-thu.example.org';
const BUILDS = {
  '2020-03-01': { epoch: Date.UTC(2020, 2, 1, 2) / 1000, years: [2020, 2021], siteUrl: undefined },
  '2026-11-29': { epoch: Date.UTC(2026, 10, 29, 2) / 1000, years: [2020, 2026, 2027], siteUrl: undefined },
  '2027-01-15': { epoch: Date.UTC(2027, 0, 15, 2) / 1000, years: [2020, 2027, 2028], siteUrl: REAL_URL },
} as const;
type Day = keyof typeof BUILDS;
const outDir = (day: Day) => join(ROOT, `.dist-day-${day}`);

async function build(day: Day): Promise<void> {
  const { epoch, siteUrl } = BUILDS[day];
  rmSync(outDir(day), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: outDir(day), SOURCE_DATE_EPOCH: String(epoch), ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  if (siteUrl) env.SITE_URL = siteUrl;
  const { stdout, stderr } = await promisify(execFile)('npx', ['astro', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env });
  logs[day] = stdout + stderr;
}
const logs: Partial<Record<Day, string>> = {};
const read = (day: Day, path: string) => readFileSync(join(outDir(day), path), 'utf8');
const html = (day: Day, path: string): HTMLElement => parse(read(day, join(path, 'index.html')));

type Row = { title: string; start: string };
const show = (r: Row) => `${r.start} ${r.title}`;
const json = (day: Day, year: number) => JSON.parse(read(day, `lich/${year}.json`)) as { events: { title: string; date?: string; start?: string; end?: string }[] };
const jsonRows = (day: Day, year: number): (Row & { end: string })[] =>
  json(day, year).events.map((e) => ({ title: e.title, start: (e.date ?? e.start)!, end: (e.date ?? e.end)! }));
const icsRows = (text: string): Row[] =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { title: e.summary, start: e.startDate.toString() };
  });
/** Occurrence cards (OccurrenceList): title and first <time>. */
const cardRows = (section: HTMLElement | null): Row[] =>
  (section?.querySelectorAll('.card-list > li') ?? []).map((li) => ({ title: textOf(li.querySelector('h3')), start: li.querySelector('time')!.getAttribute('datetime')! }));
const inMonth = (rows: (Row & { end: string })[], year: number, month: number) => {
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  return rows.filter((r) => r.start.slice(0, 7) <= mm && r.end.slice(0, 7) >= mm);
};
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
// Mùng 1 Tết and Giỗ Tổ Hùng Vương (10/3 âm lịch) of each published year, as printed on Vietnamese calendars.
const HOLIDAY_LUNAR: Record<number, { tet: string; gioTo: string }> = {
  2020: { tet: '2020-01-25', gioTo: '2020-04-02' },
  2021: { tet: '2021-02-12', gioTo: '2021-04-21' },
  2026: { tet: '2026-02-17', gioTo: '2026-04-26' },
  2027: { tet: '2027-02-06', gioTo: '2027-04-16' },
  2028: { tet: '2028-01-26', gioTo: '2028-04-04' },
};
const pad = (m: number) => String(m).padStart(2, '0');

describe('builds pinned at 01/03/2020, 29/11/2026 and 15/01/2027', () => {
  beforeAll(async () => {
    for (const day of Object.keys(BUILDS) as Day[]) await build(day);
  }, 600_000);
  afterAll(() => {
    for (const day of Object.keys(BUILDS) as Day[]) rmSync(outDir(day), { recursive: true, force: true });
  });

  describe.each(Object.keys(BUILDS) as Day[])('built on %s', (day) => {
    const { years, siteUrl } = BUILDS[day];

    it('publishes every program year, the build year and the next; /lich/ lists them and links this month', () => {
      for (const year of years) {
        for (const path of [`lich/${year}/index.html`, `lich/${year}/in/index.html`, `lich/${year}.ics`, `lich/${year}.json`, `lich/${year}/12/index.html`]) {
          expect(existsSync(join(outDir(day), path)), path).toBe(true);
        }
      }
      const index = html(day, 'lich');
      const yearLinks = index.querySelectorAll('main .cal-years h3 a').map((a) => a.getAttribute('href'));
      // This year first, then next year, then past years (issue 21).
      const thisYear = Number(day.slice(0, 4));
      const order = [thisYear, thisYear + 1, ...years.filter((y) => y < thisYear).reverse()];
      expect(yearLinks).toEqual(order.map((y) => `/lich/${y}/`));
      const month = index.querySelector('section[aria-labelledby="thang-nay"]')!;
      expect(month.querySelector('a')!.getAttribute('href')).toBe(`/lich/${day.slice(0, 4)}/${day.slice(5, 7)}/`);
      // This month's grid, with every day of the month.
      const cells = month.querySelectorAll('.cal--full td[data-date]').map((td) => td.getAttribute('data-date'));
      expect(cells[0]).toBe(`${day.slice(0, 7)}-01`);
      expect(cells).toContain(day);
      // The JSON links sit in "Dữ liệu mở" at the bottom, after the years.
      const main = index.querySelector('main')!.toString();
      expect(index.querySelectorAll('main a[href$=".json"]').every((a) => a.closest('section[aria-labelledby="du-lieu-mo"]') !== null)).toBe(true);
      expect(main.indexOf('id="du-lieu-mo"')).toBeGreaterThan(main.lastIndexOf('cal-years'));
      // The header's "Lịch" leads to /lich/ on every page.
      for (const path of ['', 'su-kien/quoc-khanh', `lich/${years[0]}`]) {
        const nav = html(day, path).querySelectorAll('.site-nav a').map((a) => [textOf(a), a.getAttribute('href')]);
        expect(nav).toContainEqual(['Lịch', '/lich/']);
        expect(nav).toContainEqual(['Chương trình', '/chuong-trinh/']);
      }
    });

    it('every published year: year page, month pages, printed sheets, .ics and JSON hold the same occurrences in the same order', () => {
      for (const year of years) {
        const rows = jsonRows(day, year);
        const expected = rows.map(show);
        expect(expected.length, `${year}`).toBeGreaterThan(0);
        expect(icsRows(read(day, `lich/${year}.ics`)).map(show), `${year}.ics`).toEqual(expected);
        expect(cardRows(html(day, `lich/${year}`).querySelector('section[aria-labelledby="su-kien-nam"]')).map(show), `/lich/${year}/`).toEqual(expected);
        const print = html(day, `lich/${year}/in`);
        const overview = print.querySelectorAll('.sheet--year .sheet__events li').map(textOf);
        expect(overview.length).toBe(rows.length);
        rows.forEach((r, i) => expect(overview[i], `print overview ${year}`).toContain(r.title));
        const sheets = print.querySelectorAll('.sheet--month');
        for (const month of MONTHS) {
          const want = inMonth(rows, year, month);
          const monthPage = html(day, `lich/${year}/${pad(month)}`);
          expect(cardRows(monthPage.querySelector('section[aria-labelledby="su-kien-thang"]')).map(show), `/lich/${year}/${pad(month)}/`).toEqual(want.map(show));
          const printed = sheets[month - 1]!.querySelectorAll('.sheet__events > ul > li').map(textOf);
          expect(printed.length, `print ${year}-${month}`).toBe(want.length);
          want.forEach((r, i) => expect(printed[i]).toContain(r.title));
        }
      }
    });

    it('the public holidays of the Labour Code 2019 (Art. 112) are in every calendar of every year, marked "Ngày nghỉ lễ"', () => {
      for (const year of years) {
        // Tết and Giỗ Tổ from the lunar calendar (dates as published on Vietnamese calendars).
        const lunar = HOLIDAY_LUNAR[year]!;
        const want = [
          [`${year}-01-01`, 'Tết Dương lịch'],
          [lunar.tet, 'Tết Nguyên đán'],
          [lunar.gioTo, 'Giỗ Tổ Hùng Vương'],
          [`${year}-04-30`, 'Ngày Chiến thắng'],
          [`${year}-05-01`, 'Ngày Quốc tế lao động'],
          [`${year}-09-02`, `Kỷ niệm ${year - 1945} năm Quốc khánh Nước CHXHCN Việt Nam`],
        ];
        const data = json(day, year).events as { title: string; date?: string; holiday?: boolean }[];
        expect(data.filter((e) => e.holiday).map((e) => [e.date, e.title]), `${year}.json`).toEqual(want);
        const ics = read(day, `lich/${year}.ics`).replace(/\r\n /g, '');
        expect(ics.match(/CATEGORIES:[^\r\n]*Ngày nghỉ lễ/g), `${year}.ics`).toHaveLength(want.length);
        for (const [date, title] of want) {
          const month = Number(date!.slice(5, 7));
          const cell = html(day, `lich/${year}/${pad(month)}`).querySelector(`.cal--full td[data-date="${date}"]`)!;
          expect(cell.classList.contains('is-holiday'), `${date}`).toBe(true);
          expect(textOf(cell)).toMatch(new RegExp(`${title}\\s*Ngày nghỉ lễ`));
          const sheet = html(day, `lich/${year}/in`).querySelectorAll('.sheet--month')[month - 1]!;
          expect(textOf(sheet.querySelector(`td[data-date="${date}"]`))).toContain('Ngày nghỉ lễ');
        }
        // Tháng cao điểm vì người nghèo: every year, 17/10–18/11.
        expect(jsonRows(day, year).filter((r) => r.title === 'Tháng cao điểm vì người nghèo').map((r) => [r.start, r.end])).toEqual([[`${year}-10-17`, `${year}-11-18`]]);
      }
      expect(textOf(html(day, 'su-kien/gio-to-hung-vuong').querySelector('main'))).toContain('Lặp lại Hằng năm, ngày 10 tháng 3 âm lịch');
      expect(textOf(html(day, 'su-kien/tet-nguyen-dan').querySelector('main'))).toContain('Ngày nghỉ lễ Người lao động được nghỉ làm việc, hưởng nguyên lương (Bộ luật Lao động 2019, Điều 112)');
    });

    it('month pages lead across New Year when the next (or last) year has calendars', () => {
      const first = years[0]!;
      const last = years.at(-1)!;
      const pager = (y: number, m: number) => Object.fromEntries(html(day, `lich/${y}/${pad(m)}`).querySelectorAll('.cal-pager a[rel]').map((a) => [a.getAttribute('rel'), a.getAttribute('href')]));
      const published: readonly number[] = years;
      for (const y of years) {
        expect(pager(y, 12).next).toBe(published.includes(y + 1) ? `/lich/${y + 1}/01/` : undefined);
        expect(pager(y, 1).prev).toBe(published.includes(y - 1) ? `/lich/${y - 1}/12/` : undefined);
      }
      expect(pager(last - 1, 12).next).toBe(`/lich/${last}/01/`);
      expect(pager(last, 1).prev).toBe(`/lich/${last - 1}/12/`);
      expect(pager(first, 6)).toEqual({ prev: `/lich/${first}/05/`, next: `/lich/${first}/07/` });
    });

    it('the home page leads, after the latest announcements, with what is coming up from the build day', () => {
      const home = html(day, '');
      expect(home.querySelectorAll('main h2').slice(0, 2).map(textOf)).toEqual(['Thông báo mới', 'Sắp diễn ra']);
      const upcoming = cardRows(home.querySelector('section[aria-labelledby="sap-dien-ra"]'));
      expect(upcoming.length).toBeGreaterThanOrEqual(5);
      // Nothing past; each is the same occurrence its year's calendar lists.
      for (const r of upcoming) {
        expect(r.start >= day || jsonRows(day, Number(r.start.slice(0, 4))).some((x) => x.start === r.start && x.end >= day)).toBe(true);
        expect(jsonRows(day, Number(r.start.slice(0, 4))).map(show)).toContain(show(r));
      }
      const expectedFirst: Record<Day, string[]> = {
        '2020-03-01': ['2020-04-02 Giỗ Tổ Hùng Vương', '2020-04-30 Ngày Chiến thắng'],
        '2026-11-29': ['2026-12-20 Kỷ niệm 66 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam', '2027-01-01 Tết Dương lịch'],
        '2027-01-15': ['2027-02-03 Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam', '2027-02-06 Tết Nguyên đán'],
      };
      expect(upcoming.slice(0, 2).map(show)).toEqual(expectedFirst[day]);
      const program = textOf(home.querySelector('section[aria-labelledby="chuong-trinh"]'));
      if (day === '2020-03-01') expect(program).not.toContain('đã kết thúc');
      else expect(program).toContain('Chương trình năm 2020 — đã kết thúc');
    });

    it('a past program says so at the top of its pages; its events keep their own year', () => {
      const notice = (path: string) => textOf(html(day, path).querySelector('article .notice'));
      const over = day !== '2020-03-01';
      for (const path of ['chuong-trinh/2020', 'chuong-trinh/2020/ky-niem-cac-ngay-le-lon-cua-dat-nuoc-nam-2020']) {
        expect(notice(path), path).toBe(over ? 'Chương trình năm 2020 — đã kết thúc. Đây là chương trình của năm 2020; các ngày ghi trong chương trình là ngày của năm 2020.' : '');
      }
      const event = textOf(html(day, 'su-kien/quoc-khanh').querySelector('main'));
      expect(event).toContain('Trong chương trình năm 2020 Thứ Tư, 02/09/2020 · Kỷ niệm 75 năm');
    });

    it('event pages show the next occurrences, and "add to calendar" adds the next one', () => {
      const expected: Record<Day, { h1: string; next: string[] }> = {
        '2020-03-01': { h1: 'Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam', next: ['2020-09-02', '2021-09-02'] },
        '2026-11-29': { h1: 'Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam', next: ['2027-09-02'] },
        '2027-01-15': { h1: 'Kỷ niệm 82 năm Quốc khánh Nước CHXHCN Việt Nam', next: ['2027-09-02', '2028-09-02'] },
      };
      const doc = html(day, 'su-kien/quoc-khanh');
      expect(textOf(doc.querySelector('h1'))).toBe(expected[day].h1);
      const next = cardRows(doc.querySelector('section[aria-labelledby="sap-toi"]'));
      expect(next.map((r) => r.start)).toEqual(expected[day].next);
      for (const r of next) expect(jsonRows(day, Number(r.start.slice(0, 4))).map(show)).toContain(show(r));
      const ics = icsRows(read(day, 'su-kien/quoc-khanh.ics'));
      expect(ics).toEqual([next[0]]);
      const links = doc.querySelectorAll('.cal-links a');
      expect(textOf(links[0])).toBe('Thêm vào lịch điện thoại');
      expect(links[0]!.getAttribute('href')).toBe('/su-kien/quoc-khanh.ics');
      expect(links[2]!.getAttribute('href')).toContain(`dates=${next[0]!.start.replace(/-/g, '')}/`);
      // A yearly period (issue 21) comes round every year: the next one is "coming up".
      const period = html(day, 'su-kien/thang-cao-diem-vi-nguoi-ngheo');
      const nextPeak = day < '2020-10-17' ? '2020-10-17' : '2027-10-17';
      expect(cardRows(period.querySelector('section[aria-labelledby="sap-toi"]'))[0]!.start).toBe(nextPeak);
      expect(textOf(period.querySelector('main'))).toContain('Lặp lại Hằng năm, từ 17/10 đến 18/11');
      expect(icsRows(read(day, 'su-kien/thang-cao-diem-vi-nguoi-ngheo.ics')).map((r) => r.start)).toEqual([nextPeak]);
    });

    it(siteUrl ? 'with a real address: QR codes, .ics URLs and canonical links use it' : 'without a real address: no QR code on paper, one loud warning in the build log', () => {
      const print = html(day, `lich/${years.at(-1)}/in`);
      const canonical = html(day, 'su-kien/quoc-khanh').querySelector('link[rel="canonical"]')!.getAttribute('href');
      const yearIcs = read(day, `lich/${years.at(-1)}.ics`);
      if (siteUrl) {
        expect(print.querySelectorAll('.sheet .sheet__qr svg')).toHaveLength(13);
        expect(textOf(print.querySelectorAll('.sheet__qr p')[1])).toBe(`Xem trên mạng: ${siteUrl}/lich/${years.at(-1)}/01/`);
        expect(canonical).toBe(`${siteUrl}/su-kien/quoc-khanh/`);
        expect(yearIcs.replace(/\r\n /g, '')).toContain(`URL:${siteUrl}/su-kien/`);
        expect(yearIcs).not.toContain('longkhanh.example');
        // (The contact is still empty in these builds: that warning stays, the address one goes.)
        expect(logs[day]).not.toContain('CHÚ Ý: trang web chưa có địa chỉ thật');
      } else {
        expect(print.querySelectorAll('.sheet__qr')).toHaveLength(0);
        expect(textOf(print.querySelector('.sheet'))).not.toContain('Xem trên mạng');
        expect(textOf(print.querySelector('.print-intro'))).toContain('chưa có mã QR');
        expect(canonical).toBe('https://mttq.longkhanh.example/su-kien/quoc-khanh/');
        expect(logs[day]!.match(/CHÚ Ý: trang web chưa có địa chỉ thật/g)).toHaveLength(1);
      }
    });
  });

  describe('the printed calendar, printed to PDF in Chromium and read back page by page', () => {
    let browser: Browser | undefined;
    const servers: Server[] = [];
    beforeAll(async () => {
      const executablePath = chromiumExecutable();
      if (executablePath) browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
      for (const s of servers) s.close();
    });

    async function serve(dir: string): Promise<string> {
      const server = createServer((req, res) => {
        let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
        if (!file.startsWith(dir)) return void res.writeHead(403).end();
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file)) return void res.writeHead(404).end();
        const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' }[extname(file)];
        res.writeHead(200, type ? { 'Content-Type': type } : {});
        createReadStream(file).pipe(res);
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    it.each(Object.keys(BUILDS) as Day[])('built on %s: an overview and a sheet per month; each month’s sheet has its events, lunar range and QR caption; every page its foot line', async (day) => {
      if (!browser) throw new Error('No Chromium (see tests/browser/chromium.ts): the printed calendar cannot be tested');
      const base = await serve(outDir(day));
      const { years, siteUrl } = BUILDS[day];
      const page = await browser.newPage();
      try {
        for (const year of years) {
          await page.goto(`${base}/lich/${year}/in/`);
          const pdfPath = join(outDir(day), `print-${year}.pdf`);
          await page.pdf({ path: pdfPath, preferCSSPageSize: true });
          const pdfPages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
          const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
          // One overview and a sheet per month; a month too full runs onto the next page (read with it).
          const starts = MONTHS.map((month) => pdfPages.findIndex((p) => flat(p).startsWith(`Tháng ${month} năm ${year}`)));
          expect(starts[0], `${year}: the overview on one page`).toBe(1);
          starts.forEach((start, i) => expect(start, `${year}-${pad(i + 1)} starts a page after the month before`).toBeGreaterThan(i === 0 ? 0 : starts[i - 1]!));
          const pages = [pdfPages[0]!, ...starts.map((start, i) => pdfPages.slice(start, starts[i + 1] ?? pdfPages.length).join('\n'))];
          const rows = jsonRows(day, year);
          expect(flat(pages[0]!)).toContain(`Lịch năm ${year}`);
          for (const r of rows) expect(flat(pages[0]!), `${year} overview`).toContain(r.title);
          // Every printed page ends with the site's foot line; with a real address, the address.
          for (const p of pdfPages) expect(flat(p).trim().endsWith(siteUrl ? `Trang web: ${siteUrl.replace('https://', '')}` : 'Ủy ban MTTQ Việt Nam thành phố Long Khánh')).toBe(true);
          for (const month of MONTHS) {
            const text = flat(pages[month]!);
            const where = `${year}-${pad(month)} (PDF page ${starts[month - 1]! + 1})`;
            expect(text, where).toContain(`Tháng ${month} năm ${year}`);
            expect(text, where).toContain(`Âm lịch: ${lunarMonthsLabel(year, month)}`);
            for (const r of inMonth(rows, year, month)) expect(text, where).toContain(r.title);
            const caption = `Xem trên mạng: ${siteUrl}/lich/${year}/${pad(month)}/`;
            if (siteUrl) expect(text.replace(/\s/g, ''), where).toContain(caption.replace(/\s/g, ''));
            else expect(text, where).not.toContain('Xem trên mạng');
          }
        }
      } finally {
        await page.close();
      }
    }, 300_000);
  });
});
