import { claimRows, openWorkbench, rowAt } from '../support/pages';
import { expect, test } from '../support/workbench';

/** The list positions (aria-rowindex) of the claim rows, in the order the table draws them. */
function drawnLines(): number[] {
  return [...document.querySelectorAll('table.claims-table tbody tr.claim-row')].map((row) =>
    Number(row.getAttribute('aria-rowindex')),
  );
}

// A wheel flick or End moves the table past every row in view: the rows scrolled in take over the
// elements of the rows scrolled out (only their text changes), so a scroll step builds no row anew
// and moves none. Each step then costs what the new text costs (docs/scale.md).
test('a scroll past the whole window builds and moves no row, and the rows stay in list order', async ({
  page,
  workbench,
}) => {
  // A short window: a few rows in view, so the seed project's claims are several windows long.
  await page.setViewportSize({ width: 1280, height: 520 });
  await openWorkbench(page, workbench.url);
  const total = (await workbench.readAllClaims()).length;
  const inView = await claimRows(page).count();
  expect(total).toBeGreaterThan(2 * inView);

  await page.evaluate(() => {
    const seen = { added: 0, removed: 0 };
    const isRow = (node: Node) => node instanceof HTMLTableRowElement && node.classList.contains('claim-row');
    new MutationObserver((records) => {
      for (const record of records) {
        // A row moved is removed and added again in one record batch: counted in both.
        seen.added += [...record.addedNodes].filter(isRow).length;
        seen.removed += [...record.removedNodes].filter(isRow).length;
      }
    }).observe(document.querySelector('table.claims-table tbody')!, { childList: true });
    (window as unknown as { rowChanges: typeof seen }).rowChanges = seen;
  });
  const changes = () =>
    page.evaluate(() => (window as unknown as { rowChanges: { added: number; removed: number } }).rowChanges);
  /** Rows built anew or moved since the last call: those added or removed beyond what the count changed by. */
  let count = inView;
  let last = { added: 0, removed: 0 };
  async function rebuilt(): Promise<number> {
    const now = await changes();
    const rows = await claimRows(page).count();
    const added = now.added - last.added;
    const removed = now.removed - last.removed;
    const grew = rows - count;
    [last, count] = [now, rows];
    return Math.min(added, removed) + Math.abs(added - removed - grew);
  }

  const scroller = page.locator('.table-scroll');
  await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(rowAt(page, total - 1)).toBeVisible();
  expect(await rebuilt()).toBe(0);
  let lines = await page.evaluate(drawnLines);
  expect(lines).toEqual(lines.map((_, i) => lines[0]! + i));

  await scroller.evaluate((element) => (element.scrollTop = 0));
  await expect(rowAt(page, 0)).toBeVisible();
  expect(await rebuilt()).toBe(0);
  lines = await page.evaluate(drawnLines);
  expect(lines).toEqual(lines.map((_, i) => 2 + i));

  // Four rows down: the rows scrolled out go to the foot with the new lines, the others stay put.
  await scroller.evaluate((element) => (element.scrollTop += 32 * 4));
  await expect.poll(() => page.evaluate(drawnLines)).not.toEqual(lines);
  expect(await rebuilt()).toBeLessThanOrEqual(4);
  lines = await page.evaluate(drawnLines);
  expect(lines).toEqual(lines.map((_, i) => lines[0]! + i));
});
