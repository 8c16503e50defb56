import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { details, filterClaims, openWorkbench, rowOf } from '../support/pages';
import { expect, test, type Workbench } from '../support/workbench';

/** Marks the claim whose quote is `quote` with `status` through Claim details. */
async function mark(page: Page, workbench: Workbench, quote: string, status: 'Verified' | 'Disputed') {
  const claim = (await workbench.readAllClaims()).find((c) => c.quote === quote)!;
  await filterClaims(page, quote);
  await rowOf(page, claim.id).click();
  await details(page).getByRole('button', { name: status, exact: true }).click();
  await expect(details(page).getByRole('button', { name: status, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  return claim;
}

/** Clicks the dialog's download button and returns the downloaded file's name and text. */
async function download(page: Page): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path!, 'utf8') };
}

test('the methodology is edited in the export dialog, saved to project.json and printed in the report', async ({
  page,
  workbench,
}) => {
  test.slow(); // many steps, with axe in light and dark, on a shared two-core machine
  await openWorkbench(page, workbench.url);
  await mark(page, workbench, 'Some 13,000 soldiers', 'Verified');
  await mark(page, workbench, 'another 3,500 paratroopers', 'Disputed');

  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  const methodology = dialog.getByRole('textbox', { name: 'Methodology' });
  await expect(methodology).toBeEnabled();
  await methodology.fill('Figures were checked against NATO transcripts <b>and</b> ministry releases.');
  await dialog.getByRole('button', { name: 'Save methodology' }).click();
  await expect(dialog.getByText('Methodology saved.')).toBeVisible();
  const projectFile = join(workbench.projectDir, 'project.json');
  await expect
    .poll(async () => JSON.parse(await readFile(projectFile, 'utf8')).methodology)
    .toBe('Figures were checked against NATO transcripts <b>and</b> ministry releases.');
  await expectNoSeriousAxeLightAndDark(page, 'export dialog', 'dialog[open]');

  // Typed but not saved: exporting saves it first, and the report prints it (escaped).
  await methodology.fill('Every figure was checked against two independent sources.');
  await dialog.getByRole('checkbox', { name: 'Unchecked' }).uncheck();
  const html = await download(page);
  await expect(dialog).toHaveCount(0);
  expect(html.name).toBe('Belarus desk report.html');
  expect(html.text).toContain('Every figure was checked against two independent sources.');
  expect(html.text).toMatch(/badge s-verified">Verified</);
  expect(html.text).toMatch(/badge s-disputed">Disputed</);
  expect(html.text.match(/<article class="claim /g)).toHaveLength(2); // the unchecked ones left out
  expect(JSON.parse(await readFile(projectFile, 'utf8')).methodology).toBe(
    'Every figure was checked against two independent sources.',
  );

  // Reopened, the dialog shows the saved methodology.
  await page.getByRole('button', { name: 'Export report' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Methodology' })).toHaveValue(
    'Every figure was checked against two independent sources.',
  );
});

test('CSV and Markdown exports follow the chosen verdicts and options', async ({ page, workbench }) => {
  test.slow(); // many steps, with axe in light and dark, on a shared two-core machine
  await openWorkbench(page, workbench.url);
  const verified = await mark(page, workbench, 'Some 13,000 soldiers', 'Verified');
  const disputed = await mark(page, workbench, 'another 3,500 paratroopers', 'Disputed');
  await details(page).getByRole('textbox', { name: 'Note' }).fill('Ministry says 3,000; private note.');
  await details(page).getByRole('textbox', { name: 'Note' }).blur();
  await expect
    .poll(async () => (await workbench.readAllClaims()).find((c) => c.id === disputed.id)?.note)
    .toBe('Ministry says 3,000; private note.');

  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: /^Spreadsheet \(CSV\)/ }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Drafts with claims highlighted' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Unchecked' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Unsourced' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Checkers’ notes' }).uncheck();
  const csv = await download(page);
  expect(csv.name).toBe('Belarus desk report.csv');
  const parsed = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).not.toContain('note');
  expect(parsed.data.map((row) => [row.claim_id, row.status])).toEqual([
    [verified.id, 'verified'],
    [disputed.id, 'disputed'],
  ]);
  expect(csv.text).not.toContain('private note');

  await page.getByRole('button', { name: 'Export report' }).click();
  // The dialog starts with the last export's choices (remembered per project).
  await expect(dialog.getByRole('checkbox', { name: 'Checkers’ notes' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Unchecked' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Checkers’ notes' }).check();
  await dialog.getByRole('radio', { name: /^Markdown/ }).check();
  await dialog.getByRole('checkbox', { name: 'Verified' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Unsourced' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Unchecked' }).uncheck();
  const markdown = await download(page);
  expect(markdown.name).toBe('Belarus desk report.md');
  expect(markdown.text).toContain(`<a id="claim-${disputed.id}"></a>`);
  expect(markdown.text).not.toContain(`<a id="claim-${verified.id}"></a>`);
  expect(markdown.text).toContain('Ministry says 3,000; private note.');

  // No verdict chosen: one sentence, nothing downloaded.
  await page.getByRole('button', { name: 'Export report' }).click();
  for (const name of ['Verified', 'Disputed', 'Unsourced', 'Unchecked'])
    await dialog.getByRole('checkbox', { name }).uncheck();
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByText('Choose at least one verdict.')).toBeVisible();
});
