// Finds Chromium for tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, else a
// Playwright-installed browser. Returns undefined for "Playwright's own", null for none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (found) return found;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // none
  }
  return null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
