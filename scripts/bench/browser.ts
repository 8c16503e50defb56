// The workbench in Chromium at scale: a project of N claims served by the real web workbench
// (dist/web/factdesk-web.mjs, so `npm run build` first), driven by Playwright, timed in the page with
// the Performance API (scripts/bench/page-probes.js): first rows painted, a filter keystroke until the
// count and rows are repainted, a mark (v) until its row shows the new status, the longest task while
// scrolling thousands of rows, and memory (JS heap, renderer and server peaks).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { CDPSession, Page } from 'playwright-core';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { installedChromium } from '../../e2e/support/chromium';
import { seedChecker } from '../../e2e/support/seed-checker';
import { chromiumAtRest, restWaitsMs } from './chromium-at-rest';
import { coldFirstPaintMs, coldFirstRowsMs } from './cold-loads';
import { memoryWithoutDevTools } from './memory-without-devtools';
import { commonWords, filterWords, narrowingKeystrokes } from './filter-keystrokes';
import {
  heldMemoryMiB,
  largestRendererNow,
  peakRssMiB,
  treeMemoryMiB,
  type HeldMemory,
} from './process-memory';
import { claimListRows, scrollFloor, tableBoxOf } from './scroll-floor';
import { median, withProject } from './store';
import { scrollTheTable } from './table-scroll';

const root = resolve(import.meta.dirname, '..', '..');
/** The build measured: dist/. */
const dist = resolve(root, 'dist');
/**
 * Another build of the app (FACTDESK_BENCH_BUILD=DIR, e.g. the previous main built into a folder of its
 * own), measured first on the same project in the same run, so the two are compared under the same load.
 */
const compared = process.env.FACTDESK_BENCH_BUILD ? resolve(root, process.env.FACTDESK_BENCH_BUILD) : null;

const round = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

/** Starts the web workbench on `dir` (node directly, so killing it leaves nothing behind). */
export async function startServer(build: string, dir: string, userData: string) {
  const child = spawn(
    process.execPath,
    [join(build, 'web', 'factdesk-web.mjs'), '--project', dir, '--port', '0', '--user-data', userData],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout }).once('line', (line) => done(line.trim()));
    child.once('exit', (code) => fail(new Error(`the web workbench exited (${code}): ${stderr}`)));
  });
  return { url, child };
}

type Change = 'shown' | 'status' | 'counts' | 'selection' | 'nothing';

/** Arms the probe, presses `key`, and returns the ms from the keydown to the painted result. */
async function timedKey(page: Page, kind: Change, key: string) {
  return (await timedKeyBoth(page, kind, null, key))[0];
}

/** Like timedKey, timing a second change from the same keydown too (null when `also` is null). */
async function timedKeyBoth(page: Page, kind: Change, also: Change | null, key: string) {
  await page.evaluate(`window.__bench.arm(${JSON.stringify(kind)}, ${JSON.stringify(also)})`);
  await page.keyboard.press(key);
  const ms = (await page.evaluate('window.__bench.pending')) as number | null;
  if (ms === null) throw new Error(`pressing ${key} never painted a ${kind} change`);
  const frames = (await page.evaluate('window.__bench.pendingFrames')) as number;
  const alsoMs = (await page.evaluate('window.__bench.alsoPending')) as number | null;
  if (also !== null && alsoMs === null) throw new Error(`pressing ${key} never painted a ${also} change`);
  return [ms, alsoMs, frames] as const;
}

/** The page's used JS heap, from Chrome's own metrics (CDP Performance.getMetrics). */
async function heapMiB(cdp: CDPSession) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** The page's used JS heap after a full garbage collection: what is live. */
async function liveHeapMiB(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  return heapMiB(cdp);
}

/**
 * What the filter searches in each claim: text, sentence and document title, lowercased (as
 * `haystackText` in renderer/table/search-index.ts, which needs a DOM).
 */
const haystackOf = (row: ClaimListRow) =>
  `${row.text}\n${row.sentence ?? row.text}\n${row.documentTitle}`.toLowerCase();

/**
 * Measures one page load and session; `sampleMemory` is called wherever the page's heap is sampled (the
 * processes' memory at the same moments).
 */
async function measureOne(page: Page, dir: string, url: string, sampleMemory: () => void) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heaps: number[] = [];
  await page.goto(url);
  const firstRows = (await page.evaluate('window.__bench.firstRowsPainted')) as number;
  const loadTasks = (await page.evaluate('window.__bench.longTasksSince(0)')) as { longestMs: number };
  await page.evaluate('window.__bench.settled()');
  // The filter's word index is built in idle time after the claims arrive; until then keystrokes are
  // filtered by a deferred scan. The figures below are for a checker who starts typing once it is ready.
  await page.locator('.table-pane[data-word-index="ready"]').waitFor({ timeout: 600_000 });
  const indexReady = (await page.evaluate('performance.now()')) as number;
  // The claims list: its pages (claims:page), all of them in by now (the word index is built once
  // the list is whole; the pages after the first are asked for once the first rows are painted).
  const listParts = (await page.evaluate(
    `performance.getEntriesByType('resource')
       .filter((e) => e.name.includes('claims:page'))
       .map((e) => ({ end: e.responseEnd, bytes: e.encodedBodySize }))`,
  )) as { end: number; bytes: number }[];
  const list =
    listParts.length === 0
      ? undefined
      : {
          end: Math.max(...listParts.map((part) => part.end)),
          firstEnd: Math.min(...listParts.map((part) => part.end)),
          bytes: listParts.reduce((sum, part) => sum + part.bytes, 0),
          requests: listParts.length,
        };
  heaps.push(await heapMiB(cdp));
  sampleMemory();

  // The floor for every "key → repaint" figure: a key the app ignores, to the next painted frame.
  const floors: number[] = [];
  for (let i = 0; i < 7; i++) floors.push(await timedKey(page, 'nothing', 'Shift'));

  // Filter: whole words typed a character at a time; a keystroke that changes the count is timed to
  // its repaint, one that does not is typed and left to settle. Then the filter is cleared.
  // Up to six words, each with two keystrokes that narrow the list (in generated projects every claim's
  // haystack holds its article's sentence and title, so no word narrows more often), so the median is
  // of a dozen keystrokes or so, not of a handful.
  const rows = await claimListRows(dir);
  const texts = rows.map(haystackOf);
  const words = filterWords(texts, commonWords(texts.slice(0, 300), 40), 6, 2);
  const filter = page.getByLabel('Filter claims');
  const keystrokes: number[] = [];
  const clears: number[] = [];
  for (const { word, counts } of words) {
    await filter.focus();
    const timed = new Set(narrowingKeystrokes(texts.length, counts));
    for (const [i, char] of [...word].entries()) {
      if (timed.has(i)) keystrokes.push(await timedKey(page, 'shown', char));
      else {
        await page.keyboard.press(char);
        await page.evaluate('window.__bench.settled()');
      }
    }
    await page.keyboard.press('ControlOrMeta+a');
    clears.push(await timedKey(page, 'shown', 'Backspace'));
    await page.evaluate('window.__bench.settled()');
  }
  heaps.push(await heapMiB(cdp));
  sampleMemory();

  // Mark: select a row, then v (toggles verified) and j (next row), waiting for the server between.
  await page.locator('tr.claim-row').nth(2).click();
  const marks: number[] = [];
  const markFrames: number[] = [];
  const markCounts: number[] = [];
  const moves: number[] = [];
  const since = (await page.evaluate('performance.now()')) as number;
  for (let i = 0; i < 12; i++) {
    const answered = page.waitForResponse((r) => r.url().includes('claim:setStatus'));
    const [row, counts, frames] = await timedKeyBoth(page, 'status', 'counts', 'v');
    marks.push(row);
    markFrames.push(frames);
    markCounts.push(counts!);
    await answered;
    moves.push(await timedKey(page, 'selection', 'j'));
  }
  const markTasks = (await page.evaluate(`window.__bench.longTasksSince(${since})`)) as {
    longestMs: number;
  };
  const roundTrips = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((e) => e.name.includes('claim:setStatus'))
       .map((e) => e.duration)`,
  )) as number[];
  await page.evaluate('window.__bench.settled()');
  heaps.push(await heapMiB(cdp));
  sampleMemory();

  // Scroll: the wheel over the table through thousands of rows, then PageDown, End and Home.
  const tableBox = await tableBoxOf(page);
  const scrollStart = (await page.evaluate('performance.now()')) as number;
  await page.evaluate('window.__bench.startFrames()');
  const wheeled = await scrollTheTable(page, () => page.evaluate('window.__bench.nextFrames()'));
  const scrollFrames = (await page.evaluate('window.__bench.stopFrames()')) as {
    longestMs: number;
    count: number;
  };
  const scrollTasks = (await page.evaluate(`window.__bench.longTasksSince(${scrollStart})`)) as {
    longestMs: number;
    count: number;
  };
  heaps.push(await heapMiB(cdp));
  sampleMemory();

  const figures = {
    firstRowsPaintedMs: round(firstRows),
    // First rows to the word index ready (measured after the page settled, so at most this).
    wordIndexReadyAfterFirstRowsMs: round(indexReady - firstRows),
    keyToFrameFloorMedianMs: round(median(floors)),
    claimsListFirstResponseEndMs: round(list?.firstEnd),
    claimsListResponseEndMs: round(list?.end),
    claimsListMB: round((list?.bytes ?? 0) / 1e6, 2),
    claimsListRequests: list?.requests ?? 0,
    loadLongestTaskMs: round(loadTasks.longestMs),
    filterWords: words.map((w) => w.word),
    filterKeystrokes: keystrokes.length,
    filterKeystrokeFirstMs: round(keystrokes[0]),
    filterKeystrokeMedianMs: round(median(keystrokes)),
    filterKeystrokeMaxMs: round(Math.max(...keystrokes)),
    filterClearMedianMs: round(median(clears)),
    markRepaintMedianMs: round(median(marks)),
    markRepaintMaxMs: round(Math.max(...marks)),
    // In which frame after the key the marked row showed its new status (1: the very next one).
    markRepaintFramesMedian: median(markFrames),
    markRepaintFramesMax: Math.max(...markFrames),
    // The row and the details show a mark first; the counts follow when the store has taken it in.
    markCountsRepaintMedianMs: round(median(markCounts)),
    markCountsRepaintMaxMs: round(Math.max(...markCounts)),
    markServerRoundTripMedianMs: round(median(roundTrips)),
    markPhaseLongestTaskMs: round(markTasks.longestMs),
    nextRowRepaintMedianMs: round(median(moves)),
    scrollRowsByWheel: Math.round(wheeled / 32),
    scrollLongestTaskMs: round(scrollTasks.longestMs),
    scrollLongTasks: scrollTasks.count,
    scrollLongestFrameMs: round(scrollFrames.longestMs),
    jsHeapPeakMiB: round(Math.max(...heaps)),
    // The heap once the word index is ready, after the filter, the marks and the scroll (the peak is the
    // largest of these), and what of it was live at the end (after a full collection: the samples also
    // hold garbage not yet collected).
    jsHeapByPhaseMiB: heaps.map((heap) => round(heap)),
    jsHeapLiveAtEndMiB: round(await liveHeapMiB(cdp)),
  };
  // The same scroll over the same claims in a page that does the least a table can (scroll-floor.ts).
  const floor = await scrollFloor(page, url, rows, tableBox);
  return {
    ...figures,
    scrollFloorRowsByWheel: floor.rowsByWheel,
    scrollFloorLongestTaskMs: round(floor.longestTaskMs),
    scrollFloorLongTasks: floor.longTasks,
    scrollFloorLongestFrameMs: round(floor.longestFrameMs),
  };
}

/**
 * Measures the project in `dir` with dist/, and first (or second, see below) with the build
 * FACTDESK_BENCH_BUILD names when it is set (then the figures are `{ compared: {build, ...}, current: {...} }`). Null when there is no
 * Chromium (test-support/chromium.ts looks for one).
 */
export async function measureBrowserAt(dir: string): Promise<Record<string, unknown> | null> {
  if (!installedChromium) return null;
  if (compared === null) return measureBuildAt(dist, dir);
  // FACTDESK_BENCH_CURRENT_FIRST=1 swaps the order, to tell a real difference from the second run's
  // (a warmer disk cache, or a machine whose load changed meanwhile).
  if (process.env.FACTDESK_BENCH_CURRENT_FIRST === '1') {
    const current = await measureBuildAt(dist, dir);
    const before = await measureBuildAt(compared, dir);
    return { order: 'current first', compared: { build: compared, ...before }, current };
  }
  const before = await measureBuildAt(compared, dir);
  const current = await measureBuildAt(dist, dir);
  return { order: 'compared first', compared: { build: compared, ...before }, current };
}

/**
 * Serves the project in `dir` from `build`, measures it in a fresh Chromium, and stops both (the server
 * is awaited to exit).
 */
async function measureBuildAt(build: string, dir: string): Promise<Record<string, unknown>> {
  if (!existsSync(join(build, 'web', 'factdesk-web.mjs'))) {
    throw new Error(`The web workbench is not built in ${build}; run \`npm run build\` first.`);
  }
  const firstRestWait = restWaitsMs.length;
  const userData = await mkdtemp(join(tmpdir(), 'factdesk-bench-user-'));
  // The checker's name given beforehand: the first-use question would hold the keyboard.
  await seedChecker(userData);
  const server = await startServer(build, dir, userData);
  const exited = new Promise((done) => server.child.once('exit', done));
  try {
    const firstPaintFloor = await coldFirstPaintMs(server.url);
    // First rows vary by a few hundred ms from one cold load to the next on a shared machine: the
    // figure is the median of five cold loads (four here, and the session's own below).
    const coldLoads = await coldFirstRowsMs(server.url, 4);
    // The memory a checker's browser holds, without the copy of each response DevTools keeps for the
    // Playwright session below (memory-without-devtools.ts).
    const withoutDevTools = await memoryWithoutDevTools(server.url, server.child.pid);
    const { browser, page } = await chromiumAtRest();
    try {
      await page.addInitScript({ path: join(root, 'scripts', 'bench', 'page-probes.js') });
      // The renderer's and the services' memory at each of the page's heap samples: proportional (a
      // page shared with other processes, as Chromium's code is, counts a share) and private. VmHWM
      // (the peaks below) counts every shared page whole in each process.
      const held: { renderer: HeldMemory; server: HeldMemory }[] = [];
      const sampleMemory = () => {
        const renderer = largestRendererNow(process.pid, 'chromium');
        const services = heldMemoryMiB(server.child.pid);
        if (renderer && services) held.push({ renderer, server: services });
      };
      const figures = await measureOne(page, dir, server.url, sampleMemory);
      const most = (of: (sample: { renderer: HeldMemory; server: HeldMemory }) => number) =>
        held.length === 0 ? null : round(Math.max(...held.map(of)));
      // Playwright starts Chromium as a child of this process (Debian's wrapper runs lib/chromium/chromium).
      const chromiumMemory = treeMemoryMiB(process.pid, 'chromium', '--type=renderer');
      const serverPeak = peakRssMiB(server.child.pid);
      const firstRowsRuns = [figures.firstRowsPaintedMs, ...coldLoads].filter((ms) => ms !== null);
      return {
        ...figures,
        firstRowsPaintedMedianMs: round(median(firstRowsRuns)),
        firstRowsPaintedRunsMs: firstRowsRuns,
        firstPaintFloorMedianMs: firstPaintFloor,
        rendererPeakRssMiB: chromiumMemory?.largestPeak ?? null,
        chromiumAllProcessesPeakRssMiB: chromiumMemory?.peakSum ?? null,
        serverPeakRssMiB: round(serverPeak),
        // What the desktop app would hold: its services (here the server) and one renderer.
        appPeakRssMiB:
          chromiumMemory && serverPeak !== null ? Math.round(chromiumMemory.largestPeak + serverPeak) : null,
        // The largest of the samples (taken at the heap's samples, so at most the peaks).
        rendererPssMaxMiB: most((sample) => sample.renderer.pss),
        rendererPrivateMaxMiB: most((sample) => sample.renderer.private),
        serverPssMaxMiB: most((sample) => sample.server.pss),
        appPssMaxMiB: most((sample) => sample.renderer.pss + sample.server.pss),
        withoutDevTools,
        // How long each Chromium of this run took to finish its own start before its page was opened.
        chromiumRestWaitsMs: restWaitsMs.slice(firstRestWait),
      };
    } finally {
      await browser.close();
    }
  } finally {
    server.child.kill('SIGTERM');
    await exited;
    await rm(userData, { recursive: true, force: true });
  }
}

/** Runs the browser bench at each size on a project built for it. */
export async function measureBrowser(sizes = [100_000]): Promise<(Record<string, unknown> | null)[]> {
  const results: (Record<string, unknown> | null)[] = [];
  for (const size of sizes) results.push(await withProject(size, (dir) => measureBrowserAt(dir)));
  return results;
}
