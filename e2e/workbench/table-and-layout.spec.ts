import { claimRows, claimsTable, details, filterClaims } from '../support/pages';
import { expect, test } from '../support/workbench';

test('columns, grouping, kind and needs-evidence facets; layout and selection remembered per project', async ({
  page,
  workbench,
}) => {
  // Wide enough for every column beside a selected claim's details (narrower windows let some give way
  // to the Claim column).
  await page.setViewportSize({ width: 1680, height: 900 });
  await page.goto(workbench.url);
  const all = await workbench.readAllClaims();
  const table = claimsTable(page);
  await expect(claimRows(page).first()).toBeVisible();
  for (const name of ['Claim', 'Kind', 'Status', 'Score', 'Citations', 'Assignee', 'Last change']) {
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
  }
  // One draft: its title would repeat on every row, so the Document column is left out.
  await expect(table.getByRole('columnheader', { name: 'Document' })).toHaveCount(0);

  // Sort by last change: a mark moves the claim first (descending).
  const last = claimRows(page).last();
  const lastText = await last.locator('.claim-text').textContent();
  await last.click();
  await page.keyboard.press('u');
  await table.getByRole('columnheader', { name: 'Last change' }).getByRole('button').click();
  await expect(table.getByRole('columnheader', { name: 'Last change' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(claimRows(page).first().locator('.claim-text')).toHaveText(lastText!);
  await table.getByRole('columnheader', { name: 'Last change' }).getByRole('button').click();
  await table.getByRole('columnheader', { name: 'Last change' }).getByRole('button').click();

  // Columns menu: hide Score, move Status left of Kind.
  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('group', { name: 'Columns' });
  // Opening puts focus on the first box that can change (Claim is locked); Escape closes from there.
  await expect(menu.getByRole('checkbox', { name: 'Kind' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();
  await page.getByRole('button', { name: 'Columns' }).click();
  await menu.getByRole('checkbox', { name: 'Score' }).uncheck();
  await menu.getByRole('button', { name: 'Move Status left' }).click();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Score' })).toHaveCount(0);
  const headers = async () =>
    (await table.locator('thead th').allTextContents()).map((t) => t.replace(/[▲▼↕]/g, '').trim());
  expect((await headers()).slice(0, 3)).toEqual(['Claim', 'Status', 'Kind']);

  // Kind facet.
  await page.getByLabel('Kind', { exact: true }).selectOption('date');
  const dates = all.filter((c) => c.kind === 'date').length;
  await expect(claimRows(page)).toHaveCount(dates);
  await expect(claimRows(page).locator('.cell-kind')).toHaveText(Array(dates).fill('Date'));
  await page.getByLabel('Kind', { exact: true }).selectOption('all');

  // Needs evidence: a verified claim without a supporting source is flagged and filtered.
  await filterClaims(page, '13,000');
  await claimRows(page).first().click();
  await page.keyboard.press('v');
  await expect(claimRows(page).first()).toContainText('Needs evidence');
  await expect(details(page).getByText(/Needs evidence: verified without a supporting source/)).toBeVisible();
  await filterClaims(page, '');
  await page.getByRole('checkbox', { name: /Needs evidence/ }).check();
  await expect(claimRows(page)).toHaveCount(1);
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Add citation' });
  await dialog.getByLabel('URL').fill('https://www.nato.int/');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('No claims match the filter.')).toBeVisible();
  await page.getByRole('checkbox', { name: /Needs evidence/ }).uncheck();

  // Group by status: group header rows, in status order, with counts.
  await page.getByLabel('Group by').selectOption('status');
  await page.locator('.table-scroll').evaluate((scroller) => scroller.scrollTo({ top: 0 }));
  const groups = table.locator('tr.group-row th');
  await expect(groups.first()).toContainText('Unchecked');
  await expect(groups.first()).toHaveText(/^Unchecked\s*20$/);
  await page
    .locator('.table-scroll')
    .evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  await expect(groups.filter({ hasText: 'Verified' })).toHaveText(/^Verified\s*1$/);
  await expect(groups.filter({ hasText: 'Unsourced' })).toHaveText(/^Unsourced\s*1$/);
  const verifiedTop = (await groups.filter({ hasText: 'Verified' }).boundingBox())!.y;
  expect((await groups.filter({ hasText: 'Unsourced' }).boundingBox())!.y).toBeGreaterThan(verifiedTop);

  // Splitters: keyboard-resizable, with aria-valuenow.
  const docsSplitter = page.getByRole('separator', { name: 'Resize documents' });
  const width = Number(await docsSplitter.getAttribute('aria-valuenow'));
  await docsSplitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(docsSplitter).toHaveAttribute('aria-valuenow', String(width + 32));
  const draftSplitter = page.getByRole('separator', { name: 'Resize draft' });
  const height = Number(await draftSplitter.getAttribute('aria-valuenow'));
  await draftSplitter.focus();
  await page.keyboard.press('ArrowUp');
  await expect(draftSplitter).toHaveAttribute('aria-valuenow', String(height - 24));
  const box = await page.getByRole('navigation', { name: 'Documents' }).boundingBox();
  expect(Math.round(box!.width)).toBe(width + 32);

  // Select a claim, reload: layout, columns, grouping and the selection come back.
  const chosen = await claimRows(page).nth(2).getAttribute('data-claim-id');
  await table.locator(`tr[data-claim-id="${chosen}"]`).click();
  await expect(table.locator(`tr[data-claim-id="${chosen}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await expect(claimRows(page).first()).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Resize documents' })).toHaveAttribute(
    'aria-valuenow',
    String(width + 32),
  );
  await expect(page.getByRole('separator', { name: 'Resize draft' })).toHaveAttribute(
    'aria-valuenow',
    String(height - 24),
  );
  await expect(table.getByRole('columnheader', { name: 'Score' })).toHaveCount(0);
  await expect(page.getByLabel('Group by')).toHaveValue('status');
  await expect(table.locator(`tr[data-claim-id="${chosen}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(details(page)).toBeVisible();

  // Reset columns.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Columns' }).getByRole('button', { name: 'Reset columns' }).click();
  await expect(table.getByRole('columnheader', { name: 'Score' })).toBeVisible();
});
