import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { claimsTable, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

// The Export report dialog submits on Ctrl+Enter (⌘Enter on a Mac) from any field, as the citation
// form saves: Enter in the methodology starts a new line; the dialog's checks still stand.
test('Ctrl+Enter exports from the methodology box; ⌘Enter from a checkbox; checks still stand', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  await claimsTable(page).focus();
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  const methodology = dialog.getByRole('textbox', { name: 'Methodology' });
  await expect(methodology).toBeEnabled();
  await methodology.fill('');
  await methodology.focus();
  await page.keyboard.type('Two sources per figure.');
  await page.keyboard.press('Enter'); // a new line in the methodology, not an export
  await page.keyboard.type('Ministry releases count as one.');
  await expect(methodology).toHaveValue('Two sources per figure.\nMinistry releases count as one.');
  await expect(dialog).toBeVisible();

  const [html] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+Enter')]);
  expect(html.suggestedFilename()).toBe('Belarus desk report.html');
  expect(await readFile((await html.path())!, 'utf8')).toContain('Ministry releases count as one.');
  await expect(dialog).toHaveCount(0);
  const project = JSON.parse(await readFile(join(workbench.projectDir, 'project.json'), 'utf8'));
  expect(project.methodology).toBe('Two sources per figure.\nMinistry releases count as one.');

  // ⌘Enter from a verdict box: with no verdict chosen, the dialog names the fault and stays.
  await claimsTable(page).focus();
  await page.keyboard.press('e');
  for (const name of ['Verified', 'Disputed', 'Unsourced', 'Unchecked'])
    await dialog.getByRole('checkbox', { name }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Unchecked' }).focus();
  await page.keyboard.press('Meta+Enter');
  await expect(dialog.getByText('Choose at least one verdict.')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Unchecked' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Verified' }).check();
  await dialog.getByRole('radio', { name: /^Markdown/ }).check(); // focus stays on it
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Meta+Enter')]);
  expect(markdown.suggestedFilename()).toBe('Belarus desk report.md');
  await expect(dialog).toHaveCount(0);
});
