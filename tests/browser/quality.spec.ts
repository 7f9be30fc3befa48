// Every built page, at phone and desktop width, in the light and the dark colour
// scheme: zero WCAG 2.2 A/AA violations (axe-core), no sideways scrolling at 320 px, no request to another host, no
// Content-Security-Policy violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlFiles, pathOfFile } from '../build/helpers';

const pages = htmlFiles().map(pathOfFile).sort();

test.describe.configure({ mode: 'parallel' });
// axe on the printable calendar (13 pages of grids and QR codes) takes a while on 2 cores.
test.setTimeout(120_000);

// One navigation checks both widths: this suite visits every page, so it is kept lean.
for (const path of pages) {
  test(`${path}: accessible at 390 px and 1280 px, reflows at 320 px, private, within its CSP`, async ({ page, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'both widths are checked in one run');
    const foreign: string[] = [];
    const cspViolations: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!)) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(path);
    // Both colour schemes (dark mode follows the phone's setting), at both widths.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const violations = results.violations.map((v) => `${colorScheme} ${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        expect(violations).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Reflow (WCAG 2.2 1.4.10): at 320 CSS px nothing scrolls sideways (axe does not test this).
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} at 320 px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
}
