import { claimRows, filterClaims } from '../support/pages';
import { expect, test } from '../support/workbench';

// "Filter claims" matches words where they begin, and a quoted phrase as its words in order.
test('the filter finds words from their start and quoted phrases in order', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const shown = page.locator('.filter-shown');
  const count = async () => Number(/^(\d+)/.exec(await shown.innerText())?.[1] ?? NaN);

  await filterClaims(page, 'soldiers');
  await expect(shown).toHaveText(/^\d+ of \d+ claims$/);
  const soldiers = await count();
  expect(soldiers).toBeGreaterThan(0);
  await filterClaims(page, 'sold');
  await expect.poll(count).toBeGreaterThanOrEqual(soldiers);
  // Inside a word is not a match: "oldiers" is no word's start.
  await filterClaims(page, 'oldiers');
  await expect(shown).toHaveText(/^0 of \d+ claims$/);

  await filterClaims(page, '"13,000 soldiers"');
  await expect.poll(count).toBeGreaterThan(0);
  await expect(claimRows(page).first()).toContainText('13,000');
  await filterClaims(page, '"soldiers 13,000"');
  await expect(shown).toHaveText(/^0 of \d+ claims$/);
});
