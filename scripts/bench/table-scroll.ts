// The bench's scroll, one definition for every page that is scrolled (the workbench, its floor page,
// and the trace in scroll-trace.ts): the wheel over `.table-scroll` in 120 steps of 2,000 px, then
// PageDown 30 times, End and Home on `table.claims-table`, waiting for `afterEach` after every step.
import type { Page } from 'playwright-core';

/** Scrolls the page's table as the bench does; returns how far the wheel moved it, in px. */
export async function scrollTheTable(page: Page, afterEach: () => Promise<unknown>): Promise<number> {
  const box = await page.locator('.table-scroll').boundingBox();
  if (!box) throw new Error('the claims table is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 120; i++) {
    await page.mouse.wheel(0, 2000);
    await afterEach();
  }
  const wheeled = (await page.evaluate(`document.querySelector('.table-scroll').scrollTop`)) as number;
  await page.locator('table.claims-table').focus();
  for (const key of [...Array<string>(30).fill('PageDown'), 'End', 'Home']) {
    await page.keyboard.press(key);
    await afterEach();
  }
  return wheeled;
}
