import type { Page } from '@playwright/test';
import { details, openWorkbench, rowOf } from '../support/pages';
import {
  deskTest as test,
  claimsOf,
  factdeskAsync,
  shareThroughDialog,
  syncControl,
  syncNow,
} from '../support/desk';
import { expect } from '../support/workbench';

/*
 * A checker marks a claim while a sync runs: the git server holds Ana's sync at its fetch (after it
 * committed her work, before it takes in Ben's), she verifies a claim meanwhile, and the sync then
 * folds Ben's mark into the very draft she just marked. Her mark must survive on her copy, go out
 * with the next sync, and both copies must end with both marks.
 */

async function markIn(
  page: Page,
  claimId: string,
  status: 'Verified' | 'Disputed' | 'Unsourced',
): Promise<void> {
  await rowOf(page, claimId).click();
  // Waits for the server's answer, not only the optimistic row.
  const answered = page.waitForResponse((response) => response.url().includes('/claim:setStatus'));
  await details(page).getByRole('button', { name: status, exact: true }).click();
  expect((await answered).ok()).toBe(true);
}

interface CliClaim {
  id: string;
  status: string;
}

test('a mark made while a sync folds in the other copy’s work survives, and both copies end with both marks', async ({
  page,
  desk,
  browser,
}) => {
  test.setTimeout(240_000);
  const { url, a, b } = desk.twoCopies('Belarus desk');
  await openWorkbench(page, await desk.workbenchOn(a, 'Ana'));
  await shareThroughDialog(page, url, desk.token);
  await factdeskAsync(['clone', url, b, '--token-file', await desk.tokenFile()]);
  const pageB = await browser.newPage();
  await openWorkbench(pageB, await desk.workbenchOn(b, 'Ben'));
  await shareThroughDialog(pageB, null, desk.token);

  const [one, two, three] = (await page
    .locator('[data-claim-id]')
    .evaluateAll((rows) => rows.slice(0, 3).map((element) => element.getAttribute('data-claim-id')!))) as [
    string,
    string,
    string,
  ];

  // Ben disputes claim 2 and sends it.
  await markIn(pageB, two, 'Disputed');
  await syncNow(pageB);

  // Ana's sync commits her earlier mark (so her log is in the commit), then waits on the server's
  // fetch while she verifies claim 1 (in the same draft).
  await markIn(page, three, 'Unsourced');
  const fetch = desk.server.holdNextFetch();
  await page.getByRole('button', { name: /^Sync now/ }).click();
  await fetch.held;
  await expect(syncControl(page)).toHaveAttribute('data-sync-state', 'syncing');
  await markIn(page, one, 'Verified');
  fetch.release();
  await expect(syncControl(page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 60_000 });

  // Her mark survived the fold that brought Ben's in.
  await expect(rowOf(page, one)).toHaveAttribute('data-status', 'verified');
  await expect(rowOf(page, two)).toHaveAttribute('data-status', 'disputed');

  // The next syncs carry it to Ben; both browsers and both folders show both marks.
  await syncNow(page);
  await syncNow(pageB);
  for (const shown of [page, pageB]) {
    await expect(rowOf(shown, one)).toHaveAttribute('data-status', 'verified');
    await expect(rowOf(shown, two)).toHaveAttribute('data-status', 'disputed');
    await expect(rowOf(shown, three)).toHaveAttribute('data-status', 'unsourced');
  }
  for (const dir of [a, b]) {
    const claims = await claimsOf<CliClaim>(dir);
    expect(claims.find((claim) => claim.id === one)!.status).toBe('verified');
    expect(claims.find((claim) => claim.id === two)!.status).toBe('disputed');
    expect(claims.find((claim) => claim.id === three)!.status).toBe('unsourced');
  }
  await pageB.close();
});
