// Load new version… with the file of version 1 after version 2: the workbench says which version it
// is and keeps the project as it is unless the checker deliberately loads it as a new version.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { changedFigure, original } from '../../test-support/revisions/sample-variants';
import { openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

const TITLE = 'Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus';

/** Load new version… with a text file chosen in the browser's file chooser. */
async function loadNewVersion(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load new version…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

test('Load new version… with an earlier version’s text asks first, and keeping the project changes nothing', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  const project = JSON.parse(await readFile(join(workbench.projectDir, 'project.json'), 'utf8')) as {
    documents: { id: string }[];
  };
  const documentId = project.documents[0]!.id;
  const documentFile = join(workbench.projectDir, 'documents', `${documentId}.json`);
  const versionsFile = join(workbench.projectDir, 'documents', `${documentId}.versions.json`);

  await loadNewVersion(page, 'belarus-v2.txt', changedFigure());
  await expect(page.getByText(/Loaded belarus-v2\.txt as version 2/).first()).toBeVisible();
  const documentBefore = await readFile(documentFile, 'utf8');
  const versionsBefore = await readFile(versionsFile, 'utf8');
  const { revision } = JSON.parse(documentBefore) as { revision: { loadedAt: string } };
  const day = await page.evaluate(
    (iso) => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(iso)),
    revision.loadedAt,
  );

  // The version-1 file again, as a new version: the app asks before anything is loaded.
  await loadNewVersion(page, 'belarus-v1.txt', original);
  const ask = page.getByRole('dialog', { name: 'Earlier version of a draft' });
  await expect(ask).toHaveAccessibleDescription(
    `This is version 1 of ‘${TITLE}’; the project has version 2 since ${day}.`,
  );
  await expect(ask).toContainText('belarus-v1.txt has the text of version 1.');
  await expect(ask.getByRole('button', { name: 'Keep the project as it is' })).toBeFocused();
  await expect(ask.getByRole('button', { name: 'Load it as a new version anyway' })).toBeVisible();

  // Enter takes the focused answer: nothing saved is changed.
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(
    page.getByText('Kept the project as it is: belarus-v1.txt was not loaded.').first(),
  ).toBeVisible();
  expect(await readFile(documentFile, 'utf8')).toBe(documentBefore);
  expect(await readFile(versionsFile, 'utf8')).toBe(versionsBefore);
  await expect(page.getByRole('group', { name: 'Draft text' })).toContainText('Some 30,000 soldiers');

  // Deliberately, it can still be loaded: it becomes version 3.
  await loadNewVersion(page, 'belarus-v1.txt', original);
  await ask.getByRole('button', { name: 'Load it as a new version anyway' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText(/Loaded belarus-v1\.txt as version 3/).first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Draft text' })).toContainText('Some 13,000 soldiers');
  const after = JSON.parse(await readFile(documentFile, 'utf8')) as { versions: unknown[] };
  expect(after.versions).toHaveLength(2);
});
