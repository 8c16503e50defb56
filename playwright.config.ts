import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium here and in CI (Playwright's own browser download is not reachable);
// on a developer's machine or a GitHub runner without it, Playwright's installed Chromium.
const debianChromium = '/usr/bin/chromium';

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
        launchOptions: {
          executablePath: existsSync(debianChromium) ? debianChromium : undefined,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
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
