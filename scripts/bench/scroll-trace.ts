// What the long tasks while scrolling are made of: the bench's scroll (the wheel through thousands of
// rows, then PageDown, End, Home) over a project of N claims in the web workbench, under a Chrome
// performance trace (CDP Tracing). Prints, for each task over 50 ms on the page's main thread, its
// length and the time in its parts (script, style, layout, paint, garbage collection), and the same
// summed over all tasks. `npx tsx scripts/bench/scroll-trace.ts 100000 [BUILD…]` (after `npm run build`)
// traces dist/, or each build folder named, in turn on the same project (to compare two versions);
// `floor` among them traces the floor page (scroll-floor.ts) on the same claims.
// FACTDESK_TRACE_EVENTS=FILE keeps the last trace's main-thread events.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { claimListRows, openFloor, tableBoxOf } from './scroll-floor';
import { withProject } from './store';
import { scrollTheTable } from './table-scroll';
import { mainThread, outermostByPart, withServedBuild, type TraceEvent } from './trace-tools';

const root = resolve(import.meta.dirname, '..', '..');
/** Trace event names → the part of a task they are. */
const PARTS: Record<string, string> = {
  FunctionCall: 'script',
  'v8.callFunction': 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  'v8.run': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY': 'gc',
  BlinkGC: 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  ParseHTML: 'parse',
  HitTest: 'input',
};

async function scroll(page: Page) {
  await scrollTheTable(page, () =>
    page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))'),
  );
}

function summarize(events: TraceEvent[], pageUrl: string) {
  const thread = mainThread(events, pageUrl);
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined);
  const tasks = mine.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const long = tasks.filter((t) => t.dur! > 50_000);
  const partsOf = (task: TraceEvent) => {
    const parts: Record<string, number> = {};
    // Outermost events of each part only (a Layout inside a FunctionCall counts as layout, not script twice).
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    for (const e of inside) {
      const part = PARTS[e.name];
      if (!part) continue;
      const nested = inside.some(
        (o) => o !== e && PARTS[o.name] && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!,
      );
      if (part !== 'script' && part !== 'gc' && nested) continue;
      if (part === 'script' && nested) continue;
      parts[part] = Math.round(((parts[part] ?? 0) + e.dur! / 1000) * 10) / 10;
    }
    return parts;
  };
  // CPU time of each part over the whole scroll, outermost events only: comparable between builds on a
  // busy machine, where wall-clock task lengths mostly measure the other processes.
  const cpuMs = outermostByPart(mine, PARTS, (e) => e.tdur ?? e.dur!);
  return {
    cpuMs,
    cpuTaskMs: Math.round(tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur!), 0) / 1000),
    tasks: tasks.length,
    longTasks: long.map((t) => ({ ms: Math.round(t.dur! / 100) / 10, parts: partsOf(t) })),
    longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.dur!)) / 100) / 10,
  };
}

const size = Number(process.argv[2] ?? 100_000);
/** `floor` names the floor page (scroll-floor.ts), opened from dist/'s workbench. */
const builds = process.argv.slice(3).map((build) => (build === 'floor' ? build : resolve(build)));

/**
 * Serves the project in `dir` from `build`, traces the scroll, and prints what its long tasks were.
 * For `floor`, the floor page takes the workbench's place (its table's size) and is traced instead.
 */
async function traceBuild(build: string, dir: string) {
  const floor = build === 'floor';
  await withServedBuild(floor ? join(root, 'dist') : build, dir, async (browser, url) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.locator('.table-pane[data-word-index="ready"]').waitFor({ timeout: 600_000 });
    if (floor) await openFloor(page, url, await claimListRows(dir), await tableBoxOf(page));
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.gc,toplevel',
      transferMode: 'ReportEvents',
    });
    await scroll(page);
    await cdp.send('Tracing.end');
    await complete;
    const summary = summarize(events, url);
    // FACTDESK_TRACE_EVENTS=FILE keeps the page's main-thread events, to read a long task's parts.
    if (process.env.FACTDESK_TRACE_EVENTS) {
      const thread = mainThread(events, url);
      await writeFile(
        process.env.FACTDESK_TRACE_EVENTS,
        JSON.stringify(events.filter((e) => `${e.pid}:${e.tid}` === thread)),
      );
    }
    const sums: Record<string, number> = {};
    for (const task of summary.longTasks)
      for (const [part, ms] of Object.entries(task.parts)) sums[part] = Math.round((sums[part] ?? 0) + ms);
    process.stdout.write(
      `${JSON.stringify({ build, claims: size, loadAverage: loadavg()[0], ...summary, longTaskPartsMs: sums }, null, 1)}\n`,
    );
  });
}

await withProject(size, async (dir) => {
  for (const build of builds.length > 0 ? builds : [join(root, 'dist')]) await traceBuild(build, dir);
});
