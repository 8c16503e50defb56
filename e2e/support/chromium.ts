// How every Playwright run here starts Chromium: the e2e tests (playwright.config.ts), the screenshot
// and flow scripts (e2e/screens) and the browser bench (scripts/bench). Which Chromium is
// test-support/chromium.ts's choice: FACTDESK_CHROMIUM, Debian's, or the one Playwright installed.
import { testChromium } from '../../test-support/chromium';

/** The Chromium found, or undefined when there is none (Playwright then says so when it launches). */
export const installedChromium: string | undefined = testChromium.path;

/** Launch options for Playwright: no sandbox (containers), no GPU, and nothing that phones home. */
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] } {
  return {
    executablePath: installedChromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
