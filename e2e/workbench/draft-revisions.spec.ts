import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { changedFigure, deletedSentence, original } from '../../test-support/revisions/sample-variants';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { expect, factdesk, test } from '../support/workbench';

interface CliClaim {
  id: string;
  documentId: string;
  quote: string;
  needsRecheck: boolean;
  anchoring: string;
}

test('a revised draft is loaded in the browser: claims follow their text, changes are flagged and compared', async ({
  page,
  workbench,
}) => {
  test.slow(); // axe runs in light and dark on two screens
  const claims = JSON.parse(factdesk('claims', workbench.projectDir, '--json')) as CliClaim[];
  const troops = claims.find((claim) => claim.quote === 'Some 13,000 soldiers')!;
  const scenarios = claims.find((claim) => claim.quote === 'two worrying scenarios')!;

  await page.goto(workbench.url);
  const table = page.getByRole('table').first();
  await table.getByText('Some 13,000 soldiers').first().click();
  const details = page.getByRole('region', { name: 'Claim details' });
  await details.getByRole('button', { name: 'Verified', exact: true }).click();
  await expect(details.getByRole('button', { name: 'Verified', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load new version…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'belarus-v2.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(deletedSentence(changedFigure()), 'utf8'),
  });
  await expect(
    page.getByText(/Loaded belarus-v2\.txt as version 2: .*1 changed, 1 orphaned, 0 new\./).first(),
  ).toBeVisible();
  // Focus goes on to the table, where the claims to re-check are flagged (not lost to the page).
  await expect(page.getByRole('table', { name: 'Claims' })).toBeFocused();

  // The draft shows the new text; the table flags the changed and the orphaned claim.
  await expect(page.getByRole('group', { name: 'Draft text' })).toContainText('Some 30,000 soldiers');
  const recheck = page.getByRole('checkbox', { name: /Needs recheck/ });
  await recheck.check();
  await expect(table.getByRole('row')).toHaveCount(3); // the header and two claims
  await expect(table.getByText('Needs recheck')).toBeVisible();
  await expect(table.locator('.status-badge', { hasText: 'Orphaned' })).toBeVisible();
  await expect(table.locator('.status-badge', { hasText: 'Re-check' })).toBeVisible();
  // Each badge is whole in the Status column's first width (a longer label was cut to "re-ch…").
  for (const badge of await table.locator('.status-recheck').all())
    expect(
      await badge.evaluate((el) => {
        const cell = el.closest('td')!;
        const room = cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight);
        return el.getBoundingClientRect().right <= room + 0.5;
      }),
    ).toBe(true);

  await table.getByText('Some 30,000 soldiers').first().click();
  const flag = details.getByRole('note', { name: 'Revision' });
  await expect(flag).toContainText('Needs recheck — was Verified');
  await expect(flag).toContainText('Before version 2: “Some 13,000 soldiers”');

  await table.getByText('two worrying scenarios').first().click();
  await expect(details.getByRole('note', { name: 'Revision' })).toContainText(
    'Orphaned: text gone in version 2',
  );
  await expectNoSeriousAxeLightAndDark(page, 'flagged claim details', 'section.details');
  await page.screenshot({ path: 'test-results/draft-revisions-flags.png' });

  // The diff between the two versions, marked in words and signs as well as colour.
  await page.getByRole('button', { name: 'Compare versions…' }).click();
  const dialog = page.getByRole('dialog', { name: /Compare versions of/ });
  await expect(dialog.getByLabel('From')).toHaveValue('1');
  await expect(dialog.getByLabel('To')).toHaveValue('2');
  const differences = dialog.getByRole('region', { name: 'Differences' });
  await expect(differences.locator('del').first()).toHaveText('[removed: −13,000]');
  await expect(differences.locator('ins').first()).toHaveText('[added: +30,000]');
  await expect(differences.locator('del')).toHaveCount(2);
  await expect(differences.locator('del').nth(1)).toContainText('two worrying scenarios');
  // Counted as the draft's "Changed since" line counts them: the rewritten figure is one passage.
  await expect(dialog.locator('.diff-summary')).toHaveText(
    /^1 passage added or rewritten, 1 passage removed: removed text is struck through/,
  );
  await expect(page.getByRole('note', { name: 'Changed since the last version' })).toContainText(
    'Changed since version 1: 1 passage added or rewritten, 1 passage removed',
  );
  await expectNoSeriousAxeLightAndDark(page, 'version diff dialog', '.diff-dialog');
  await page.screenshot({ path: 'test-results/draft-revisions-diff.png' });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();

  // On disk: both versions kept (the earlier text in its own file), the flags written; marking the
  // claim again settles its recheck.
  const doc = (await workbench.readDocument(troops.documentId)) as unknown as {
    text: string;
    versions: { number: number; text?: string }[];
    claims: { id: string; needsRecheck?: boolean; anchoring?: string; quote: string }[];
  };
  expect(doc.versions).toEqual([expect.objectContaining({ number: 1, fileName: 'nato-belarus-2022.txt' })]);
  expect(doc.versions[0]).not.toHaveProperty('text');
  const versionsFile = JSON.parse(
    await readFile(join(workbench.projectDir, 'documents', `${troops.documentId}.versions.json`), 'utf8'),
  ) as { versions: { number: number; text: string }[] };
  expect(versionsFile.versions).toEqual([expect.objectContaining({ number: 1, text: original })]);
  expect(doc.claims.find((c) => c.id === troops.id)).toMatchObject({
    quote: 'Some 30,000 soldiers',
    needsRecheck: true,
    anchoring: 'changed',
  });
  expect(doc.claims.find((c) => c.id === scenarios.id)).toMatchObject({ anchoring: 'orphaned' });

  await recheck.uncheck();
  await page
    .getByRole('searchbox', { name: 'Filter claims' })
    .or(page.getByLabel('Filter claims'))
    .first()
    .fill('30,000');
  await table.getByText('Some 30,000 soldiers').first().click();
  await details.getByRole('button', { name: 'Disputed', exact: true }).click();
  await expect(details.getByRole('note', { name: 'Revision' })).toBeHidden();
  await expect
    .poll(async () => {
      const now = await workbench.readDocument(troops.documentId);
      return (now.claims.find((c) => c.id === troops.id) as { needsRecheck?: boolean }).needsRecheck;
    })
    .toBeUndefined();
});
