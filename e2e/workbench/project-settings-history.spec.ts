import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { openWorkbench } from '../support/pages';
import { deskTest as test, factdeskAsync } from '../support/desk';
import { expect } from '../support/workbench';

/*
 * The project's title and the history of its settings in the web workbench: two copies renamed the
 * project offline at once (the real CLI, synced through git http-backend on 127.0.0.1); the later
 * title heads the workbench, Rename project shows both renames with the replaced one marked, and a
 * rename and a methodology saved in the app are in the project and its history (an open history list
 * takes in a save made beside it; the first rename says the title it replaced).
 */

test('renames made on two copies at once show the later title and both in the history; the app renames too', async ({
  page,
  desk,
}) => {
  test.setTimeout(240_000);
  const { url, a, b } = desk.twoCopies('Belarus exercises');
  const secret = await desk.tokenFile();
  await factdeskAsync(['sync', a, '--remote', url, '--token-file', secret, '--by', 'Ana']);
  await factdeskAsync(['clone', url, b, '--token-file', secret]);
  await factdeskAsync(['project', a, '--title', 'Ana: exercises', '--by', 'Ana']);
  await factdeskAsync(['project', b, '--title', 'Ben: Belarus exercises, February', '--by', 'Ben']);
  await factdeskAsync(['sync', b, '--token-file', secret, '--by', 'Ben']);
  await factdeskAsync(['sync', a, '--token-file', secret, '--by', 'Ana']);

  await openWorkbench(page, await desk.workbenchOn(a, 'Ana'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ben: Belarus exercises, February');

  await page.getByRole('button', { name: 'Rename project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename project' });
  await expect(dialog.getByLabel('Project title')).toHaveValue('Ben: Belarus exercises, February');
  await dialog.getByText('History of the title').click();
  const edits = dialog.getByRole('list', { name: 'Edits of the title' }).getByRole('listitem');
  await expect(edits).toHaveCount(2);
  await expect(edits.nth(0)).toContainText('Ana');
  // The first rename replaced the title the project was shared with.
  await expect(edits.nth(0)).toContainText('Changed from “Belarus exercises” to “Ana: exercises”.');
  await expect(edits.nth(1)).toContainText('Ben');
  await expect(edits.nth(1)).toContainText(
    'Changed from “Ana: exercises” to “Ben: Belarus exercises, February”.',
  );
  await expect(edits.nth(1)).toContainText('Made without seeing the edit before it, which it replaced');
  await expectNoSeriousAxeLightAndDark(page, 'rename project dialog', 'dialog');

  // An empty title is refused in one sentence; a new one is saved and heads the workbench.
  await dialog.getByLabel('Project title').fill('  ');
  await dialog.getByRole('button', { name: 'Save title' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the project a title.');
  await dialog.getByLabel('Project title').fill('Agreed: Belarus exercises');
  await dialog.getByRole('button', { name: 'Save title' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agreed: Belarus exercises');
  const shown = JSON.parse(await factdeskAsync(['project', a, '--history', '--json'])) as {
    title: string;
    history: { field: string; by: string; to: string }[];
  };
  expect(shown.title).toBe('Agreed: Belarus exercises');
  expect(shown.history.at(-1)).toMatchObject({ field: 'title', by: 'Ana', to: 'Agreed: Belarus exercises' });

  // The methodology, saved in Export report, is in its history there: an open history list takes in
  // each save made beside it, without being closed and opened again.
  await page.getByRole('button', { name: 'Export report' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export report' });
  await exporting.getByText('History of the methodology').click();
  await expect(exporting.getByText('No edit of the methodology has been logged yet.')).toBeVisible();
  await exporting.getByLabel('Methodology', { exact: true }).fill('Two sources for every figure.');
  await exporting.getByRole('button', { name: 'Save methodology' }).click();
  await expect(exporting.getByText('Methodology saved.')).toBeVisible();
  const lines = exporting.getByRole('list', { name: 'Edits of the methodology' }).getByRole('listitem');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Ana');
  await expect(lines.first()).toContainText('Set to “Two sources for every figure.”.');
  await exporting
    .getByLabel('Methodology', { exact: true })
    .fill('Two independent sources for every figure.');
  await exporting.getByRole('button', { name: 'Save methodology' }).click();
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(1)).toContainText(
    'Changed from “Two sources for every figure.” to “Two independent sources for every figure.”.',
  );
});
