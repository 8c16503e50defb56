import { readFileSync } from 'node:fs';
import { claimRows, claimsTable, filterClaims, openWorkbench, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

const threshold = (JSON.parse(readFileSync('resources/ranker.json', 'utf8')) as { threshold: number })
  .threshold;

test('claims worth checking carry a named cue with their probability; the Score column sorts by it', async ({
  page,
  workbench,
}) => {
  // Wide enough for the Score column beside the details of the claim the project opens on (narrower,
  // it gives way to the Claim column: column-room.ts).
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWorkbench(page, workbench.url);
  const claims = (await workbench.readAllClaims()) as unknown as {
    id: string;
    quote: string;
    score: number;
  }[];
  const worth = claims.filter((c) => c.score >= threshold);
  const not = claims.filter((c) => c.score < threshold);
  // The seed article has both (docs/claim-finding.md: most of its figures are worth checking).
  expect(worth.length).toBeGreaterThan(0);
  expect(not.length).toBeGreaterThan(0);

  const high = worth.find((c) => c.quote === 'Some 13,000 soldiers')!;
  await filterClaims(page, '13,000');
  const cue = rowOf(page, high.id).locator('.cue-worth');
  await expect(cue).toHaveText('◎Worth checking');
  await expect(cue.locator('[aria-hidden="true"]')).toHaveText('◎');
  await expect(cue.getByText('Worth checking')).toHaveClass('visually-hidden');
  await expect(cue).toHaveAttribute(
    'title',
    `Worth checking: a ${Math.round(high.score * 100)} % chance that a fact-checker would check this sentence (the cue shows from ${Math.round(threshold * 100)} %)`,
  );

  const low = not[0]!;
  await filterClaims(page, low.quote.slice(0, 30));
  await expect(rowOf(page, low.id)).toBeVisible();
  await expect(rowOf(page, low.id).locator('.cue-worth')).toHaveCount(0);
  await filterClaims(page, '');

  // Sorted by Score, highest first: the rows with the cue come before those without.
  const header = claimsTable(page).getByRole('columnheader', { name: 'Score' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const top = Math.max(...claims.map((c) => c.score));
  await expect(claimRows(page).first().locator('.score')).toHaveText(String(Math.round(top * 100)));
  await expect(claimRows(page).first().locator('.cue-worth')).toHaveCount(1);
});
