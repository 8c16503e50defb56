// The floor for "no task over 50 ms while scrolling": the same claims scrolled the same way
// (table-scroll.ts) in a page that does the least a virtualized table can do. A scroller of the
// workbench table's size and place, rows of 32 px, and on each scroll event the rows in view (and 3
// either side, as the workbench draws) given their claims' text with `textContent`: no framework, no
// cues, no selection. The page holds every claim of the list as the workbench does, so V8 has a heap
// of the same order to mark. Run in the same Chromium right after the workbench, it shows what this
// machine's Chromium costs on its own (software raster and V8's collector sharing the cores with the
// page), which is what the workbench's figure is read beside.
import type { Page } from 'playwright-core';
import { OpenProject } from '../../core/project/open-project';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { scrollTheTable } from './table-scroll';

/** Where the workbench's table is on screen, so the floor's scroller stands in the same place. */
export interface TableBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The floor page: static markup, its script below, no styles or scripts of the app. */
function floorPage(box: TableBox): string {
  return `<!doctype html><meta charset="utf-8"><title>Scroll floor</title>
<style>
  html, body { margin: 0; height: 100%; font: 13px system-ui, sans-serif; }
  .table-scroll { position: absolute; left: ${box.x}px; top: ${box.y}px; width: ${box.width}px;
    height: ${box.height}px; overflow: auto; contain: strict; }
  .table-space { position: relative; overflow: hidden; }
  table { position: absolute; top: 0; left: 0; width: 100%; table-layout: fixed; border-collapse: collapse; }
  td { box-sizing: border-box; height: 32px; padding: 0 10px; overflow: hidden; white-space: nowrap;
    text-overflow: ellipsis; border-bottom: 1px solid #ddd; }
</style>
<div class="table-scroll"><div class="table-space"><table class="claims-table" tabindex="0">
<colgroup><col style="width: 110px"><col style="width: 60px"><col><col style="width: 90px"><col style="width: 160px"></colgroup>
<tbody></tbody></table></div></div>
<script>${floorScript}</script>`;
}

/** The page's script (plain JavaScript, as the page runs it). */
const floorScript = `
(async () => {
  const ROW = 32, OVERSCAN = 3;
  const rows = await (await fetch('scroll-floor-rows.json')).json();
  const scroller = document.querySelector('.table-scroll');
  const table = document.querySelector('table');
  const body = table.tBodies[0];
  document.querySelector('.table-space').style.height = rows.length * ROW + 'px';
  const drawn = Math.ceil(scroller.clientHeight / ROW) + 2 * OVERSCAN + 1;
  const cells = [];
  for (let i = 0; i < drawn; i++) {
    const tr = body.insertRow();
    tr.className = 'claim-row';
    cells.push([0, 1, 2, 3, 4].map(() => tr.insertCell()));
  }
  const draw = () => {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW) - OVERSCAN);
    table.style.transform = 'translateY(' + first * ROW + 'px)';
    for (let i = 0; i < drawn; i++) {
      const row = rows[first + i];
      const [status, score, text, kind, documentTitle] = cells[i];
      status.textContent = row ? row.status : '';
      score.textContent = row ? String(Math.round(row.score * 100)) : '';
      text.textContent = row ? row.text : '';
      kind.textContent = row ? row.kind : '';
      documentTitle.textContent = row ? row.documentTitle : '';
    }
  };
  scroller.addEventListener('scroll', draw, { passive: true });
  // The keys the bench presses, as the workbench's table takes them: a page down, the end, the top.
  table.addEventListener('keydown', (event) => {
    const to = { PageDown: scroller.scrollTop + scroller.clientHeight, End: scroller.scrollHeight, Home: 0 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    scroller.scrollTop = to;
  });
  draw();
  window.__floorRows = rows.length;
})();`;

/** The claims list as `claims:page` sends it (slim rows), read from the project on disk. */
export async function claimListRows(dir: string): Promise<readonly ClaimListRow[]> {
  const project = await OpenProject.open(dir, { tool: 'bench', readOnly: true });
  const { rows } = await project.claimsPage(0, Number.POSITIVE_INFINITY);
  await project.close();
  return rows;
}

/** Where the workbench in `page` has its table (read before the floor page replaces it). */
export async function tableBoxOf(page: Page): Promise<TableBox> {
  const box = await page.locator('.table-scroll').boundingBox();
  if (!box) throw new Error('the claims table is not on screen');
  return box;
}

/** Opens the floor page in `page` (leaving the workbench at `origin`) with `rows`, drawn and settled. */
export async function openFloor(page: Page, origin: string, rows: readonly ClaimListRow[], box: TableBox) {
  const url = new URL('scroll-floor.html', origin).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: floorPage(box) }));
  await page.route(new URL('scroll-floor-rows.json', origin).href, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(rows) }),
  );
  await page.goto(url);
  await page.waitForFunction(`window.__floorRows === ${rows.length}`, undefined, { timeout: 120_000 });
  await page.unrouteAll();
}

/**
 * Opens the floor page (openFloor), scrolls it as the bench scrolls the workbench, and returns how
 * many rows the wheel moved it, its longest task, how many tasks passed 50 ms, and its longest frame.
 * `page` runs page-probes.js.
 */
export async function scrollFloor(page: Page, origin: string, rows: readonly ClaimListRow[], box: TableBox) {
  await openFloor(page, origin, rows, box);
  await page.evaluate('window.__bench.settled()');
  const start = (await page.evaluate('performance.now()')) as number;
  await page.evaluate('window.__bench.startFrames()');
  const wheeled = await scrollTheTable(page, () => page.evaluate('window.__bench.nextFrames()'));
  const endTop = (await page.evaluate(`document.querySelector('.table-scroll').scrollTop`)) as number;
  const frames = (await page.evaluate('window.__bench.stopFrames()')) as { longestMs: number };
  const tasks = (await page.evaluate(`window.__bench.longTasksSince(${start})`)) as {
    longestMs: number;
    count: number;
  };
  // Home ends the scroll at the top: a floor page whose keys did not scroll it would not be at 0 either
  // way, so the wheel's distance is what shows the floor was scrolled as the workbench was.
  if (endTop !== 0) throw new Error(`the floor page did not scroll back Home (${endTop} px)`);
  return {
    rowsByWheel: Math.round(wheeled / 32),
    longestTaskMs: tasks.longestMs,
    longTasks: tasks.count,
    longestFrameMs: frames.longestMs,
  };
}
