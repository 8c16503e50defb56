// The app's memory as a checker's browser holds it: the web workbench opened in a Chromium started
// directly, with no DevTools client attached while the page loads. Playwright enables DevTools' Network
// domain on every page it drives, and Chromium then keeps the body of every response the page receives
// for DevTools to show (in the renderer's "buffer" partition: 139.5 MiB at 100,000 claims, against 2.3
// MiB without; docs/scale.md, "The app's memory without DevTools"). So the renderer figures taken in
// the Playwright-driven session count DevTools' copy of the claims list; these do not.
import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, installedChromium } from '../../e2e/support/chromium';
import { heldMemoryMiB, largestRendererNow } from './process-memory';

/** How often the memory is read, how long it must stop growing, and the longest wait. */
const SAMPLE_MS = 500;
const STEADY_MS = 5_000;
const LEAST_MS = 10_000;
const MOST_MS = 120_000;

export interface MemoryWithoutDevTools {
  /** Largest proportional memory of the page's renderer in any sample, MiB. */
  readonly rendererPssMaxMiB: number;
  /** The renderer's proportional memory once it had stopped growing, MiB. */
  readonly rendererPssSettledMiB: number;
  readonly serverPssMaxMiB: number;
  /** Largest sum of the two taken at the same moment: what the app held at its peak. */
  readonly appPssMaxMiB: number;
  readonly appPssSettledMiB: number;
  /** Whether the whole list had arrived (the filter's word index ready) when sampling ended. */
  readonly listWhole: boolean;
  readonly samples: number;
}

/**
 * Opens `url` in a Chromium of its own with no DevTools client, reads the renderer's and the services'
 * (pid `serverPid`) memory every SAMPLE_MS until the renderer's has not grown for STEADY_MS, then
 * attaches once to check that the list had arrived. Null where there is no Chromium or /proc.
 */
export async function memoryWithoutDevTools(
  url: string,
  serverPid: number | undefined,
): Promise<MemoryWithoutDevTools | null> {
  if (!installedChromium) return null;
  const profile = await mkdtemp(join(tmpdir(), 'factdesk-bench-profile-'));
  const browserProcess = spawn(
    installedChromium,
    [
      ...chromiumLaunchOptions().args,
      '--headless',
      '--window-size=1440,900',
      `--user-data-dir=${profile}`,
      // Only for the check after sampling; no client is attached before it.
      '--remote-debugging-port=0',
      url,
    ],
    // A group of its own: Debian's chromium is a shell script that starts the browser as its child.
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise((done) => browserProcess.once('exit', done));
  try {
    const renderer: number[] = [];
    const app: number[] = [];
    const server: number[] = [];
    const started = performance.now();
    let grewAt = started;
    let rendererPeak = 0;
    while (performance.now() - started < MOST_MS) {
      await new Promise((done) => setTimeout(done, SAMPLE_MS));
      const page = largestRendererNow(process.pid, 'chromium');
      const services = heldMemoryMiB(serverPid);
      if (!page || !services) continue;
      if (page.pss > rendererPeak) {
        rendererPeak = page.pss;
        grewAt = performance.now();
      }
      renderer.push(page.pss);
      server.push(services.pss);
      app.push(page.pss + services.pss);
      const now = performance.now();
      if (now - started >= LEAST_MS && now - grewAt >= STEADY_MS) break;
    }
    if (renderer.length === 0) return null;
    const listWhole = await wordIndexReady(profile);
    const round = (value: number) => Number(value.toFixed(1));
    return {
      rendererPssMaxMiB: round(rendererPeak),
      rendererPssSettledMiB: round(renderer.at(-1)!),
      serverPssMaxMiB: round(Math.max(...server)),
      appPssMaxMiB: round(Math.max(...app)),
      appPssSettledMiB: round(app.at(-1)!),
      listWhole,
      samples: renderer.length,
    };
  } finally {
    try {
      process.kill(-browserProcess.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
    // Its processes end a second or so after the script that started them: wait, so that they do not
    // run beside what is measured next.
    for (let waited = 0; waited < 10_000 && chromiumLeft(browserProcess.pid); waited += 100)
      await new Promise((done) => setTimeout(done, 100));
    await rm(profile, { recursive: true, force: true });
  }
}

/** Whether a process of the group `group` (the browser started here) is still running. */
function chromiumLeft(group: number | undefined): boolean {
  if (group === undefined) return false;
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Attaches to the browser (its port from DevToolsActivePort) and asks whether the list is whole. */
async function wordIndexReady(profile: string): Promise<boolean> {
  let port: string | undefined;
  try {
    port = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  } catch {
    return false;
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = browser.contexts()[0]?.pages()[0];
    if (!page) return false;
    return (await page.locator('.table-pane[data-word-index="ready"]').count()) === 1;
  } finally {
    await browser.close();
  }
}
