import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows, details } from '../support/pages';
import { SEED_SAMPLE, expect, factdesk, startWorkbench, stopWorkbench, test } from '../support/workbench';

/** The snapshot folders in a project's backups/, oldest first. */
async function snapshots(projectDir: string): Promise<string[]> {
  return (await readdir(join(projectDir, 'backups'))).filter((name) => !name.startsWith('.')).sort();
}

async function documentFiles(projectDir: string): Promise<string[]> {
  return (await readdir(join(projectDir, 'documents'))).sort();
}

// From the workbench: restore the backup taken when the draft came in (before any verdict), then go
// back to the state just before that restore. Nothing is lost on the way: the current state is always
// kept first.
test('Backups… lists the backups and restores one, keeping the current state as a backup', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000); // two restores and four axe runs, on a shared 2-core machine
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const [documentFile] = await documentFiles(workbench.projectDir);
  const documentId = documentFile!.replace(/\.json$/, '');

  // A mark that only the current state has.
  await claimRows(page).first().click();
  await details(page).getByRole('button', { name: 'Verified' }).click();
  await expect
    .poll(async () => (await workbench.readAllClaims()).some((c) => c.status === 'verified'))
    .toBe(true);
  const before = await snapshots(workbench.projectDir);
  // Taken when the CLI imported the draft into the new project (none of the empty project before it).
  expect(before).toHaveLength(1);

  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const table = dialog.getByRole('table', { name: /1 backup, newest first/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Recent');
  await expect(table.getByRole('row').nth(1)).toContainText('While editing');
  await expectNoSeriousAxeLightAndDark(page, 'backups dialog', '.backups-dialog');

  await table.getByRole('button', { name: /^Restore the backup of / }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore backup' });
  await expect(confirm).toContainText('current state is first kept as a new backup');
  await expect(confirm).toContainText('1 document');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousAxeLightAndDark(page, 'restore confirmation', '.backups-dialog');
  // Cancel goes back to the list; nothing happened on disk.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('table')).toBeVisible();
  expect(await snapshots(workbench.projectDir)).toEqual(before);
  await dialog.getByRole('button', { name: /^Restore the backup of / }).click();
  await page
    .getByRole('dialog', { name: 'Restore backup' })
    .getByRole('button', { name: 'Restore backup' })
    .click();

  // The project as it was in that backup: the draft, no verdict. The state before is a new backup, with the mark.
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored.' })).toBeVisible();
  await expect(claimRows(page).first()).toBeVisible();
  await expect
    .poll(async () => (await workbench.readDocument(documentId)).claims.some((c) => c.status === 'verified'))
    .toBe(false);
  const after = await snapshots(workbench.projectDir);
  const kept = after.find((name) => name.endsWith('-before-restore'));
  expect(after).toHaveLength(2);
  const keptDocument = JSON.parse(
    await readFile(join(workbench.projectDir, 'backups', kept!, 'documents', documentFile!), 'utf8'),
  ) as { claims: { status: string }[] };
  expect(keptDocument.claims.filter((claim) => claim.status === 'verified')).toHaveLength(1);

  // And back: restore the state kept just before.
  await page.getByRole('button', { name: 'Backups…' }).click();
  const again = page.getByRole('dialog', { name: 'Backups' });
  const newest = again.getByRole('row').filter({ hasText: 'Before a restore' });
  await expect(newest).toContainText('1');
  await newest.getByRole('button', { name: /^Restore the backup of / }).click();
  await page
    .getByRole('dialog', { name: 'Restore backup' })
    .getByRole('button', { name: 'Restore backup' })
    .click();
  await expect
    .poll(async () =>
      (await workbench.readDocument(documentId)).claims.filter((c) => c.status === 'verified'),
    )
    .toHaveLength(1);
  await expect(claimRows(page).filter({ hasText: 'Verified' })).toHaveCount(1);
  expect(await snapshots(workbench.projectDir)).toHaveLength(3);
});

// From the start screen: a damaged document is named, left untouched, and its newest good backup is
// offered; restoring it sets the damaged file aside (never overwritten) and opens the project.
test('a damaged project offers "Restore this backup" on the start screen', async ({ page }) => {
  test.setTimeout(120_000); // a restore and three axe runs, on a shared 2-core machine
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Damaged.factdesk');
  factdesk('new', projectDir, '--title', 'Damaged desk');
  factdesk('import', projectDir, SEED_SAMPLE);
  const [documentFile] = await documentFiles(projectDir);
  const documentPath = join(projectDir, 'documents', documentFile!);
  const damaged = (await readFile(documentPath, 'utf8')).replace('"status":"unchecked"', '"status":"bogus"');
  await writeFile(documentPath, damaged);

  // Named on the command line, the damaged project is handed to the page, which offers the backup.
  const { url, child } = await startWorkbench(['--project', projectDir], join(root, 'user-data'));
  try {
    await page.goto(url);
    const notice = page.getByRole('alert').filter({ hasText: 'This project cannot be opened' });
    await expect(notice).toContainText(`documents/${documentFile} is damaged`);
    await expect(notice).toContainText('It was left untouched');
    await expectNoSeriousAxeLightAndDark(page, 'damaged project notice');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    // The same from the Open project form.
    await page.getByLabel('Project folder').fill(projectDir);
    await page.getByRole('button', { name: 'Open project' }).click();
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Restore this backup' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore backup' });
    await expect(confirm).toContainText('current state is first kept as a new backup');
    await expectNoSeriousAxeLightAndDark(page, 'restore from start screen', '.backups-dialog');
    expect(await readFile(documentPath, 'utf8')).toBe(damaged); // nothing touched yet
    await confirm.getByRole('button', { name: 'Restore backup' }).click();

    // The backup the import took, with the draft as it came in.
    await expect(claimRows(page).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 damaged file was set aside' })).toBeVisible();
    const files = await documentFiles(projectDir);
    const aside = files.find((name) => name.startsWith(`${documentFile}.damaged-`));
    expect(aside).toBeDefined();
    expect(await readFile(join(projectDir, 'documents', aside!), 'utf8')).toBe(damaged);
    const kept = (await snapshots(projectDir)).find((name) => name.endsWith('-before-restore'));
    expect(await readFile(join(projectDir, 'backups', kept!, 'documents', documentFile!), 'utf8')).toBe(
      damaged,
    );
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});

// Mending from the start screen: only the damaged draft goes back to its backup copy; the draft
// imported since and its verdict stay (restoring the whole backup would have taken them away).
test('a damaged draft is mended from the start screen, keeping the work done since the backup', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Mend.factdesk');
  factdesk('new', projectDir, '--title', 'Mend desk');
  factdesk('import', projectDir, SEED_SAMPLE);
  const [seedFile] = await documentFiles(projectDir);
  const seedId = seedFile!.replace(/\.json$/, '');
  // A new version of the seed draft: Factdesk keeps a backup of the project just before it.
  const revised = join(root, 'revised.txt');
  await writeFile(
    revised,
    `${(await readFile(SEED_SAMPLE, 'utf8')).trim()}\n\nIn 2021, 12 percent disagreed.\n`,
  );
  factdesk('revise', projectDir, seedId, revised);
  const late = join(root, 'late.txt');
  await writeFile(late, 'In 2023, 40 percent of voters agreed with the plan.\n');
  factdesk('import', projectDir, late);
  const lateClaim = (
    JSON.parse(factdesk('claims', projectDir, '--json')) as { id: string; documentId: string }[]
  ).find((claim) => claim.documentId !== seedId)!;
  factdesk('mark', projectDir, lateClaim.id, 'verified');
  const seedPath = join(projectDir, 'documents', seedFile!);
  await writeFile(seedPath, '{"format": "factdesk-document", "sch');

  const { url, child } = await startWorkbench([], join(root, 'user-data'));
  try {
    await page.goto(url);
    await page.getByLabel('Project folder').fill(projectDir);
    await page.getByRole('button', { name: 'Open project' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'This project cannot be opened' });
    // The damage, then what each button would do; the commands to type are the CLI's business.
    await expect(notice.locator('.damaged-project-message')).toHaveText(
      `documents/${seedFile} is damaged: it is not valid JSON. It was left untouched.`,
    );
    await expect(notice).toContainText(`Mending puts back documents/${seedFile} from the backup of`);
    await expect(notice).toContainText('Restoring the newest good backup instead (made');
    await expect(notice).not.toContainText('factdesk ');
    await expectNoSeriousAxeLightAndDark(page, 'damaged project notice with mending');
    // All backups… offers the same mending above the list.
    await notice.getByRole('button', { name: 'All backups…' }).click();
    const backups = page.getByRole('dialog', { name: 'Backups' });
    await expect(backups).toContainText(
      `1 file cannot be read. Mending puts back documents/${seedFile} from the backup of`,
    );
    await expect(backups.getByRole('button', { name: 'Mend the damaged file' })).toBeEnabled();
    await expectNoSeriousAxeLightAndDark(page, 'backups dialog with mending', '.backups-dialog');
    await page.screenshot({ path: 'test-results/backups-mend-offer.png' });
    await backups.getByRole('button', { name: 'Close', exact: true }).last().click();
    await notice.getByRole('button', { name: 'Mend the damaged file' }).click();

    await expect(
      page.getByRole('status').filter({ hasText: 'Project mended: 1 damaged file put back' }),
    ).toBeVisible();
    await expect(claimRows(page).first()).toBeVisible();
    const lateDocument = JSON.parse(
      await readFile(join(projectDir, 'documents', `${lateClaim.documentId}.json`), 'utf8'),
    ) as { claims: { id: string; status: string }[] };
    expect(lateDocument.claims.find((claim) => claim.id === lateClaim.id)?.status).toBe('verified');
    const files = await documentFiles(projectDir);
    const aside = files.find((name) => name.startsWith(`${seedFile}.damaged-`));
    expect(await readFile(join(projectDir, 'documents', aside!), 'utf8')).toBe(
      '{"format": "factdesk-document", "sch',
    );
    expect(JSON.parse(await readFile(seedPath, 'utf8')).id).toBe(seedId);
    expect((await snapshots(projectDir)).some((name) => name.endsWith('-before-mend'))).toBe(true);
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
