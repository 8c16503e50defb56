import type { Page } from '@playwright/test';
import { claimsTable, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

/** A dialog of the workbench opened by its key, with the name it is announced by. */
const DIALOGS = [
  { key: '?', name: 'Keyboard shortcuts' },
  { key: 'e', name: 'Export report' },
  { key: 's', name: 'Sources library' },
] as const;

/** Where focus is now, said for a failure message: the element's tag and accessible label. */
function focusNow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active ? `${active.tagName} ${active.getAttribute('aria-label') ?? ''}`.trim() : 'nothing';
  });
}

// Focus never ends on the page itself, where a screen reader and Tab start from nowhere: the project
// opens on the claims table, and a dialog closed by Esc or by its ✕ gives focus back to what opened
// it, or to the table when that was the page itself.
test('the workbench opens on the claims table; a dialog closed by Esc or ✕ gives focus back', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWorkbench(page, workbench.url);
  const table = claimsTable(page);
  await expect(table).toBeFocused();

  for (const { key, name } of DIALOGS) {
    const dialog = page.getByRole('dialog', { name });
    // Opened from the table: back to the table, by Esc and by the ✕.
    await page.keyboard.press(key);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(table, `after Esc in ${name}: ${await focusNow(page)}`).toBeFocused();
    await page.keyboard.press(key);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(table, `after ✕ in ${name}: ${await focusNow(page)}`).toBeFocused();

    // Opened while focus was nowhere (a click on empty page): to the table, not the page again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(key);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(table, `after Esc in ${name} opened from nowhere: ${await focusNow(page)}`).toBeFocused();
  }

  // Opened from a header button by keyboard: back to that button.
  const exportButton = page.getByRole('button', { name: 'Export report' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const exportDialog = page.getByRole('dialog', { name: 'Export report' });
  await expect(exportDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportButton).toBeFocused();
});
