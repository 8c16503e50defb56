import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousAxe } from '../support/axe';
import { claimRows, details } from '../support/pages';
import { expect, factdesk, SEED_SAMPLE, startWorkbench, stopWorkbench, test } from '../support/workbench';
import type { DiskClaim } from '../support/workbench';
import { readFile, readdir } from 'node:fs/promises';

// On first use the checker's name is asked before anything can be signed, so no verdict is signed with
// the system account ("root"); the name stays for the next run and can be changed from the header.
test('first use asks the checker’s name; verdicts carry it, never the system account', async ({ page }) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Desk.factdesk');
  factdesk('new', projectDir, '--title', 'Desk');
  factdesk('import', projectDir, SEED_SAMPLE);
  const userData = join(root, 'user-data');
  let server = await startWorkbench(['--project', projectDir], userData, { askName: true });
  try {
    await page.goto(server.url);
    const ask = page.getByRole('dialog', { name: 'Who is checking?' });
    await expect(ask).toBeVisible();
    await expectNoSeriousAxe(page, 'first use');
    // It must be answered: Escape leaves it open, and an empty name is refused in words.
    await page.keyboard.press('Escape');
    await expect(ask).toBeVisible();
    await expect(ask.getByLabel('Checker name')).toHaveValue('');
    await ask.getByRole('button', { name: 'Save' }).click();
    await expect(ask.getByText('Type the name to sign your checks with.')).toBeVisible();
    await ask.getByLabel('Checker name').fill('Ana Checker');
    // The email for a shared project's commits is optional; a malformed one is refused in words.
    await ask.getByLabel('Email (optional)').fill('ana at desk');
    await ask.getByRole('button', { name: 'Save' }).click();
    await expect(
      ask.getByText('Type an email address such as ana@example.org, or leave it empty.'),
    ).toBeVisible();
    await ask.getByLabel('Email (optional)').fill('ana@desk.example');
    await ask.getByRole('button', { name: 'Save' }).click();
    await expect(ask).toHaveCount(0);
    // Focus lands on the claims table, not the page: j and the other keys work at once.
    await expect(page.getByRole('table', { name: 'Claims' })).toBeFocused();
    await expect
      .poll(async () => JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8')).checkerEmail)
      .toBe('ana@desk.example');
    await expect(page.getByRole('button', { name: /Ana Checker/ })).toBeVisible();

    await claimRows(page).first().click();
    const claimId = (await claimRows(page).first().getAttribute('data-claim-id'))!;
    await page.keyboard.press('v');
    await expect(details(page).getByText('Ana Checker marked it verified')).toBeVisible();
    const onDisk = async (): Promise<DiskClaim | undefined> => {
      const files = (await readdir(join(projectDir, 'documents'))).filter(
        (f) => f.endsWith('.json') && !f.endsWith('.versions.json'),
      );
      for (const file of files) {
        const doc = JSON.parse(await readFile(join(projectDir, 'documents', file), 'utf8'));
        const found = (doc.claims as DiskClaim[]).find((c) => c.id === claimId);
        if (found) return found;
      }
      return undefined;
    };
    await expect.poll(async () => (await onDisk())?.history.at(-1)?.by).toBe('Ana Checker');

    // The next run remembers the name and does not ask again.
    await stopWorkbench(server.child);
    server = await startWorkbench(['--project', projectDir], userData, { askName: true });
    await page.goto(server.url);
    await expect(claimRows(page).first()).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Who is checking?' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Ana Checker/ })).toBeVisible();
  } finally {
    await stopWorkbench(server.child);
    await rm(root, { recursive: true, force: true });
  }
});
