import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultChecklists } from '../../shared/domain/checklists';
import type { ClaimKind } from '../../shared/domain/enums';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain/schema-version';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { announcer, claimRows, details, rowOf } from '../support/pages';
import { screenshotsInBothThemes } from '../support/themes';
import { expect, test } from '../support/workbench';

/*
 * Checklists per kind of claim, in the real web workbench on a real project folder: ticking an item
 * (with the keyboard, on disk, in the table, undone with Ctrl+Z), the gentle cue when a verdict is
 * given with items left, and editing the project's checklists in their dialog.
 */

test('ticking a checklist item: keyboard, on disk, progress in the table, undone with Ctrl+Z; a gentle cue after a verdict', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000); // screenshots and axe in light and dark, on a shared 2-core machine
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(workbench.url);
  const row = claimRows(page).first();
  await row.click();
  const claimId = (await row.getAttribute('data-claim-id'))!;
  const onDisk = async () => (await workbench.readAllClaims()).find((c) => c.id === claimId)!;
  const kind = (await onDisk()).kind as ClaimKind;
  const items = defaultChecklists[kind];
  const checklist = details(page).getByRole('group', { name: 'Checklist' });
  await expect(checklist.getByRole('checkbox')).toHaveCount(items.length);
  await expect(checklist.getByText(`0/${items.length}`)).toBeVisible();

  // Space on the focused box ticks it.
  const first = checklist.getByRole('checkbox', { name: items[0]!.text });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(checklist.getByText(`1/${items.length}`)).toBeVisible();
  await expect
    .poll(async () => (await onDisk()) as unknown as { ticks?: string[] })
    .toMatchObject({
      ticks: [items[0]!.id],
    });
  expect((await onDisk()).history.at(-1)).toMatchObject({ action: 'ticked' });
  await expect(rowOf(page, claimId).getByText(`Checklist: 1 of ${items.length} done`)).toBeAttached();
  await expect(details(page).getByText(`ticked “${items[0]!.text}”`)).toBeVisible();

  // Ctrl+Z takes the tick back, on screen and on disk.
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText('Undid ticking a checklist item.');
  await expect(first).not.toBeChecked();
  await expect.poll(async () => ((await onDisk()) as unknown as { ticks?: string[] }).ticks).toBeUndefined();

  // A verdict with items left: a quiet note, and the verdict is given all the same.
  await checklist.getByRole('checkbox', { name: items[1]!.text }).check();
  await page.locator('.draft-title').click(); // off every field, where the workbench hears keys
  await page.keyboard.press('v');
  await expect.poll(async () => (await onDisk()).status).toBe('verified');
  const left = items.length - 1;
  await expect(details(page).getByRole('note')).toContainText(
    `Verdict given with ${left === 1 ? '1 item' : `${left} items`} of the checklist not ticked.`,
  );
  await expect(rowOf(page, claimId).getByText(`Checklist: 1 of ${items.length} done`)).toBeAttached();

  // The count beside the verdict shows whole, or not at all when the Status column is too narrow for
  // it: never "1/" of "1/5". Its words stay in the row for screen readers.
  const count = rowOf(page, claimId).locator('.checklist-progress');
  const shown = () =>
    count.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const clip = element.parentElement!.getBoundingClientRect();
      if (box.top >= clip.bottom - 0.5 || box.left >= clip.right - 0.5) return 'none';
      return box.right <= clip.right + 0.5 && box.bottom <= clip.bottom + 0.5 ? 'whole' : 'cut';
    });
  expect(await shown()).toBe('whole');
  const grip = page.getByRole('separator', { name: 'Resize Status column' });
  await grip.focus();
  const widths = new Set<string>();
  for (let step = 0; step < 8; step++) {
    widths.add(await shown());
    await page.keyboard.press('ArrowLeft');
  }
  expect([...widths].sort()).toEqual(['none', 'whole']);
  await page.keyboard.press('Home');
  await expect(rowOf(page, claimId).getByText(`Checklist: 1 of ${items.length} done`)).toBeAttached();
  await expectNoSeriousAxeLightAndDark(page, 'claim checklist');
  await screenshotsInBothThemes(page, 'checklists-details');
});

test("editing a project's checklist (opened with L or from Claim details): the new item shows in a claim's details and is kept in project.json", async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(workbench.url);
  const row = claimRows(page).first();
  await row.click();
  const claimId = (await row.getAttribute('data-claim-id'))!;
  const kind = (await workbench.readAllClaims()).find((c) => c.id === claimId)!.kind as ClaimKind;
  const items = defaultChecklists[kind];

  // Reached from anywhere in the workbench with L, which the ? dialog lists; and from Claim details.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('cell', { name: 'Edit the project’s checklists' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Checklists' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await details(page).getByRole('button', { name: 'Edit checklists…' }).click();
  await dialog.getByLabel('Kind of claim').selectOption(kind);
  const label = await dialog.getByLabel('Kind of claim').locator('option:checked').textContent();
  const name = label!.replace(/ \(\d+\)$/, '');
  await dialog
    .getByRole('textbox', { name: `${name} item 1` })
    .fill('Found the primary source, in our words');
  await dialog.getByRole('button', { name: `Remove ${name} item 2` }).click();
  await dialog.getByRole('button', { name: 'Add item' }).click();
  // The new field takes focus: the checker types at once.
  await expect(dialog.getByRole('textbox', { name: `${name} item ${items.length}` })).toBeFocused();
  await page.keyboard.type('Asked the ministry press office');
  await expectNoSeriousAxeLightAndDark(page, 'checklists dialog', '.checklists-dialog');
  await page.screenshot({ path: 'test-results/checklists-dialog-1440-light.png' });
  await dialog.getByRole('button', { name: 'Save checklists' }).click();
  await expect(dialog).toHaveCount(0);

  const checklist = details(page).getByRole('group', { name: 'Checklist' });
  await expect(checklist.getByRole('checkbox', { name: 'Asked the ministry press office' })).toBeVisible();
  await expect(
    checklist.getByRole('checkbox', { name: 'Found the primary source, in our words' }),
  ).toBeVisible();
  await expect(checklist.getByRole('checkbox', { name: items[1]!.text })).toHaveCount(0);
  await expect(checklist.getByRole('checkbox')).toHaveCount(items.length);

  const project = JSON.parse(await readFile(join(workbench.projectDir, 'project.json'), 'utf8')) as {
    schemaVersion: number;
    checklists: Record<string, { id: string; text: string }[]>;
  };
  expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  expect(project.checklists[kind]!.map((entry) => entry.text)).toEqual([
    'Found the primary source, in our words',
    ...items.slice(2).map((entry) => entry.text),
    'Asked the ministry press office',
  ]);
  // The reworded item kept its id, so ticks given before stay with it.
  expect(project.checklists[kind]![0]!.id).toBe(items[0]!.id);

  // Ticking the new item works like any other, and the edit survives a reload.
  await checklist.getByRole('checkbox', { name: 'Asked the ministry press office' }).check();
  await expect
    .poll(
      async () =>
        ((await workbench.readAllClaims()).find((c) => c.id === claimId) as { ticks?: string[] }).ticks
          ?.length,
    )
    .toBe(1);
  await page.reload();
  await claimRows(page).first().click();
  await expect(
    details(page).getByRole('checkbox', { name: 'Asked the ministry press office', checked: true }),
  ).toBeVisible();
});
