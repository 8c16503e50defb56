import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { announcer, claimRows, claimsTable, details } from '../support/pages';
import { expect, test } from '../support/workbench';

test('undo and redo take back marks, notes and citation edits, on screen and on disk', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await claimRows(page).first().click();
  const claimId = await claimRows(page).first().getAttribute('data-claim-id');
  const onDisk = async () => (await workbench.readAllClaims()).find((c) => c.id === claimId)!;
  const progress = page.locator('.wb-header .progress-of');
  await expect(progress).toHaveText(/^0 of/);

  // Mark, undo, redo.
  await page.keyboard.press('v');
  await expect(details(page).getByRole('button', { name: 'Verified', pressed: true })).toBeVisible();
  await expect.poll(async () => (await onDisk()).status).toBe('verified');
  await expect(progress).toHaveText(/^1 of/);
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText('Undid marking verified.');
  await expect(details(page).getByRole('button', { name: 'Verified', pressed: false })).toBeVisible();
  await expect(progress).toHaveText(/^0 of/);
  await expect.poll(async () => (await onDisk()).status).toBe('unchecked');
  await page.keyboard.press('Control+Shift+Z');
  await expect(announcer(page)).toHaveText('Redid marking verified.');
  await expect(progress).toHaveText(/^1 of/);
  await expect.poll(async () => (await onDisk()).status).toBe('verified');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await onDisk()).status).toBe('unchecked');
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await onDisk()).status).toBe('verified');

  // In the note field, Ctrl+Z is the browser's text undo, not the project's.
  const note = details(page).getByLabel('Note');
  await note.fill('Matches the transcript');
  await note.blur();
  await expect(details(page).getByText('Saved')).toBeVisible();
  await expect.poll(async () => (await onDisk()).note).toBe('Matches the transcript');
  await note.click();
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('');
  await note.blur();
  await expect.poll(async () => (await onDisk()).note).toBe('');
  expect((await onDisk()).status).toBe('verified');
  // Outside the field, Ctrl+Z undoes the project's last change: the note as saved before.
  await page.locator('.draft-title').click(); // off every field, where the workbench hears keys
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText('Undid editing the note.');
  await expect.poll(async () => (await onDisk()).note).toBe('Matches the transcript');
  await expect(details(page).getByLabel('Note')).toHaveValue('Matches the transcript');

  // Add a citation, edit it in place, and one undo brings the old one back, even after a reload.
  await details(page).getByRole('button', { name: 'Add citation' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add citation' });
  await dialog.getByLabel('URL').fill('https://www.nato.int/first');
  await dialog.getByLabel('Title').fill('First title');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await onDisk()).citations.map((c) => c.title)).toEqual(['First title']);

  await details(page).getByRole('button', { name: 'Edit citation: First title' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit citation' });
  await expect(dialog.getByLabel('URL')).toHaveValue('https://www.nato.int/first');
  await dialog.getByLabel('Title').fill('Second title');
  await dialog.getByLabel('Publisher').fill('NATO');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(async () => (await onDisk()).citations.map((c) => [c.title, c.publisher]))
    .toEqual([['Second title', 'NATO']]);
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText('Undid editing a citation.');
  await expect.poll(async () => (await onDisk()).citations.map((c) => c.title)).toEqual(['First title']);
  await expect(details(page).getByRole('link', { name: 'First title' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await onDisk()).citations.map((c) => c.title)).toEqual(['Second title']);
  const citationId = (await onDisk()).citations[0]!.id;

  await page.reload();
  await expect(details(page).getByRole('link', { name: 'Second title' })).toBeVisible();
  await page.keyboard.press('Control+z');
  // The words come from the backend's history, so a reload keeps them.
  await expect(announcer(page)).toHaveText('Undid editing a citation.');
  await expect
    .poll(async () => (await onDisk()).citations.map((c) => [c.id, c.title]))
    .toEqual([[citationId, 'First title']]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await onDisk()).citations.map((c) => c.title)).toEqual(['Second title']);

  // Remove it; undo brings it back.
  await details(page).getByRole('button', { name: 'Remove citation: Second title' }).click();
  await expect.poll(async () => (await onDisk()).citations.length).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await onDisk()).citations.map((c) => c.title)).toEqual(['Second title']);
  await expect(details(page).getByRole('link', { name: 'Second title' })).toBeVisible();
});

test('undo takes an import back out, and redo brings the draft back with its claims', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const documents = page.getByRole('navigation', { name: 'Documents' });
  // The list's length, not the rows drawn: opening a claim narrows the pane, which draws fewer.
  const before = await claimsTable(page).getAttribute('aria-rowcount');
  await page.locator('input[type=file]').setInputFiles({
    name: 'fares.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Fares rose to $31 a month in 2023, the transit board said.\n'),
  });
  await expect(documents.getByText('Fares rose to $31 a month')).toBeVisible();
  const listed = async () =>
    (
      JSON.parse(await readFile(join(workbench.projectDir, 'project.json'), 'utf8')) as {
        documents: { title: string }[];
      }
    ).documents.map((doc) => doc.title);
  await expect.poll(listed).toContain('Fares rose to $31 a month in 2023, the transit board said.');

  // Focus leaves the file input for the table, where the workbench's keys are heard.
  await claimRows(page).first().click();
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText(
    'Undid importing “Fares rose to $31 a month in 2023, the transit board said.”.',
  );
  await expect(documents.getByText('Fares rose to $31 a month')).toHaveCount(0);
  await expect.poll(listed).not.toContain('Fares rose to $31 a month in 2023, the transit board said.');
  await expect(claimsTable(page)).toHaveAttribute('aria-rowcount', before!);

  await page.keyboard.press('Control+Shift+z');
  await expect(documents.getByText('Fares rose to $31 a month')).toBeVisible();
  await expect.poll(listed).toContain('Fares rose to $31 a month in 2023, the transit board said.');
});

test('the files of one drop are one undo step', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const documents = page.getByRole('navigation', { name: 'Documents' });
  // The list's length, not the rows drawn: opening a claim narrows the pane, which draws fewer.
  const before = await claimsTable(page).getAttribute('aria-rowcount');
  await page.locator('input[type=file]').setInputFiles([
    {
      name: 'nurses.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('The ministry said 4,000 nurses were hired in 2023.\n'),
    },
    {
      name: 'exports.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Exports rose 12 percent in March, the agency said.\n'),
    },
  ]);
  await expect(documents.getByText('The ministry said 4,000 nurses')).toBeVisible();
  await expect(documents.getByText('Exports rose 12 percent')).toBeVisible();

  await claimRows(page).first().click();
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText('Undid importing 2 drafts.');
  await expect(documents.getByText('The ministry said 4,000 nurses')).toHaveCount(0);
  await expect(documents.getByText('Exports rose 12 percent')).toHaveCount(0);
  await expect(claimsTable(page)).toHaveAttribute('aria-rowcount', before!);
});
