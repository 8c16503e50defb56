import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'e2e/workbench',
      use: {
        browserName: 'chromium',
        // FACTDESK_CHROMIUM, an installed Chromium (Debian's here) or Playwright's own (test-support/chromium.ts).
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      // Real Electron: skips with a stated reason where no Electron binary exists (as here).
      name: 'electron',
      testDir: 'e2e/electron',
      timeout: 120_000,
      retries: process.env.CI ? 1 : 0,
    },
  ],
});
