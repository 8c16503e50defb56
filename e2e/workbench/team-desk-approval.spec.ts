import { details, openWorkbench, rowOf } from '../support/pages';
import { deskTest as test, claimsOf, factdeskAsync, shareThroughDialog, syncNow } from '../support/desk';
import { expect } from '../support/workbench';

/*
 * The editor's sign-off on a shared desk: Ana verifies two claims on her copy (the real CLI), Eve
 * approves both in the web workbench on her clone, withdraws one approval by hand, and the other is
 * taken back when Ana changes that claim's note after seeing it; Eve's browser shows each step, and
 * both folders agree.
 */

interface CliClaim {
  id: string;
  quote: string;
  status: string;
  note: string;
  approval?: { by: string };
}

test('an editor withdraws an approval, and a claim changed on another copy after approval loses it', async ({
  page,
  desk,
}) => {
  test.setTimeout(240_000);
  const { url, a, b } = desk.twoCopies('Belarus desk');
  const secret = await desk.tokenFile();
  const [one, two] = (await claimsOf<CliClaim>(a)).map((claim) => claim.id) as [string, string];
  await factdeskAsync(['mark', a, one, 'verified', '--by', 'Ana']);
  await factdeskAsync(['mark', a, two, 'verified', '--by', 'Ana']);
  await factdeskAsync(['sync', a, '--remote', url, '--token-file', secret, '--by', 'Ana']);
  await factdeskAsync(['clone', url, b, '--token-file', secret]);

  await openWorkbench(page, await desk.workbenchOn(b, 'Eve'));
  await shareThroughDialog(page, null, desk.token);

  // Eve approves claim 1, and takes the approval back by hand.
  await rowOf(page, one).click();
  await details(page).getByRole('button', { name: 'Approve verdict' }).click();
  await expect(details(page).getByText(/Approved by\s*Eve/)).toBeVisible();
  await expect(rowOf(page, one).locator('.cue-approved')).toHaveText('✔Approved by Eve');
  await details(page).getByRole('button', { name: 'Withdraw approval' }).click();
  await expect(details(page).getByText(/Approved by/)).toHaveCount(0);
  await expect(rowOf(page, one).locator('.cue-approved')).toHaveCount(0);
  await expect(details(page).getByRole('button', { name: 'Approve verdict' })).toBeEnabled();

  // She approves claim 2, and the desk sees it.
  await rowOf(page, two).click();
  await details(page).getByRole('button', { name: 'Approve verdict' }).click();
  await expect(rowOf(page, two).locator('.cue-approved')).toHaveText('✔Approved by Eve');
  await syncNow(page);
  await factdeskAsync(['sync', a, '--token-file', secret, '--by', 'Ana']);
  const seenByAna = await claimsOf<CliClaim>(a);
  expect(seenByAna.find((claim) => claim.id === one)!.approval).toBeUndefined();
  expect(seenByAna.find((claim) => claim.id === two)!.approval).toMatchObject({ by: 'Eve' });

  // Ana, having seen the approval, adds a note to claim 2: the approval no longer holds.
  await factdeskAsync([
    'mark',
    a,
    two,
    'verified',
    '--note',
    'Ana: the figure is the ministry’s own.',
    '--by',
    'Ana',
  ]);
  await factdeskAsync(['sync', a, '--token-file', secret, '--by', 'Ana']);
  await syncNow(page);
  await rowOf(page, two).click();
  await expect(details(page).getByLabel('Note')).toHaveValue('Ana: the figure is the ministry’s own.');
  await expect(rowOf(page, two).locator('.cue-approved')).toHaveCount(0);
  await expect(details(page).getByText(/Approved by/)).toHaveCount(0);
  await expect(details(page).getByRole('button', { name: 'Approve verdict' })).toBeEnabled();

  for (const dir of [a, b]) {
    const claims = await claimsOf<CliClaim>(dir);
    for (const id of [one, two]) expect(claims.find((claim) => claim.id === id)!.approval).toBeUndefined();
    expect(claims.find((claim) => claim.id === two)!.status).toBe('verified');
  }
});
