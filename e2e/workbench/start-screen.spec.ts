import { join } from 'node:path';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimsTable } from '../support/pages';
import { expect, test } from '../support/workbench';

// The start screen and first import, as e2e/screens/flows.ts walked them: create, open (and its error),
// recent, who am I, import by file input and by drop, hostile text inert, reload keeps the token.
test('start screen: create, import, hostile text, drop, reload, who is checking, recent', async ({
  page,
  emptyWorkbench,
}) => {
  test.setTimeout(120_000); // a whole first session with two axe runs, on a shared 2-core machine
  let alerts = 0;
  page.on('dialog', (dialog) => {
    alerts += 1;
    void dialog.dismiss();
  });
  await page.goto(emptyWorkbench.url);
  await expect(page.getByRole('heading', { name: 'New project' })).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await expectNoSeriousAxeLightAndDark(page, 'start');

  // Opening a folder that is not a project: an alert with a sentence, dismissable.
  await page.getByLabel('Project folder').fill(join(emptyWorkbench.root, 'nothing-here'));
  await page.getByRole('button', { name: 'Open project' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/nothing-here|not|no /i);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);

  await page.getByLabel('Title').fill('Flows <b>test</b>');
  await page.getByLabel('Folder', { exact: true }).fill(join(emptyWorkbench.root, 'flows'));
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name: 'No drafts yet' })).toBeVisible();

  const hostile =
    'Hostile <img src=x onerror=alert(1)> draft\n\nThe ministry said 4,500 troops <script>alert(2)</script> arrived on 3 March 2022, the largest number since 1990.\n';
  await page.locator('input[type=file]').setInputFiles({
    name: 'hostile.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(hostile),
  });
  await expect(claimsTable(page).locator('tr.claim-row').first()).toBeVisible();
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeVisible();
  await expect(page.locator('img[src="x"], script:text("alert(2)")')).toHaveCount(0);

  // Drop two files: the .md is imported, the .pdf refused with an alert naming it.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Second draft\n\nSome 13,000 soldiers took part in 2022.\n'], 'second.md'));
    data.items.add(new File(['%PDF-1.4'], 'binary.pdf'));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByText('Second draft')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'binary.pdf' })).toBeVisible();

  // The token moved from the address to sessionStorage: a reload still talks to the workbench.
  await page.reload();
  await expect(claimsTable(page).locator('tr.claim-row').first()).toBeVisible();

  await page.getByRole('button', { name: /Who is checking|^Checker/ }).click();
  const who = page.getByRole('dialog', { name: 'Who is checking?' });
  await who.getByLabel('Checker name').fill('Ana Checker');
  await who.getByRole('button', { name: 'Save' }).click();
  await expect(who).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Ana Checker/ })).toBeVisible();

  // The checker's name goes into the claim's history.
  await claimsTable(page).locator('tr.claim-row').first().click();
  await page.keyboard.press('v');
  const details = page.getByRole('region', { name: 'Claim details' });
  await expect(details.getByRole('button', { name: 'Verified', pressed: true })).toBeVisible();
  await expect(
    details.getByRole('listitem').filter({ hasText: 'Ana Checker marked it verified' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('heading', { name: 'Recent projects' })).toBeVisible();
  await page.getByRole('button', { name: /Flows <b>test<\/b>/ }).click();
  await expect(claimsTable(page)).toBeVisible();
  expect(alerts).toBe(0);
});
