import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import { claimsTable, details, filterClaims, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

// Issue 17: a figure a new version changed must never stay Verified (table, counts, reports, ClaimReview),
// and a Word draft's dateline resolves its dates at import.

const DATELINE = 'PORT ELLIS, March 3, 2023 — Riders of the Port Ellis bus network will pay';
const transit = (fare: string) =>
  `Transit passes go up in June\n\n${DATELINE} ${fare} a month for a pass from June, the transit board said.\n\nRidership rose 14 percent last year, according to the board's annual report.\n`;

/** Filters the table to one claim and selects its row. */
async function select(page: Page, quote: string) {
  await filterClaims(page, quote);
  const row = claimsTable(page).locator('tbody tr.claim-row').filter({ hasText: quote }).first();
  await row.click();
  return row;
}

async function mark(page: Page, status: 'Verified' | 'Disputed') {
  const button = details(page).getByRole('button', { name: status, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Exports with the dialog in one format and returns the downloaded text. */
async function exportAs(page: Page, format: RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  await expect(dialog).toHaveCount(0);
  return readFile((await file.path())!, 'utf8');
}

test('a verified, cited "$27 a month" revised to "$31 a month" is verified nowhere: table, counts, HTML, ClaimReview', async ({
  page,
  workbench,
}) => {
  test.slow(); // an import, a citation, a new version and two exports on a shared two-core machine
  await openWorkbench(page, workbench.url);
  await page.locator('input[type=file]').setInputFiles({
    name: 'transit.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(transit('$27'), 'utf8'),
  });
  await expect(
    page.getByRole('navigation', { name: 'Documents' }).getByText('Transit passes go up in June'),
  ).toBeVisible();

  await select(page, '$27');
  await mark(page, 'Verified');
  await details(page).getByRole('button', { name: 'Add citation' }).click();
  const cite = page.getByRole('dialog');
  await cite.getByLabel('URL').fill('https://example.org/port-ellis/fares-2023');
  await cite.getByLabel('Title').fill('Port Ellis transit board: fares from June');
  await cite.getByLabel('Quote', { exact: true }).fill('$27 a month');
  await cite.getByRole('button', { name: 'Save' }).click();
  await expect(cite).toBeHidden();
  await select(page, '14 percent');
  await mark(page, 'Disputed');
  const progress = page.locator('.wb-header .progress-of');
  await expect(progress).toHaveText(/^2 of/);
  const verifiedChip = page.getByRole('list', { name: 'Claims by status' }).locator('.status-verified');
  await expect(verifiedChip).toContainText('1 Verified');

  // The app's revise path: Load new version… on the transit draft (shown since its claim is selected).
  await select(page, '$27');
  await expect(page.locator('.draft-title')).toHaveText('Transit passes go up in June');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load new version…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'transit-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(transit('$31'), 'utf8') });
  await expect(page.getByText(/Loaded transit-v2\.txt as version 2: .*1 changed/).first()).toBeVisible();
  // The draft's header names the file its text now comes from.
  await expect(page.locator('.draft-meta')).toContainText('transit-v2.txt (version 2)');

  // The table: the claim reads changed, never Verified; the counts leave it out.
  const row = await select(page, '$31');
  await expect(row.locator('.status-badge')).toHaveText(/Re-check/);
  await expect(row).not.toContainText('Verified');
  await expect(progress).toHaveText(/^1 of/);
  await expect(verifiedChip).toContainText('0 Verified');
  await expect(details(page).getByRole('note', { name: 'Revision' })).toContainText(
    'Needs recheck — was Verified',
  );
  await filterClaims(page, '');

  // The HTML report: no entry is Verified; the changed one says it needs a re-check, on its own entry.
  const html = await exportAs(page, /^Web page \(HTML\)/);
  expect(html).not.toContain('Verdict: <span class="badge s-verified">');
  expect(html).toMatch(/s-verified">Verified<\/span><\/th><td class="num">0<\/td>/);
  const fare = (await workbench.readAllClaims()).find((claim) => claim.quote === '$31')!;
  const entry = html.slice(html.indexOf(`<article class="claim s-unchecked" id="claim-${fare.id}"`));
  expect(entry.slice(0, entry.indexOf('</article>'))).toContain(
    'Needs re-check: version 2 changed “$27” to “$31” (it was Verified).',
  );

  // ClaimReview publishes the disputed claim only, never the changed one.
  const claimReview = JSON.parse(await exportAs(page, /ClaimReview/)) as {
    '@graph': { claimReviewed: string; reviewRating: { alternateName: string } }[];
  };
  expect(claimReview['@graph'].map((review) => review.reviewRating.alternateName)).toEqual(['Disputed']);
  expect(JSON.stringify(claimReview)).not.toMatch(/\$27|\$31/);
});

test('a Word draft with a dateline imported in the browser resolves its dates against it', async ({
  page,
  workbench,
}) => {
  test.slow();
  const word = new Document({
    sections: [
      {
        children: transit('$27')
          .split('\n')
          .filter(Boolean)
          .map((line) => new Paragraph(line)),
      },
    ],
  });
  await openWorkbench(page, workbench.url);
  await page.locator('input[type=file]').setInputFiles({
    name: 'transit.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await Packer.toBuffer(word)),
  });
  await expect(
    page.getByRole('navigation', { name: 'Documents' }).getByText('Transit passes go up in June'),
  ).toBeVisible();
  const row = await select(page, 'last year');
  // The draft's date is read from its dateline; "last year" is 2022, in details and in the tooltip.
  await expect(page.getByLabel('Publication date')).toHaveValue('2023-03-03');
  await expect(details(page).locator('.details-date')).toHaveText(/^Date resolved to .*2022/);
  await expect(row.locator('.claim-text')).toHaveAttribute('title', /Date resolved to .*2022/);
  const onDisk = (await workbench.readAllClaims()).find(
    (claim) => claim.quote === 'last year',
  ) as unknown as {
    values: { dateStart: string; dateEnd: string };
  };
  expect(onDisk.values).toMatchObject({ dateStart: '2022-01-01', dateEnd: '2022-12-31' });
});
