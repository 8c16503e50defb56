// What the time to the first rows is made of: the web workbench's page opened on a project of N claims
// (already open on the server, as in the browser bench) under a Chrome performance trace (CDP Tracing),
// until the first claim row is painted. Prints, in ms from the navigation: when each request of the page
// started and ended (the bundle, `project:current`, the first `claims:page`…), the first row painted,
// and the page's main-thread time before it split into parts (script compile and run, style, layout,
// paint, GC), with the tasks over 20 ms. `npx tsx scripts/bench/first-rows-trace.ts N [BUILD…]`
// (after `npm run build`) traces dist/, or each build folder named, in turn on the same project, RUNS
// times each (FACTDESK_TRACE_RUNS, default 3), alternating builds. `--project DIR` uses that project
// instead of generating one.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { median, withProject } from './store';
import { mainThread, outermostByPart, withServedBuild, type TraceEvent } from './trace-tools';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The page's JavaScript by function, self time (a CPU profile of the page from the navigation). */
function hotFunctions(profile: CpuProfile, top = 15) {
  const names = new Map(
    profile.nodes.map((node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      return [node.id, `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`];
    }),
  );
  const selfMs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = names.get(id) ?? '?';
    selfMs.set(name, (selfMs.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...selfMs]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${Math.round(ms)} ms ${name}`);
}

const root = resolve(import.meta.dirname, '..', '..');

/** Trace event names → the part of the page's start they are. */
const PARTS: Record<string, string> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  'v8.evaluateModule': 'script',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  'v8.callFunction': 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  'v8.run': 'script',
  RunMicrotasks: 'script',
  ParseHTML: 'html',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  BlinkGC: 'gc',
};

/** Main-thread time between `from` and `to` (trace µs) by part, outermost events only, and tasks over 20 ms. */
function partsBetween(events: TraceEvent[], pageUrl: string, from: number, to: number) {
  const thread = mainThread(events, pageUrl);
  const mine = events.filter(
    (e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts < to,
  );
  const wallMs = outermostByPart(mine, PARTS, (e) => e.dur!);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const busyMs = Math.round(tasks.reduce((sum, t) => sum + t.dur!, 0) / 1000);
  const longTasks = tasks
    .filter((t) => t.dur! > 20_000)
    .map((t) => {
      const inside = mine.filter((e) => PARTS[e.name] && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
      const parts: Record<string, number> = {};
      let innerEnd = 0;
      for (const e of inside.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
        if (e.ts < innerEnd) continue;
        innerEnd = e.ts + e.dur!;
        parts[PARTS[e.name]!] = Math.round((parts[PARTS[e.name]!] ?? 0) + e.dur! / 1000);
      }
      return { atMs: Math.round((t.ts - from) / 1000), ms: Math.round(t.dur! / 1000), parts };
    });
  return { busyMs, wallMs, longTasks };
}

const args = process.argv.slice(2);
const projectAt = args.includes('--project') ? resolve(args[args.indexOf('--project') + 1]!) : null;
const positional = args.filter((arg, i) => arg !== '--project' && args[i - 1] !== '--project');
const size = Number(positional[0] ?? 100_000);
const builds = positional.slice(1).map((build) => resolve(build));
const runs = Number(process.env.FACTDESK_TRACE_RUNS ?? 3);

/** Serves the project in `dir` from `build`, opens the page under a trace, and sums its start. */
async function traceFirstRows(build: string, dir: string) {
  return withServedBuild(build, dir, async (browser, url) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // A page of the server's origin first: the app's page then runs in a renderer that was there when
    // tracing started (a renderer started later is traced, but its JavaScript is not sampled).
    await page.goto(new URL('/not-the-app', url).href);
    await page.addInitScript({ path: join(root, 'scripts', 'bench', 'page-probes.js') });
    const cdp = await browser.newBrowserCDPSession();
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.gc,blink.user_timing,toplevel',
      transferMode: 'ReportEvents',
    });
    const pageCdp = await page.context().newCDPSession(page);
    await pageCdp.send('Profiler.enable');
    await pageCdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await pageCdp.send('Profiler.start');
    const load = loadavg()[0];
    await page.goto(url);
    const firstRows = (await page.evaluate('window.__bench.firstRowsPainted')) as number;
    const requests = (await page.evaluate(
      `performance.getEntriesByType('resource').map((e) => ({
         name: e.name.replace(/^.*\\/(api\\/invoke\\/)?/, ''), start: e.startTime, end: e.responseEnd,
         kB: e.encodedBodySize / 1000 }))`,
    )) as { name: string; start: number; end: number; kB: number }[];
    const { profile } = (await pageCdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await complete;
    // The trace's clock at the navigation (the page's time origin) and at the first row.
    const mark = events.find((e) => e.name === 'first-rows-painted');
    const origin = mark
      ? mark.ts - firstRows * 1000
      : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
    const parts = partsBetween(events, url, origin, origin + firstRows * 1000);
    // FACTDESK_TRACE_EVENTS=FILE keeps the page's main-thread events up to the first row and its CPU profile.
    if (process.env.FACTDESK_TRACE_EVENTS) {
      const thread = mainThread(events, url);
      const until = origin + firstRows * 1000;
      const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ts >= origin && e.ts <= until);
      await writeFile(process.env.FACTDESK_TRACE_EVENTS, JSON.stringify({ origin, events: mine, profile }));
    }
    return {
      build,
      loadAverage: load,
      firstRowsMs: Math.round(firstRows),
      requests: requests.map((r) => ({
        ...r,
        start: Math.round(r.start),
        end: Math.round(r.end),
        kB: Math.round(r.kB),
      })),
      ...parts,
      hotFunctions: hotFunctions(profile),
    };
  });
}

async function traceAll(dir: string) {
  const all = builds.length > 0 ? builds : [join(root, 'dist')];
  const firstRows = new Map<string, number[]>(all.map((build) => [build, []]));
  for (let run = 0; run < runs; run++) {
    // Alternating the order each run, so neither build always has the warmer machine.
    for (const build of run % 2 === 0 ? all : [...all].reverse()) {
      const traced = await traceFirstRows(build, dir);
      firstRows.get(build)!.push(traced.firstRowsMs);
      process.stdout.write(`${JSON.stringify({ claims: size, run, ...traced })}\n`);
    }
  }
  for (const [build, values] of firstRows)
    process.stdout.write(`${JSON.stringify({ build, firstRowsMs: values, median: median(values) })}\n`);
}

if (projectAt) await traceAll(projectAt);
else await withProject(size, traceAll);
