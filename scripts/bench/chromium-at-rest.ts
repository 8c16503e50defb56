// A Chromium just started is not idle: in its first second it loads a page of its own browser UI (the
// omnibox popup, a WebUI renderer: about 1.1 s of CPU here) and spends some 0.4 s more in its browser
// process. On a machine of 2 cores that work competes with the page measured, and a one-line page
// (the floor) is painted before most of it begins, so it made the workbench's first rows about 0.4 s
// slower and its floor hardly at all (docs/scale.md, "First rows: Chromium's own start"). The bench's
// cold loads are therefore made in a Chromium just started, with no cache, once its own start is over:
// as a browser that is already running, or Electron, which has no such page, would load the app.
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { treeCpuMs } from './process-memory';

/** How long a quiet spell is, and the most CPU all of Chromium's processes may use in it. */
const SPELL_MS = 200;
const QUIET_CPU_MS = 20;
/** Never waits longer than this: a machine busy with other work may not let Chromium look idle. */
const MOST_WAIT_MS = 10_000;

/**
 * Waits until Chromium's processes have used at most QUIET_CPU_MS in a spell of SPELL_MS (at most
 * MOST_WAIT_MS); gives how long it waited. With no Chromium (or no /proc) to watch, it does not wait.
 */
export async function untilChromiumRests(): Promise<number> {
  const started = performance.now();
  // Every Chromium process this one started (Debian's wrapper runs lib/chromium/chromium).
  const chromiumCpuMs = () => treeCpuMs(process.pid, 'chromium');
  let before = chromiumCpuMs();
  if (before === null) return 0;
  while (performance.now() - started < MOST_WAIT_MS) {
    await new Promise((done) => setTimeout(done, SPELL_MS));
    const now = chromiumCpuMs() ?? 0;
    if (now - before <= QUIET_CPU_MS) break;
    before = now;
  }
  return Math.round(performance.now() - started);
}

/** Every wait of this process for Chromium to rest, in ms (the bench reports them). */
export const restWaitsMs: number[] = [];

/** A Chromium just started, its page (1440×900, blank) open, once the browser's own start is over. */
export async function chromiumAtRest(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    restWaitsMs.push(await untilChromiumRests());
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
