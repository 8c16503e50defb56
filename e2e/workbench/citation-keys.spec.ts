import { claimsTable, details, filterClaims, openWorkbench, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

// A checker types a citation without reaching for the mouse: Enter in the quote starts a new line,
// Ctrl+Enter (⌘Enter on a Mac) saves the form from any field, as its Save button would; the ? list says so.
test('Ctrl+Enter saves the citation form from the multi-line quote; ⌘Enter saves an edit; listed in ?', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  const soldiers = (await workbench.readAllClaims()).find((c) => c.quote === 'Some 13,000 soldiers')!;
  await filterClaims(page, '13,000');
  await rowOf(page, soldiers.id).click();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Add citation' });
  await expect(dialog.getByLabel('URL')).toBeFocused();
  await page.keyboard.type('https://www.nato.int/briefing');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Briefing minutes');
  const quote = dialog.getByLabel('Quote');
  await quote.focus();
  await page.keyboard.type('Some 13,000 soldiers');
  await page.keyboard.press('Enter'); // a new line in the quote, not a save
  await page.keyboard.type('took part.');
  await expect(quote).toHaveValue('Some 13,000 soldiers\ntook part.');
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  const citations = async () =>
    (await workbench.readAllClaims()).find((c) => c.id === soldiers.id)!.citations;
  await expect
    .poll(citations)
    .toEqual([
      expect.objectContaining({ title: 'Briefing minutes', quote: 'Some 13,000 soldiers\ntook part.' }),
    ]);
  await expect(claimsTable(page)).toBeFocused();

  // ⌘Enter saves an edit too, and the form's checks still stand: a title cleared is named, not saved.
  await details(page).getByRole('button', { name: 'Edit citation: Briefing minutes' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit citation' });
  await edit.getByLabel('URL').fill('');
  await edit.getByLabel('Title').fill('');
  await edit.getByLabel('Quote').focus();
  await page.keyboard.press('Meta+Enter');
  await expect(edit.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await edit.getByLabel('Title').fill('NATO briefing minutes');
  await edit.getByLabel('Quote').focus();
  await page.keyboard.press('Meta+Enter');
  await expect(edit).toHaveCount(0);
  await expect.poll(citations).toEqual([expect.objectContaining({ title: 'NATO briefing minutes' })]);

  await claimsTable(page).focus();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(
    shortcuts.getByRole('row', { name: /Ctrl\+Enter or ⌘Enter In a citation form or Export report: save/ }),
  ).toBeVisible();
});
