import { join } from 'node:path';
import { details, rowOf } from '../support/pages';
import {
  deskTest as test,
  claimsOf,
  factdeskAsync,
  shareThroughDialog,
  syncControl,
  syncNow,
} from '../support/desk';
import { SEED_SAMPLE, expect, factdesk } from '../support/workbench';

/*
 * Two web workbenches on two copies of one project, shared through a bare repository served by git
 * http-backend on 127.0.0.1 with basic auth: every step goes through the page (Share…, marks, a
 * note, Sync), and both copies end with both changes and claim 1 contested.
 */

interface CliClaim {
  id: string;
  status: string;
  note: string;
  contested: { status?: string; note?: string; by: string }[];
}

test('two checkers share a project through git from their browsers; both see both changes and the contest', async ({
  page,
  desk,
  browser,
}) => {
  test.setTimeout(240_000);
  const { url, a, b } = desk.twoCopies('Belarus desk');

  // A publishes from the Share… dialog.
  await page.goto(await desk.workbenchOn(a, 'Ana'));
  await expect(syncControl(page)).toHaveText('Share…');
  await shareThroughDialog(page, url, desk.token);
  await expect(syncControl(page)).toHaveText(/^Synced (just now|\d+ min ago)$/);

  // B clones it with the CLI and opens it in its own workbench, which has no token yet.
  await factdeskAsync(['clone', url, b, '--token-file', await desk.tokenFile()]);
  const pageB = await browser.newPage();
  await pageB.goto(await desk.workbenchOn(b, 'Ben'));
  await expect(syncControl(pageB)).toHaveAttribute('data-sync-state', 'needs-token');
  await shareThroughDialog(pageB, null, desk.token);

  const ids = await page
    .locator('[data-claim-id]')
    .evaluateAll((rows) => rows.slice(0, 2).map((element) => element.getAttribute('data-claim-id')!));
  const [one, two] = ids as [string, string];

  // Offline from each other: A verifies claim 1; B notes claim 2 and disputes claim 1.
  await rowOf(page, one).click();
  await details(page).getByRole('button', { name: 'Verified', exact: true }).click();
  await expect(rowOf(page, one)).toHaveAttribute('data-status', 'verified');
  await rowOf(pageB, two).click();
  const note = details(pageB).getByLabel('Note');
  await note.fill('Ben: the ministry confirms the figure.');
  await note.blur();
  await rowOf(pageB, one).click();
  await details(pageB).getByRole('button', { name: 'Disputed', exact: true }).click();
  await expect(rowOf(pageB, one)).toHaveAttribute('data-status', 'disputed');

  await syncNow(pageB);
  await syncNow(page);
  await syncNow(pageB);

  // Both browsers show claim 1 contested (neither verdict counts) and B's note on claim 2.
  for (const shown of [page, pageB]) {
    await expect(rowOf(shown, one)).toHaveAttribute('data-status', 'unchecked');
    // The Contested cue of the table (renderer/desk/status-cell.tsx) names both checkers' verdicts.
    await expect(rowOf(shown, one)).toContainText('Contested');
    await expect(rowOf(shown, one)).toContainText(/Ana/);
    await expect(rowOf(shown, one)).toContainText(/Ben/);
    await rowOf(shown, two).click();
    await expect(details(shown).getByLabel('Note')).toHaveValue('Ben: the ministry confirms the figure.');
  }
  for (const dir of [a, b]) {
    const claims = await claimsOf<CliClaim>(dir);
    const first = claims.find((claim) => claim.id === one)!;
    expect(first.status).toBe('unchecked');
    expect(first.contested.map((value) => [value.status, value.by]).sort()).toEqual([
      ['disputed', 'Ben'],
      ['verified', 'Ana'],
    ]);
    expect(claims.find((claim) => claim.id === two)!.note).toBe('Ben: the ministry confirms the figure.');
  }
  await pageB.close();
});

test('a wrong token, a wrong URL and an unreachable host each get their sentence, and nothing is lost', async ({
  page,
  desk,
}) => {
  test.setTimeout(180_000);
  const url = desk.server.createRepo('desk');
  const dir = join(desk.root, 'c.factdesk');
  factdesk('new', dir, '--title', 'Solo desk');
  factdesk('import', dir, SEED_SAMPLE);
  await page.goto(await desk.workbenchOn(dir, 'Ana'));
  const first = page.locator('[data-claim-id]').first();
  const id = (await first.getAttribute('data-claim-id'))!;
  await first.click();
  await details(page).getByRole('button', { name: 'Unsourced', exact: true }).click();
  await expect(first).toHaveAttribute('data-status', 'unsourced');

  await syncControl(page).click();
  const dialog = page.getByRole('dialog', { name: 'Share project' });
  const alert = dialog.getByRole('alert');
  const tries: [string, string, RegExp][] = [
    [
      url,
      'not-the-token',
      /^The git server at 127\.0\.0\.1:\d+ refused the sync: the token is missing or wrong \(give the right one in Share…\); your work is kept on this computer/,
    ],
    [
      desk.server.url('nowhere'),
      desk.token,
      /^There is no git repository at http:\/\/127\.0\.0\.1:\d+\/nowhere\.git/,
    ],
    [
      'http://127.0.0.1:9/desk.git',
      desk.token,
      /^Factdesk could not reach 127\.0\.0\.1:9 \(offline\?\); your work is kept/,
    ],
  ];
  for (const [remote, token, sentence] of tries) {
    await dialog.getByLabel('Repository URL').fill(remote);
    await dialog.getByLabel('Access token').fill(token);
    await dialog.getByRole('button', { name: 'Share and sync' }).click();
    await expect(alert).toHaveText(sentence, { timeout: 60_000 });
    // The dialog stays with what was typed; the work stays on this computer.
    await expect(dialog.getByLabel('Repository URL')).toHaveValue(remote);
  }
  await expect(first).toHaveAttribute('data-status', 'unsourced');
  expect((await claimsOf<CliClaim>(dir)).find((claim) => claim.id === id)!.status).toBe('unsourced');

  // The right address and token, typed in the same dialog, share it; the mark went out with it.
  await dialog.getByLabel('Repository URL').fill(url);
  await dialog.getByLabel('Access token').fill(desk.token);
  await dialog.getByRole('button', { name: 'Share and sync' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(syncControl(page)).toHaveAttribute('data-sync-state', 'synced');
  expect((await claimsOf<CliClaim>(dir)).find((claim) => claim.id === id)!.status).toBe('unsourced');
  const copy = join(desk.root, 'copy.factdesk');
  await factdeskAsync(['clone', url, copy, '--token-file', await desk.tokenFile()]);
  expect((await claimsOf<CliClaim>(copy)).find((claim) => claim.id === id)!.status).toBe('unsourced');
});
