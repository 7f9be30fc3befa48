// Prints the search page's top results (title, URL, excerpt) for queries, as a
// resident would see them: for writing and checking tests/browser/search-cases.json.
//   npm run build && node bench/search-probe.mjs "nong thon moi" "dai doan ket"
//   node bench/search-probe.mjs --cases      (every case of the judged set, with its expected rank)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium-path.mjs';

const PORT = Number(process.env.PORT ?? 4343);
const TOP = Number(process.env.TOP ?? 5);
const args = process.argv.slice(2);
const cases = args[0] === '--cases' ? JSON.parse(readFileSync(process.env.CASES ?? 'tests/browser/search-cases.json', 'utf8')) : args.map((q) => ({ q }));
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  let failed = 0;
  for (const c of cases) {
    await page.goto(`http://127.0.0.1:${PORT}/tim-kiem/?q=${encodeURIComponent(c.q)}`);
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const rows = await page.locator('.search-result').evaluateAll((lis) => lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href'), title: li.querySelector('a')?.textContent,
      excerpt: [...(li.querySelector(".search-result__excerpt")?.childNodes ?? [])].map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.textContent)).join(''),
    })));
    const rank = c.expect ? rows.findIndex((r) => r.href === c.expect) + 1 : 0;
    const ok = !c.expect || (rank > 0 && rank <= (c.top ?? 1));
    if (!ok) failed++;
    console.log(`\n${ok ? '  ' : '✗ '}“${c.q}”${c.expect ? ` expect ${c.expect} ≤ ${c.top ?? 1}, got ${rank || '–'}` : ''}`);
    const notes = await page.locator('#search-understood, .search-dates').allTextContents();
    console.log(`   ${await page.locator('#search-status').textContent()} ${notes.join(' | ')}`);
    for (const r of rows.slice(0, TOP)) console.log(`   ${r.title}  ${r.href}\n      ${r.excerpt}`);
  }
  console.log(`\n${cases.length - failed}/${cases.length} as expected`);
} finally {
  await browser.close();
  server.kill();
}
