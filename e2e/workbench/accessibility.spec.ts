import { expectAllInLandmarks, expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows, details } from '../support/pages';
import { expect, test } from '../support/workbench';

test('axe: workbench, claim details and the citation dialog, light and dark', async ({ page, workbench }) => {
  test.setTimeout(120_000);
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'workbench');
  // Landmark navigation reaches every control: the splitters are at the edges of the main landmark.
  await expectAllInLandmarks(page);

  await claimRows(page).first().click();
  await page.keyboard.press('v');
  await expect(details(page).getByRole('button', { name: 'Verified', pressed: true })).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'claim details', '.details-pane');

  await page.keyboard.press('c');
  const citation = page.getByRole('dialog', { name: 'Add citation' });
  await citation.getByLabel('URL').fill('javascript:alert(1)');
  await citation.getByRole('button', { name: 'Save' }).click();
  await expect(citation.getByText(/A URL starts with http/)).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'citation dialog', 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(citation).toHaveCount(0);
});
