import { claimRows, details, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

// The claims list comes in pages (claims:page). The seed project has a few dozen claims, so the page
// size the renderer asks for is cut to 4 on the way to the real server: the list then takes several
// pages, and what is shown from a later page must behave as any other row.
const PAGE = 4;

test('a list of several pages: later rows show, and a mark on one shows in its row, the details and the counts', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1440, height: 2400 });
  const claims = await workbench.readAllClaims();
  const total = claims.length;
  expect(total).toBeGreaterThan(3 * PAGE);
  const asked: number[] = [];
  let release = () => {};
  const laterPages = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke/claims:page', async (route) => {
    const args = route.request().postDataJSON() as { offset: number; limit: number };
    asked.push(args.offset);
    // The pages after the first wait until the test has looked at the first alone.
    if (args.offset > 0) await laterPages;
    await route.continue({ postData: JSON.stringify({ ...args, limit: PAGE }) });
  });

  await page.goto(workbench.url);
  await expect(claimRows(page)).toHaveCount(PAGE);
  // While the other pages are on their way, the header and "All documents" give the project's counts,
  // and the table says how much of the list is in: nothing reads the first page's count as the project's.
  const header = page.locator('.wb-header');
  await expect(header.getByText(`0 of ${total}`, { exact: true })).toBeVisible();
  const allDocuments = page.getByRole('navigation', { name: 'Documents' }).locator('.doc-item').first();
  await expect(allDocuments.locator('.doc-count')).toHaveText(`0/${total} claims checked`);
  const shown = page.locator('.filter-shown');
  await expect(shown).toHaveText(`${PAGE} of ${total} claims · loading…`);

  release();
  await expect(claimRows(page)).toHaveCount(total);
  await expect(shown).toHaveText(`${total} claims`);
  await expect(allDocuments.locator('.doc-count')).toHaveText(`0/${total} claims checked`);
  expect(asked).toEqual(Array.from({ length: Math.ceil(total / PAGE) }, (_, i) => i * PAGE));

  // The last claim came with the last page: its row, its full record in the details, a mark on it.
  const last = claims.at(-1)!;
  const row = rowOf(page, last.id);
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(details(page).getByText(last.text, { exact: true }).first()).toBeVisible();
  await page.keyboard.press('v');
  await expect(row).toHaveAttribute('data-status', 'verified');
  await expect(details(page).getByRole('button', { name: 'Verified', pressed: true })).toBeVisible();
  await expect(header.getByText(`1 of ${total}`, { exact: true })).toBeVisible();
  await expect(header.locator('.count-chip.status-verified')).toHaveText(/^✓\s*1\s*Verified$/);
  await expect
    .poll(async () => (await workbench.readAllClaims()).find((claim) => claim.id === last.id)?.status)
    .toBe('verified');
});
