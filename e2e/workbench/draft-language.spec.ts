import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { announcer, claimRows, openWorkbench } from '../support/pages';
import { expect, factdesk, startWorkbench, stopWorkbench, test } from '../support/workbench';

const SPANISH = join(process.cwd(), 'resources', 'samples', 'languages', 'es-otan-2022.txt');

interface DiskDocument {
  language?: string;
  languageChosen?: boolean;
  claims: { id: string; status: string; language?: string }[];
}

test("a Spanish draft shows its language, and the checker's correction finds its claims again in the chosen one", async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Otan.factdesk');
  factdesk('new', projectDir);
  factdesk('import', projectDir, SPANISH);
  const [file] = (await readdir(join(projectDir, 'documents'))).filter(
    (name) => name.endsWith('.json') && !name.endsWith('.versions.json'),
  );
  const onDisk = async () =>
    JSON.parse(await readFile(join(projectDir, 'documents', file!), 'utf8')) as DiskDocument;
  const { url, child } = await startWorkbench(['--project', projectDir], join(root, 'user-data'));
  try {
    await openWorkbench(page, url);
    await claimRows(page).first().click();
    const picker = page.getByRole('combobox', { name: 'Draft language' });
    await expect(picker).toHaveValue('es');
    await expect(page.locator('.draft-meta')).toContainText('Spanish');
    expect((await onDisk()).languageChosen).toBeUndefined();

    // The checker says the draft is in Portuguese: it is kept, and every suggestion is read in it.
    await picker.selectOption('pt');
    await expect(announcer(page)).toContainText('Found claims again in Portuguese');
    await expect(page.locator('.draft-meta')).toContainText('Portuguese');
    const corrected = await onDisk();
    expect(corrected).toMatchObject({ language: 'pt', languageChosen: true });
    expect(corrected.claims.length).toBeGreaterThan(5);
    expect(corrected.claims.every((claim) => claim.language === 'pt')).toBe(true);

    // After a reload the choice is still there.
    await page.reload();
    await claimRows(page).first().click();
    await expect(page.getByRole('combobox', { name: 'Draft language' })).toHaveValue('pt');
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
