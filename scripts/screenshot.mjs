// Screenshots pages at phone and desktop width, and prints them to PDF, for a
// person to look at: node scripts/screenshot.mjs /path/ [/other/] (server on :4322).
// SCHEME=dark takes them in the dark colour scheme (files end in -dark).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4322';
const out = process.env.OUT ?? 'bench/out/screens';
const colorScheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
const suffix = colorScheme === 'dark' ? '-dark' : '';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: CHROMIUM_ARGS });
for (const path of process.argv.slice(2)) {
  const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '_') || 'home';
  for (const [label, width] of [['phone', 390], ['desktop', 1280]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme });
    await page.goto(base + path);
    await page.screenshot({ path: `${out}/${name}-${label}${suffix}.png`, fullPage: process.env.FULL !== '0' });
    if (label === 'desktop') await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4', printBackground: false });
    await page.close();
  }
  console.log(`${out}/${name}-{phone,desktop}${suffix}.png`);
}
await browser.close();
