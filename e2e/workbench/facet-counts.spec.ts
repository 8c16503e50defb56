import type { Page } from '@playwright/test';
import { claimRows, details, filterClaims } from '../support/pages';
import { expect, test } from '../support/workbench';

/** The count a status button shows, from its label ("Verified 3"). */
async function countOf(page: Page, label: string): Promise<number> {
  const text = await page
    .locator('.facet-option')
    .filter({ hasText: new RegExp(`^${label} `) })
    .innerText();
  return Number(text.replace(/^\D+/, '').replace(/,/g, ''));
}

// Under a text filter, each status button counts the claims that filter keeps: the number on
// "Disputed" is what choosing Disputed shows, not the whole project's count.
test('the status buttons count what the text filter keeps', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const allBefore = await countOf(page, 'All');
  await filterClaims(page, 'soldiers');
  const shown = page.locator('.filter-shown');
  await expect(shown).toHaveText(new RegExp(`^\\d+ of ${allBefore} claims$`));
  const kept = Number(/^(\d+)/.exec(await shown.innerText())![1]);
  expect(kept).toBeGreaterThan(1);
  expect(kept).toBeLessThan(allBefore);
  await expect.poll(() => countOf(page, 'All')).toBe(kept);
  expect(await countOf(page, 'Unchecked')).toBe(kept);

  // A verdict on one of them moves one count to another, under the same filter.
  await claimRows(page).first().click();
  await details(page).getByRole('button', { name: 'Disputed', exact: true }).click();
  await expect.poll(() => countOf(page, 'Disputed')).toBe(1);
  expect(await countOf(page, 'Unchecked')).toBe(kept - 1);

  // Choosing a status keeps the counts of the text filter; clearing the text gives the project's.
  await page.getByRole('radio', { name: /^Disputed/ }).check();
  await expect(shown).toHaveText(`1 of ${allBefore} claims`);
  expect(await countOf(page, 'Unchecked')).toBe(kept - 1);
  await filterClaims(page, '');
  await expect.poll(() => countOf(page, 'Unchecked')).toBe(allBefore - 1);
  expect(await countOf(page, 'All')).toBe(allBefore);

  // The kinds and Needs evidence count under the text filter too; every kind stays a choice.
  await page.getByRole('radio', { name: /^All/ }).check();
  const kind = page.getByLabel('Kind', { exact: true });
  const kindsBefore = await kind.locator('option').allInnerTexts();
  await filterClaims(page, 'zzzqqq');
  await expect.poll(() => countOf(page, 'All')).toBe(0);
  const kindsNow = await kind.locator('option').allInnerTexts();
  expect(kindsNow).toHaveLength(kindsBefore.length);
  expect(kindsNow.slice(1).every((label) => label.endsWith('(0)'))).toBe(true);
  await expect(page.locator('.tool-toggle').filter({ hasText: 'Needs evidence' })).toContainText(
    /Needs evidence\s*0/,
  );
  // Choosing a kind: each kind counts under the text filter, not under the kind chosen.
  await filterClaims(page, 'soldiers');
  await expect.poll(() => countOf(page, 'All')).toBe(kept);
  const quantity = kindsNow.slice(1).find((label) => label.startsWith('Quantity'))!;
  expect(quantity).toBeDefined();
  await kind.selectOption({
    label: (await kind.locator('option').allInnerTexts()).find((l) => l.startsWith('Quantity'))!,
  });
  const options = await kind.locator('option').allInnerTexts();
  const counted = options
    .slice(1)
    .reduce((sum, label) => sum + Number(/\(([\d,]+)\)$/.exec(label)![1]!.replace(/,/g, '')), 0);
  expect(counted).toBe(kept);
});
