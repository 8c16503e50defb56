import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimsTable, details, openWorkbench, rowAt } from '../support/pages';
import { expect, factdesk, SEED_SAMPLE, startWorkbench, stopWorkbench, test } from '../support/workbench';

// A project opens on its first claim, details shown, so the checker can mark or cite it at once; j
// goes on to the second. Rows changing later never move the selection, and one remembered from the
// last visit comes back instead.
test('a project opens with its first claim selected; later changes and a reload keep the choice', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  const first = (await rowAt(page, 0).getAttribute('data-claim-id'))!;
  await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'true');
  await expect(claimsTable(page)).toBeFocused();
  await expect(page.getByText('No claim selected')).toHaveCount(0);
  const heading = details(page).getByRole('heading', { level: 2 });
  const text = (await rowAt(page, 0).locator('.claim-text').textContent())!;
  await expect.poll(async () => text.includes((await heading.textContent()) ?? '-')).toBe(true);

  // Sorted otherwise, another claim comes first: the selection stays on the one the checker had.
  await claimsTable(page).getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(rowAt(page, 0)).not.toHaveAttribute('data-claim-id', first);
  await expect(claimsTable(page).locator(`tr[data-claim-id="${first}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await claimsTable(page).focus();
  await page.keyboard.press('j');
  const selected = claimsTable(page).locator('tr.claim-row[aria-selected="true"]');
  await expect(selected).not.toHaveAttribute('data-claim-id', first);
  const next = (await selected.getAttribute('data-claim-id'))!;

  // Reopened, the claim selected last time is selected again, not the first.
  await page.reload();
  await expect(claimsTable(page).locator(`tr[data-claim-id="${next}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(claimsTable(page).locator('tr.claim-row[aria-selected="true"]')).toHaveCount(1);
});

// The first claim is selected behind a dialog that asks first (who is checking), without taking its focus.
test('the first claim is selected behind the first-use question, which keeps the focus', async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Desk.factdesk');
  factdesk('new', projectDir, '--title', 'Desk');
  factdesk('import', projectDir, SEED_SAMPLE);
  const server = await startWorkbench(['--project', projectDir], join(root, 'user-data'), { askName: true });
  try {
    await page.goto(server.url);
    const ask = page.getByRole('dialog', { name: 'Who is checking?' });
    const name = ask.getByLabel('Checker name');
    await expect(name).toBeFocused();
    await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'true');
    await expect(name).toBeFocused();
    await page.keyboard.type('Ana Checker');
    await page.keyboard.press('Enter');
    await expect(ask).toHaveCount(0);
    await expect(claimsTable(page)).toBeFocused();
    await page.keyboard.press('v');
    await expect(details(page).getByText('Ana Checker marked it verified')).toBeVisible();
    await expect(rowAt(page, 0)).toHaveAttribute('aria-selected', 'true');
  } finally {
    await stopWorkbench(server.child);
    await rm(root, { recursive: true, force: true });
  }
});
