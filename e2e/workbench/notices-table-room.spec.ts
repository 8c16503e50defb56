import type { Locator, Page } from '@playwright/test';
import { citationAddedNotice, claimRows, claimsTable, openWorkbench, rowAt } from '../support/pages';
import { expect, test } from '../support/workbench';

/**
 * What is drawn over a row at its left end and at its middle, each at its top, centre and foot: null
 * for each point where it is the row itself (or inside it), else what covers it ('nothing' when the
 * point is outside the window). A notice reaching halfway down the row covers its top points.
 */
function coverOf(row: Locator): Promise<(string | null)[]> {
  return row.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const points = [box.x + 6, box.x + box.width / 2].flatMap((x) =>
      [box.top + 3, box.y + box.height / 2, box.bottom - 3].map((y) => [x, y] as const),
    );
    return points.map(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === element || element.contains(hit))) return null;
      return hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing';
    });
  });
}

const CLEAR = [null, null, null, null, null, null];

async function expectClear(row: Locator): Promise<void> {
  await expect(row).toBeVisible();
  expect(await coverOf(row)).toEqual(CLEAR);
}

/** The scroller is scrolled as far down as it goes. */
function atFoot(element: HTMLElement): boolean {
  return Math.ceil(element.scrollTop + element.clientHeight) >= element.scrollHeight;
}

/** Cites the selected claim by keyboard; resolves with the "Citation added." notice, showing. */
async function citeSelected(page: Page): Promise<Locator> {
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Add citation' });
  await expect(dialog.getByLabel('URL')).toBeFocused();
  await page.keyboard.type('https://ex.org/report');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Report');
  await page.keyboard.press('Enter');
  return citationAddedNotice(page);
}

// A checker works down the list at its foot while a confirmation shows at the bottom left: the row
// they are on and the last rows are never under it, by keyboard or by the mouse wheel.
for (const [width, height] of [
  [1024, 700],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} a notice never hides the selected row or the last rows of the table`, async ({
    page,
    workbench,
  }) => {
    await page.setViewportSize({ width, height });
    await openWorkbench(page, workbench.url);
    const total = (await workbench.readAllClaims()).length;
    const last = rowAt(page, total - 1);
    const scroller = page.locator('.table-scroll');
    // The list is longer than the window shows, or there would be nothing to scroll.
    expect(await scroller.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);

    // j to the end with the notice up (held there by the pointer resting on it, as slow machines take
    // a while): each selected row, and the last, stays clear of it.
    await claimRows(page).first().click();
    let notice = await citeSelected(page);
    await notice.hover();
    for (let i = 1; i < total; i++) await page.keyboard.press('j');
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expectClear(last);
    await page.keyboard.press('k');
    await expectClear(rowAt(page, total - 2));
    await page.keyboard.press('j');
    await expectClear(last);

    // End (the table has the focus) scrolls to the foot: the last row above the notice.
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    await expect(claimsTable(page)).toBeFocused();
    await page.keyboard.press('End');
    await expect.poll(() => coverOf(last)).toEqual(CLEAR);
    await expect(notice).toBeVisible();

    // The notice going moves nothing: the rows stay where they are under the pointer.
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    const scrolled = await scroller.evaluate((element) => element.scrollTop);
    await expect(notice).toHaveCount(0, { timeout: 15_000 });
    expect(await scroller.evaluate((element) => element.scrollTop)).toBe(scrolled);

    // A notice coming up over the selected row at the very foot of the list moves it clear.
    await page.mouse.wheel(0, -5000);
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => scroller.evaluate(atFoot)).toBe(true);
    notice = await citeSelected(page);
    await expectClear(last);

    // The mouse wheel to the foot of the list: the last row shows above the notice, and a click at
    // the left end of the row before it picks that row.
    await page.mouse.wheel(0, -5000);
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
    await page.mouse.wheel(0, 5000);
    await expect.poll(() => scroller.evaluate(atFoot)).toBe(true);
    await expectClear(last);
    const before = rowAt(page, total - 2);
    await expectClear(before);
    const rowBox = (await before.boundingBox())!;
    await page.mouse.click(rowBox.x + 6, rowBox.y + rowBox.height / 2);
    await expect(before).toHaveAttribute('aria-selected', 'true');
    // All of it while the notice showed.
    await expect(notice).toBeVisible();
  });
}
