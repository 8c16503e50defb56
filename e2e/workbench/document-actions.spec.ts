import { readFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { changedFigure, original } from '../../test-support/revisions/sample-variants';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows, details, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

const TITLE = 'Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus';

test('a draft imported again asks first; drafts are renamed and removed from their menu by keyboard, each undone', async ({
  page,
  workbench,
}) => {
  test.slow(); // several imports, a removal with its backup, and axe in light and dark, on a shared machine
  await openWorkbench(page, workbench.url);
  const documents = page.getByRole('navigation', { name: 'Documents' });
  const count = documents.locator('.pane-count');
  const projectTitles = async () =>
    (
      JSON.parse(await readFile(join(workbench.projectDir, 'project.json'), 'utf8')) as {
        documents: { id: string; title: string }[];
      }
    ).documents;
  const importAgain = () =>
    page.locator('input[type=file]').setInputFiles({
      name: 'nato-belarus-2022.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(original, 'utf8'),
    });

  // The same draft again: held back, and the checker is asked.
  await importAgain();
  const ask = page.getByRole('dialog', { name: 'Draft already in this project' });
  await expect(ask).toContainText(`nato-belarus-2022.txt is already in the project as “${TITLE}”.`);
  await expect(ask.getByRole('button', { name: 'Add as a new version' })).toBeFocused();
  await expectNoSeriousAxeLightAndDark(page, 'duplicate draft prompt', 'dialog[open]');
  await ask.getByRole('button', { name: 'Skip' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText('Skipped nato-belarus-2022.txt.').first()).toBeVisible();
  await expect(count).toHaveText('1');
  expect(await projectTitles()).toHaveLength(1);

  await importAgain();
  await ask.getByRole('button', { name: 'Import anyway' }).click();
  await expect(ask).toBeHidden();
  await expect(count).toHaveText('2');
  const [first, second] = await projectTitles();

  // Rename by keyboard: the actions button, Enter opens its menu on Rename…, arrows move, Enter chooses.
  // The chosen draft's actions button is the next Tab stop after it.
  const menuButton = documents.getByRole('button', { name: `Actions for ${TITLE}` }).first();
  await documents
    .getByRole('button', { name: new RegExp(`^${TITLE}`) })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: `Actions for ${TITLE}` });
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Remove…' })).toBeFocused();
  await expectNoSeriousAxeLightAndDark(page, 'draft actions menu', '.doclist');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const rename = page.getByRole('dialog', { name: 'Rename draft' });
  await expect(rename.getByLabel('Title')).toBeFocused();
  await rename.getByLabel('Title').fill('NATO drills in Belarus');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(documents.getByText('NATO drills in Belarus')).toBeVisible();
  await expect.poll(async () => (await projectTitles())[0]!.title).toBe('NATO drills in Belarus');
  await page.locator('.claims-table').focus();
  await page.keyboard.press('Control+z');
  await expect(documents.getByText('NATO drills in Belarus')).toBeHidden();
  await expect.poll(async () => (await projectTitles())[0]!.title).toBe(first!.title);

  // Remove the second copy: the confirmation names the backup taken first; Undo puts it back.
  // Its first claim is marked first (choosing the draft selects it): the confirmation counts it.
  const secondCopy = documents.getByRole('button', { name: new RegExp(`^${TITLE}`) }).nth(1);
  await secondCopy.focus();
  await page.keyboard.press('Enter');
  await page.locator('.claims-table').focus();
  await page.keyboard.press('v');
  await expect(page.locator('tr.claim-row.is-selected')).toHaveAttribute('data-status', 'verified');
  await secondCopy.focus();
  await page.keyboard.press('Tab');
  await expect(documents.getByRole('button', { name: `Actions for ${TITLE}` }).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const remove = page.getByRole('dialog', { name: 'Remove draft' });
  await expect(remove).toContainText(new RegExp(`Remove “${TITLE}” and its \\d+ claims \\(1 checked\\)`));
  await expect(remove).toContainText('A backup is taken first (“Before removing a draft” in Backups)');
  await expectNoSeriousAxeLightAndDark(page, 'remove draft confirmation', 'dialog[open]');
  await remove.getByRole('button', { name: 'Remove draft' }).click();
  await expect(remove).toBeHidden();
  await expect(
    page.getByText(/^Removed “.*”\. The backup .*-before-remove holds it, and Undo puts it back\.$/).first(),
  ).toBeVisible();
  await expect(count).toHaveText('1');
  const gone = join(workbench.projectDir, 'documents', `${second!.id}.json`);
  await expect
    .poll(() =>
      access(gone).then(
        () => true,
        () => false,
      ),
    )
    .toBe(false);
  await page.locator('.claims-table').focus();
  await page.keyboard.press('Control+z');
  await expect(count).toHaveText('2');
  await expect
    .poll(() =>
      access(gone).then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
});

test('the draft says what changed since its last version, the new text underlined', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const draft = page.getByRole('group', { name: 'Draft text' });
  await expect(draft).toBeVisible();
  await expect(page.getByRole('note', { name: 'Changed since the last version' })).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load new version…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'belarus-v2.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(changedFigure(), 'utf8'),
  });
  const changed = page.getByRole('note', { name: 'Changed since the last version' });
  // The new version's claims are found in the worker first: on a loaded machine that takes a while.
  await expect(changed).toContainText('Changed since version 1: 1 passage added or rewritten', {
    timeout: 45_000,
  });
  await expect(changed).toContainText('(underlined in the draft)');
  // The underline is a CSS highlight over exactly the new figure.
  await expect
    .poll(() =>
      page.evaluate(() => [...(CSS.highlights.get('draft-changed') ?? [])].map((range) => range.toString())),
    )
    .toEqual(['30,000']);
  // In the narrow pane of a 1024×700 window with a claim open it is one row (two took the draft a line
  // and a half).
  await page.setViewportSize({ width: 1024, height: 700 });
  await claimRows(page).first().click();
  await expect(details(page)).toBeVisible();
  await expect.poll(async () => (await changed.boundingBox())?.height ?? 0).toBeLessThan(34);
  await expect(changed.getByRole('checkbox', { name: 'Underline changes' })).toBeInViewport();
  await changed.getByRole('checkbox', { name: 'Underline changes' }).uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('draft-changed'))).toBe(false);
  await expectNoSeriousAxeLightAndDark(page, 'changed since the last version', '.draft');
});
