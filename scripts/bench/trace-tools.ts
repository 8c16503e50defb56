// What the trace scripts (first-rows-trace.ts, scroll-trace.ts) share: a build serving a project to
// a Chromium of its own, and reading a Chrome performance trace's main thread.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { seedChecker } from '../../e2e/support/seed-checker';
import { startServer } from './browser';
import { untilChromiumRests } from './chromium-at-rest';

/** One event of a Chrome trace (CDP Tracing, ReportEvents). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the work cost, whatever else ran on the machine. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/**
 * Serves the project in `dir` from `build` (the web workbench, a checker already chosen) and gives
 * `use` a Chromium and the page's address; stops both and removes the user data after.
 */
export async function withServedBuild<T>(
  build: string,
  dir: string,
  use: (browser: Browser, url: string) => Promise<T>,
): Promise<T> {
  const userData = await mkdtemp(join(tmpdir(), 'factdesk-trace-user-'));
  await seedChecker(userData);
  const server = await startServer(build, dir, userData);
  const exited = new Promise((done) => server.child.once('exit', done));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // As the bench's cold loads are: once Chromium's own start is over (chromium-at-rest.ts).
    await untilChromiumRests();
    return await use(browser, server.url);
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await exited;
    await rm(userData, { recursive: true, force: true });
  }
}

/**
 * The page renderer's main thread (`pid:tid`): the CrRendererMain that ran the most in the process
 * that holds `pageUrl`'s frame. Chromium's own pages (its omnibox popup is a WebUI renderer, busy
 * while tracing) can run more than the page, so the busiest renderer alone is not enough.
 */
export function mainThread(events: readonly TraceEvent[], pageUrl: string): string {
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && e.dur)
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  // The page's frames as the browser lists them when tracing starts or a frame commits, with the
  // renderer process of each; and, for a trace started before the page loaded, the HTML it parsed.
  const origin = new URL(pageUrl).origin;
  const pageProcesses = new Set<number>();
  for (const e of events) {
    const data = e.args?.data as
      { frames?: { url?: string; processId?: number }[]; url?: string; processId?: number } | undefined;
    for (const frame of [...(data?.frames ?? []), ...(data?.processId ? [data] : [])])
      if (frame.url?.startsWith(origin) && frame.processId) pageProcesses.add(frame.processId);
    if (e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(origin)) pageProcesses.add(e.pid);
  }
  const thread = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pageProcesses.has(e.pid))
    .map((e) => `${e.pid}:${e.tid}`)
    .sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0];
  if (!thread) throw new Error(`The trace holds no renderer of ${origin}.`);
  return thread;
}

/**
 * Time by part (`parts`: event name → part) of `events` of one thread, outermost events only (a
 * Layout inside a FunctionCall counts once, as script), in ms; `time` reads an event's µs (wall or CPU).
 */
export function outermostByPart(
  events: readonly TraceEvent[],
  parts: Readonly<Record<string, string>>,
  time: (event: TraceEvent) => number,
): Record<string, number> {
  const ms: Record<string, number> = {};
  const outer = events.filter((e) => parts[e.name]).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let end = 0;
  for (const e of outer) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    const part = parts[e.name]!;
    ms[part] = (ms[part] ?? 0) + time(e) / 1000;
  }
  for (const part of Object.keys(ms)) ms[part] = Math.round(ms[part]!);
  return ms;
}
