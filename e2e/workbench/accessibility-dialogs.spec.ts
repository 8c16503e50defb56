import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows } from '../support/pages';
import { expect, test } from '../support/workbench';

test('axe: shortcuts, sources library, columns menu, grouped table with picked claims, light and dark', async ({
  page,
  workbench,
}) => {
  // Eight axe passes (four screens, light and dark) on a shared two-core machine.
  test.setTimeout(180_000);
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  await claimRows(page).first().click();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const action of [
    'Next claim',
    'Undo the last change',
    'Redo',
    'Add the selected draft text as a claim',
    'Sources library',
  ]) {
    await expect(shortcuts.getByRole('cell', { name: action, exact: true })).toBeVisible();
  }
  await expectNoSeriousAxeLightAndDark(page, 'shortcuts', 'dialog[open]');
  await page.keyboard.press('Escape');

  await page.keyboard.press('s');
  await expect(page.getByRole('dialog', { name: 'Sources library' })).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'sources library', 'dialog[open]');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('group', { name: 'Columns' })).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'columns menu', '.table-pane');
  await page.keyboard.press('Escape');

  await page.getByLabel('Group by').selectOption('document');
  await claimRows(page)
    .nth(1)
    .click({ modifiers: ['Control'] });
  await expect(page.getByRole('group', { name: 'Picked claims' })).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'grouped table with picked claims', '.table-pane');
});
