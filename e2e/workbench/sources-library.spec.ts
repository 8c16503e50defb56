import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoSeriousAxe } from '../support/axe';
import { details, filterClaims, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';
import type { Page } from '@playwright/test';

/**
 * Opens the workbench, selects the "Some 13,000 soldiers" claim and opens Add citation on it; names the
 * claim, the claim a source will be reused on ("another 3,500 paratroopers") and the dialog.
 */
async function citeTheSoldiersClaim(
  page: Page,
  workbench: { url: string; readAllClaims: () => Promise<{ id: string; quote: string; text: string }[]> },
) {
  await page.goto(workbench.url);
  const claims = await workbench.readAllClaims();
  const soldiers = claims.find((c) => c.quote === 'Some 13,000 soldiers')!;
  const target = claims.find((c) => c.quote === 'another 3,500 paratroopers')!.id;
  await filterClaims(page, '13,000');
  await rowOf(page, soldiers.id).click();
  await details(page).getByRole('button', { name: 'Add citation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add citation' });
  return { soldiers, target, dialog };
}

test('the sources library lists each source with its uses, goes to a claim, and reuses a source', async ({
  page,
  workbench,
}) => {
  const { soldiers, target, dialog } = await citeTheSoldiersClaim(page, workbench);
  await dialog.getByLabel('URL').fill('https://www.nato.int/cps/en/natohq/news.htm');
  await dialog.getByLabel('Title').fill('NATO press point');
  await dialog.getByLabel('Publisher').fill('NATO');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  // Another claim; open the library with s.
  await rowOf(page, target).click();
  await page.keyboard.press('s');
  const library = page.getByRole('dialog', { name: 'Sources library' });
  const source = library
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'NATO press point' }) });
  await expect(source).toContainText('NATO');
  await expect(source.getByRole('list', { name: /Where “NATO press point” is cited/ })).toContainText(
    '13,000',
  );
  await source.getByRole('button', { name: 'Reuse on the selected claim: NATO press point' }).click();
  const reuse = page.getByRole('dialog', { name: 'Reuse source' });
  await expect(reuse.getByLabel('URL')).toHaveValue('https://www.nato.int/cps/en/natohq/news.htm');
  await expect(reuse.getByLabel('Publisher')).toHaveValue('NATO');
  await reuse.getByLabel('Quote', { exact: true }).fill('another 3,500 paratroopers');
  await reuse.getByRole('radio', { name: 'Context' }).check();
  await reuse.getByRole('button', { name: 'Save' }).click();
  await expect(reuse).toHaveCount(0);
  await expect
    .poll(async () => (await workbench.readAllClaims()).find((c) => c.id === target)?.citations)
    .toEqual([
      expect.objectContaining({
        url: 'https://www.nato.int/cps/en/natohq/news.htm',
        title: 'NATO press point',
        publisher: 'NATO',
        stance: 'context',
        quote: 'another 3,500 paratroopers',
      }),
    ]);

  // Used twice now, and a usage selects its claim.
  await page.keyboard.press('s');
  const cited = library
    .getByRole('list', { name: /Where “NATO press point” is cited/ })
    .getByRole('listitem');
  await expect(cited).toHaveCount(2);
  await cited.first().getByRole('button').click();
  await expect(library).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(soldiers.text);
});

test('reusing a source that has an attached file attaches the same stored file to the new citation', async ({
  page,
  workbench,
}) => {
  const evidence = 'Minutes of the NATO briefing, 3 February 2022: some 13,000 soldiers.';
  const hash = createHash('sha256').update(evidence).digest('hex');
  const { soldiers, target, dialog } = await citeTheSoldiersClaim(page, workbench);
  await dialog.getByLabel('Title').fill('Briefing minutes');
  await dialog.getByLabel('Attach file').setInputFiles({
    name: 'briefing-minutes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(evidence),
  });
  await expect(dialog.getByText('Will attach: briefing-minutes.txt')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  await filterClaims(page, '3,500');
  await rowOf(page, target).click();
  await page.keyboard.press('s');
  const library = page.getByRole('dialog', { name: 'Sources library' });
  await library.getByRole('button', { name: 'Reuse on the selected claim: Briefing minutes' }).click();
  const reuse = page.getByRole('dialog', { name: 'Reuse source' });
  await expect(reuse.getByLabel('Title')).toHaveValue('Briefing minutes');
  await expect(reuse.getByText('Will attach: briefing-minutes.txt')).toBeVisible();
  await expect(reuse.getByRole('button', { name: 'Do not attach briefing-minutes.txt' })).toBeVisible();
  await expectNoSeriousAxe(page, 'reuse source dialog with a file', 'dialog[open]');
  await reuse.getByLabel('Quote', { exact: true }).fill('another 3,500 paratroopers');
  await reuse.getByRole('button', { name: 'Save' }).click();
  await expect(reuse).toHaveCount(0);

  // On disk: both citations name the same stored file, kept once.
  const fileOf = async (claimId: string) => {
    const cited = (await workbench.readAllClaims()).find((c) => c.id === claimId)?.citations[0];
    return (cited as { file?: unknown } | undefined)?.file;
  };
  const stored = {
    name: 'briefing-minutes.txt',
    path: `attachments/${hash}.txt`,
    sha256: hash,
    size: evidence.length,
  };
  await expect.poll(() => fileOf(target)).toEqual(stored);
  expect(await fileOf(soldiers.id)).toEqual(stored);
  expect(await readdir(join(workbench.projectDir, 'attachments'))).toEqual([`${hash}.txt`]);
  await expect(details(page).getByText(`File: briefing-minutes.txt · sha256 ${hash}`)).toBeVisible();
});
