import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/browser/chromium';

const executablePath = chromiumExecutable() ?? undefined;
/** TEST_PORT lets several checkouts run browser tests at once. */
const port = Number(process.env.TEST_PORT ?? 4322);
const launchOptions = { executablePath, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The editor and import tests build a copy of the site on one worker while the other worker
  // searches and renders: on a 2-core machine a cold first search can then take longer than
  // Playwright's 5 s default. A wait that never comes still fails, only later.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 5'], viewport: { width: 390, height: 844 }, launchOptions } },
  ],
  webServer: {
    // Serves the built dist/ as a static host would; `npm test` builds first.
    command: `node scripts/serve-dist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
