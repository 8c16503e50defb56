// How every Playwright run here starts Chromium: the e2e tests (playwright.config.ts), the screenshot
// and flow scripts (e2e/screens) and the browser bench (scripts/bench). Debian's Chromium by default,
// because Playwright's own browser download is not reachable on this machine or in CI.
import { existsSync } from 'node:fs';

/** FACTDESK_CHROMIUM when set (the PDF printer honours the same variable), else Debian's Chromium. */
export const chromiumPath = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';

/** chromiumPath when it exists; undefined lets Playwright fall back to a Chromium it installed itself. */
export const installedChromium: string | undefined = existsSync(chromiumPath) ? chromiumPath : undefined;

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
