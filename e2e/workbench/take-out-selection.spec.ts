import { claimRows, details, rowAt } from '../support/pages';
import { expect, test } from '../support/workbench';

// Taking a claim out ("Not a claim") hands the selection to the claim that takes its place, so the
// checker goes on from there; undo brings the claim back and it is selected again.
test('after "Not a claim" the next claim is selected, and j goes on from it', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const ids = await claimRows(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-claim-id')),
  );
  await rowAt(page, 1).click();
  await expect(rowAt(page, 1)).toHaveAttribute('aria-selected', 'true');
  await details(page).getByRole('button', { name: 'Not a claim' }).click();
  await expect
    .poll(async () => (await workbench.readAllClaims()).some((claim) => claim.id === ids[1]))
    .toBe(false);
  // The claim that was third is now second, and selected: the details show it.
  await expect(rowAt(page, 1)).toHaveAttribute('data-claim-id', ids[2]!);
  await expect(rowAt(page, 1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('No claim selected')).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(rowAt(page, 2)).toHaveAttribute('aria-selected', 'true');
  await expect(rowAt(page, 2)).toHaveAttribute('data-claim-id', ids[3]!);
});
