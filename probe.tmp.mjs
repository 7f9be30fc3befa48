import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/browser/chromium.ts';
const b = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const p = await b.newPage();
for (const path of process.argv.slice(2)) {
  await p.goto((process.env.BASE ?? 'http://127.0.0.1:4334') + path);
  const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '_');
  await p.pdf({ path: `/tmp/cal-shots/${name}.pdf`, preferCSSPageSize: true });
  console.log(name);
}
await b.close();
