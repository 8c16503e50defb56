// The bench's cold loads: the floor (a one-line page) and the workbench's first rows, each in a
// Chromium just started and at rest (chromium-at-rest.ts), timed in the page from the navigation.
import { join, resolve } from 'node:path';
import { chromiumAtRest } from './chromium-at-rest';
import { median } from './store';

const root = resolve(import.meta.dirname, '..', '..');
const round = (value: number) => Number(value.toFixed(1));

/**
 * The floor of first rows on this machine now: a page of one line of text (the server's "Not found"),
 * from the same server, painted in a Chromium just started and at rest (chromium-at-rest.ts), as
 * the bench's page is. The median of three, each in a new Chromium.
 */
export async function coldFirstPaintMs(url: string): Promise<number> {
  const paints: number[] = [];
  for (let run = 0; run < 3; run++) {
    const { browser, page } = await chromiumAtRest();
    try {
      await page.goto(new URL('/not-the-app', url).href);
      const paint = (await page.evaluate(
        `new Promise((done) => new PerformanceObserver((list) => done(list.getEntries()[0].startTime))
           .observe({ type: 'paint', buffered: true }))`,
      )) as number;
      paints.push(paint);
    } finally {
      await browser.close();
    }
  }
  return round(median(paints));
}

/**
 * First rows painted in the workbench's page, `runs` times, each in a Chromium just started and at
 * rest (as the session's first load is), in ms from the navigation.
 */
export async function coldFirstRowsMs(url: string, runs: number): Promise<number[]> {
  const loads: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { browser, page } = await chromiumAtRest();
    try {
      await page.addInitScript({ path: join(root, 'scripts', 'bench', 'page-probes.js') });
      await page.goto(url);
      // Null when no row was painted in time: left out of the median, as in the session's figure.
      const painted = (await page.evaluate('window.__bench.firstRowsPainted')) as number | null;
      if (painted !== null) loads.push(round(painted));
    } finally {
      await browser.close();
    }
  }
  return loads;
}
