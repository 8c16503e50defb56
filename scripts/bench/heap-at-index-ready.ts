// `npx tsx scripts/bench/heap-at-index-ready.ts [BUILD...]` (run on its own; BUILD defaults to dist, after
// `npm run build`): what the page's JS heap holds at the moment the filter's word index is ready, at
// 100,000 claims, for each build in turn on one generated project. Chromium runs with V8's gc() exposed,
// so the used heap is read as sampled, after a young-generation collection and after a full one: the
// differences are the young and the old garbage the browser bench's first sample can catch.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { seedChecker } from '../../e2e/support/seed-checker';
import { startServer } from './browser';
import { withProject } from './store';

async function usedHeapMiB(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const bytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return Number((bytes / 2 ** 20).toFixed(1));
}

async function measure(build: string, dir: string) {
  const userData = await mkdtemp(join(tmpdir(), 'factdesk-heap-'));
  // The checker's name given beforehand: the first-use question would hold the page.
  await seedChecker(userData);
  const server = await startServer(build, dir, userData);
  const exited = new Promise((done) => server.child.once('exit', done));
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, args: [...options.args, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url);
    await page.locator('.table-pane[data-word-index="ready"]').waitFor({ timeout: 600_000 });
    const sampled = await usedHeapMiB(cdp);
    await page.evaluate('gc({ type: "minor" })');
    const afterYoung = await usedHeapMiB(cdp);
    await page.evaluate('gc()');
    const afterFull = await usedHeapMiB(cdp);
    return { build, sampled, afterYoung, afterFull };
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await exited;
    await rm(userData, { recursive: true, force: true });
  }
}

const builds = process.argv.slice(2);
await withProject(100_000, async (dir) => {
  for (const build of builds.length > 0 ? builds : ['dist']) {
    console.log(JSON.stringify(await measure(resolve(build), dir)));
  }
});
