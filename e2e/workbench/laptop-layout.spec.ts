import type { Page } from '@playwright/test';
import { claimRows, claimsTable, details, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

/** Claim rows wholly inside the table's scroller. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.table-scroll')!.getBoundingClientRect();
    return [...document.querySelectorAll('tr.claim-row')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= scroller.top - 0.5 && box.bottom <= scroller.bottom + 0.5;
    }).length;
  });
}

/** Fails when anything of the page reaches past the window's right edge. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const beyond = await page.evaluate((edge) => {
    return [...document.querySelectorAll('.wb-header button, .details-pane button, .filter-bar button')]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => element.textContent);
  }, width);
  expect(beyond).toEqual([]);
}

for (const [width, height] of [
  [1024, 700],
  [1280, 800],
  [1440, 900],
] as const) {
  test(`fits a ${width}×${height} window: nothing off-screen, six rows, panes that give way`, async ({
    page,
    workbench,
  }) => {
    await page.setViewportSize({ width, height });
    await openWorkbench(page, workbench.url);
    await expectNoSidewaysScroll(page, width);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);
    // The title keeps its words; every header action is on screen.
    const title = page.getByRole('heading', { level: 1, name: 'Belarus desk' });
    expect((await title.boundingBox())!.width).toBeGreaterThan(80);
    for (const name of [
      'Import drafts',
      'Sources',
      'Export report',
      'Backups…',
      'Keyboard shortcuts',
      'Close project',
    ]) {
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    // The table never scrolls sideways: the Claim column takes the room the others leave.
    const scroller = page.locator('.table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const claimColumn = claimsTable(page).getByRole('columnheader', { name: 'Claim' });
    expect((await claimColumn.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    // With nothing selected, the details pane holds a hint and takes little room.
    const aside = page.getByRole('complementary', { name: 'Selected claim' });
    expect((await aside.boundingBox())!.width).toBeLessThanOrEqual(260);

    // A selected claim: its details fit, six rows still show.
    await claimRows(page).nth(1).click();
    await expect(details(page)).toBeVisible();
    for (const name of ['Verified', 'Disputed', 'Unsourced', 'Add citation']) {
      await expect(details(page).getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    await expectNoSidewaysScroll(page, width);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);

    // The draft made as tall as it goes still leaves six rows; made as short as it goes, its text stays
    // inside its pane, above the filter bar.
    const draftSplitter = page.getByRole('separator', { name: 'Resize draft' });
    await draftSplitter.focus();
    await page.keyboard.press('End');
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);
    await page.keyboard.press('Home');
    const pane = (await page.getByRole('region', { name: 'Draft' }).boundingBox())!;
    const filterBar = (await page.locator('.filter-bar').boundingBox())!;
    expect(pane.y + pane.height).toBeLessThanOrEqual(filterBar.y);
    const textOverflows = await page
      .getByRole('region', { name: 'Draft' })
      .evaluate((region) => getComputedStyle(region).overflow);
    expect(textOverflows).toBe('hidden');

    // The export dialog fits: its Download button is in the window without scrolling the page.
    await page.getByRole('button', { name: 'Export report', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeInViewport({ ratio: 1 });
  });
}
