// What the long tasks while scrolling are made of: the bench's scroll (the wheel through thousands of
// rows, then PageDown, End, Home) over a project of N claims in the web workbench, under a Chrome
// performance trace (CDP Tracing). Prints, for each task over 50 ms on the page's main thread, its
// length and the time in its parts (script, style, layout, paint, garbage collection), and the same
// summed over all tasks. `npx tsx scripts/bench/scroll-trace.ts 100000` (after `npm run build`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { seedChecker } from '../../e2e/support/seed-checker';
import { startServer } from './browser';
import { withProject } from './store';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

const root = resolve(import.meta.dirname, '..', '..');
/** Trace event names → the part of a task they are. */
const PARTS: Record<string, string> = {
  FunctionCall: 'script',
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
  const box = (await page.locator('.table-scroll').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 120; i++) {
    await page.mouse.wheel(0, 2000);
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  }
  await page.locator('table.claims-table').focus();
  for (const key of [...Array<string>(30).fill('PageDown'), 'End', 'Home']) {
    await page.keyboard.press(key);
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  }
}

/** The page renderer's main thread: the one named CrRendererMain that ran the most. */
function mainThread(events: TraceEvent[]) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && e.dur)
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const candidates = names.map((e) => `${e.pid}:${e.tid}`);
  return candidates.sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0]!;
}

function summarize(events: TraceEvent[]) {
  const thread = mainThread(events);
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
  return {
    tasks: tasks.length,
    longTasks: long.map((t) => ({ ms: Math.round(t.dur! / 100) / 10, parts: partsOf(t) })),
    longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.dur!)) / 100) / 10,
  };
}

const size = Number(process.argv[2] ?? 100_000);
await withProject(size, async (dir) => {
  const userData = await mkdtemp(join(tmpdir(), 'factdesk-trace-user-'));
  await seedChecker(userData);
  const server = await startServer(join(root, 'dist'), dir, userData);
  const exited = new Promise((done) => server.child.once('exit', done));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.locator('.table-pane[data-word-index="ready"]').waitFor({ timeout: 600_000 });
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
    process.stdout.write(`${JSON.stringify({ claims: size, ...summarize(events) }, null, 1)}\n`);
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await exited;
    await rm(userData, { recursive: true, force: true });
  }
});
