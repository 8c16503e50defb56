// The original file of a revised draft, imported again: the workbench says which version it is and
// keeps the project as it is unless the checker deliberately adds it as a new version.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { changedFigure, original } from '../../test-support/revisions/sample-variants';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

const TITLE = 'Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus';

test('an earlier version imported again is named as such, and the focused answer keeps the project as it is', async ({
  page,
  workbench,
}) => {
  test.slow(); // a new version, two imports and axe in light and dark, on a shared machine
  await openWorkbench(page, workbench.url);
  const projectFile = async () =>
    JSON.parse(await readFile(join(workbench.projectDir, 'project.json'), 'utf8')) as {
      documents: { id: string }[];
    };
  const [{ id: documentId }] = (await projectFile()).documents as [{ id: string }];
  const versionsFile = join(workbench.projectDir, 'documents', `${documentId}.versions.json`);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load new version…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'nato-belarus-2022.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(changedFigure(), 'utf8'),
  });
  await expect(page.getByText(/Loaded nato-belarus-2022\.txt as version 2/).first()).toBeVisible();
  const documentBefore = await readFile(
    join(workbench.projectDir, 'documents', `${documentId}.json`),
    'utf8',
  );
  const versionsBefore = await readFile(versionsFile, 'utf8');
  const { revision } = JSON.parse(documentBefore) as { revision: { loadedAt: string } };
  const day = await page.evaluate(
    (iso) => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(iso)),
    revision.loadedAt,
  );

  // The original file again: its text is version 1's.
  const importOriginal = () =>
    page.locator('input[type=file]').setInputFiles({
      name: 'nato-belarus-2022.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(original, 'utf8'),
    });
  await importOriginal();
  const ask = page.getByRole('dialog', { name: 'Earlier version of a draft' });
  await expect(ask).toHaveAccessibleDescription(
    `This is version 1 of ‘${TITLE}’; the project has version 2 since ${day}.`,
  );
  await expect(ask).toContainText('nato-belarus-2022.txt has the text of version 1.');
  const keep = ask.getByRole('button', { name: 'Keep the project as it is' });
  await expect(keep).toBeFocused();
  await expect(ask.getByRole('button', { name: 'Add as a new version anyway' })).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'earlier version prompt', 'dialog[open]');

  // Enter takes the focused answer: nothing is imported and nothing saved is changed.
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(
    page.getByText('Kept the project as it is: nato-belarus-2022.txt was not imported.').first(),
  ).toBeVisible();
  expect((await projectFile()).documents).toHaveLength(1);
  expect(await readFile(join(workbench.projectDir, 'documents', `${documentId}.json`), 'utf8')).toBe(
    documentBefore,
  );
  expect(await readFile(versionsFile, 'utf8')).toBe(versionsBefore);
  await expect(page.getByRole('group', { name: 'Draft text' })).toContainText('Some 30,000 soldiers');

  // Deliberately, it can still be added: it becomes version 3.
  await importOriginal();
  await ask.getByRole('button', { name: 'Add as a new version anyway' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText(/Loaded nato-belarus-2022\.txt as version 3/).first()).toBeVisible();
  expect((await projectFile()).documents).toHaveLength(1);
});
