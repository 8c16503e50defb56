import type { Page } from '@playwright/test';
import { claimsTable, details, rowAt, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

const idAt = async (page: Page, index: number): Promise<string> =>
  (await rowAt(page, index).getAttribute('data-claim-id'))!;

// Sorted by status, a mark moves the claim to its new status's place; the checker's place in the list
// stays: the table does not jump after it, and j goes on to the claim that was next.
test('marking down a list sorted by status keeps the checker’s place', async ({ page, workbench }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(workbench.url);
  const table = claimsTable(page);
  await expect(rowAt(page, 0)).toBeVisible();
  await table.getByRole('columnheader', { name: 'Status' }).getByRole('button').click();
  await expect(table.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');

  const ids = await Promise.all([0, 1, 2, 3].map((i) => idAt(page, i)));
  const [first, third, fourth] = [ids[0]!, ids[2]!, ids[3]!];
  await rowAt(page, 1).click();
  await page.keyboard.press('u');
  await expect(details(page).getByRole('button', { name: 'Unsourced', pressed: true })).toBeVisible();
  // Unsourced sorts after every unchecked claim: the claim left its line, which the next one took.
  await expect(rowAt(page, 1)).toHaveAttribute('data-claim-id', third);
  await expect(rowOf(page, third)).toBeInViewport();

  await page.keyboard.press('j');
  await expect(rowOf(page, third)).toHaveAttribute('aria-selected', 'true');
  await expect(rowOf(page, third)).toBeInViewport();
  await page.keyboard.press('v');
  await expect(details(page).getByRole('button', { name: 'Verified', pressed: true })).toBeVisible();
  await page.keyboard.press('j');
  await expect(rowOf(page, fourth)).toHaveAttribute('aria-selected', 'true');
  // Back up: the claim before it now is the first (the two marked went down the list).
  await page.keyboard.press('k');
  await expect(rowOf(page, first)).toHaveAttribute('aria-selected', 'true');
  await expect(rowOf(page, first)).toBeInViewport();

  // Choosing another sort shows the selected claim where it now is.
  await table.getByRole('columnheader', { name: 'Status' }).getByRole('button').click();
  await expect(table.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(rowOf(page, first)).toBeInViewport();
  await expect(rowOf(page, first)).toHaveAttribute('aria-selected', 'true');
});
