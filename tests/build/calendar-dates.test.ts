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
      const yearLinks = index.querySelectorAll('main h2 a').map((a) => a.getAttribute('href'));
      expect(yearLinks).toEqual([...years].reverse().map((y) => `/lich/${y}/`));
      expect(index.querySelector('main .lead a')!.getAttribute('href')).toBe(`/lich/${day.slice(0, 4)}/${day.slice(5, 7)}/`);
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
        '2020-03-01': ['2020-05-19 Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh', '2020-09-02 Kỷ niệm 75 năm Quốc khánh Nước CHXHCN Việt Nam'],
        '2026-11-29': ['2026-12-20 Kỷ niệm 66 năm Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam Việt Nam', '2027-02-03 Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam'],
        '2027-01-15': ['2027-02-03 Kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam', '2027-05-19 Kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh'],
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
      // A dated period that is over keeps its own dates and is not "coming up".
      const period = html(day, 'su-kien/thang-cao-diem-vi-nguoi-ngheo');
      expect(period.querySelector('section[aria-labelledby="sap-toi"]') === null).toBe(day !== '2020-03-01');
      expect(icsRows(read(day, 'su-kien/thang-cao-diem-vi-nguoi-ngheo.ics')).map((r) => r.start)).toEqual(['2020-10-17']);
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

    it.each(Object.keys(BUILDS) as Day[])('built on %s: 13 A4 pages a year; each month’s page has its events, lunar range and QR caption', async (day) => {
      if (!browser) throw new Error('No Chromium (see tests/browser/chromium.ts): the printed calendar cannot be tested');
      const base = await serve(outDir(day));
      const { years, siteUrl } = BUILDS[day];
      const page = await browser.newPage();
      try {
        for (const year of years) {
          await page.goto(`${base}/lich/${year}/in/`);
          const pdfPath = join(outDir(day), `print-${year}.pdf`);
          await page.pdf({ path: pdfPath, preferCSSPageSize: true });
          const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
          const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
          expect(pages, `${year}: one overview and twelve month pages`).toHaveLength(13);
          const rows = jsonRows(day, year);
          expect(flat(pages[0]!)).toContain(`Lịch năm ${year}`);
          for (const r of rows) expect(flat(pages[0]!), `${year} overview`).toContain(r.title);
          for (const month of MONTHS) {
            const text = flat(pages[month]!);
            const where = `${year}-${pad(month)} (PDF page ${month + 1})`;
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
