import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimRows, claimsTable, details, filterClaims, openWorkbench } from '../support/pages';
import type { DiskClaim } from '../support/workbench';
import { expect, factdesk, SEED_SAMPLE, startWorkbench, stopWorkbench, test } from '../support/workbench';

// The keyboard between fields and the table: Escape leaves any field for the table (so the next key is
// a shortcut), a typed note is one change, `a` adds selected draft text in one step, and choosing a
// draft selects its first claim.
test('Escape leaves any field for the table; a note typed key by key is one change; a; switching drafts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Two.factdesk');
  const second = join(root, 'budget.txt');
  await writeFile(
    second,
    'City budget draft\n\nThe council approved 4,500 new housing units on 3 March 2022, up from 3,100 the year before.\n',
  );
  factdesk('new', projectDir, '--title', 'Two drafts');
  factdesk('import', projectDir, SEED_SAMPLE, second);
  const readAll = async (): Promise<DiskClaim[]> => {
    const files = (await readdir(join(projectDir, 'documents'))).filter(
      (f) => f.endsWith('.json') && !f.endsWith('.versions.json'),
    );
    const docs = await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(join(projectDir, 'documents', f), 'utf8'))),
    );
    return docs.flatMap((doc: { claims: DiskClaim[] }) => doc.claims);
  };
  const { url, child } = await startWorkbench(['--project', projectDir], join(root, 'user-data'));
  try {
    await openWorkbench(page, url);
    const table = claimsTable(page);

    // A note typed key by key, then Escape: the table has focus, and `d` marks Disputed.
    await claimRows(page).first().click();
    const claimId = (await claimRows(page).first().getAttribute('data-claim-id'))!;
    await page.keyboard.press('n');
    const note = details(page).getByLabel('Note');
    await expect(note).toBeFocused();
    await note.pressSequentially('Checked against the transcript', { delay: 40 });
    await page.keyboard.press('Escape');
    await expect(table).toBeFocused();
    await page.keyboard.press('d');
    await expect(details(page).getByRole('button', { name: 'Disputed', pressed: true })).toBeVisible();
    await expect(note).toHaveValue('Checked against the transcript');
    await expect
      .poll(async () => (await readAll()).find((c) => c.id === claimId))
      .toMatchObject({ status: 'disputed', note: 'Checked against the transcript' });
    const saved = (await readAll()).find((c) => c.id === claimId)!;
    expect(saved.history.filter((entry) => entry.action === 'note')).toHaveLength(1);

    // Escape in the filter keeps what it finds and goes to the table; `j` walks what it shows.
    const filter = page.getByRole('searchbox', { name: 'Filter claims' });
    await filterClaims(page, 'housing');
    // A row shows its claim's statement, which may leave the word out; the filter searches the
    // sentence too, and only the second draft has 'housing' in it.
    await expect(claimRows(page).first()).toContainText('City budget draft');
    const found = await claimRows(page).count();
    for (let i = 0; i < found; i++) await expect(claimRows(page).nth(i)).toContainText('City budget draft');
    await page.keyboard.press('Escape');
    await expect(table).toBeFocused();
    await expect(filter).toHaveValue('housing');
    await page.keyboard.press('j');
    await expect(details(page).getByRole('heading', { level: 2 })).toContainText('housing');
    await filterClaims(page, '');

    // Escape from a select and from the assignee field too.
    await page.getByLabel('Kind', { exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect(table).toBeFocused();
    await page.keyboard.press('i');
    await expect(details(page).getByLabel('Assignee')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(table).toBeFocused();

    // Choosing a draft selects its first claim (details follow), and `j` goes on from there.
    const documents = page.getByRole('navigation', { name: 'Documents' });
    await documents.getByRole('button', { name: /^City budget draft/ }).click();
    const firstRow = claimRows(page).first();
    await expect(firstRow).toHaveAttribute('aria-selected', 'true');
    const firstText = (await firstRow.locator('.claim-text').textContent())!;
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect.poll(async () => firstText.includes((await heading.textContent()) ?? '-')).toBe(true);
    await page.keyboard.press('j');
    await expect(claimRows(page).nth(1)).toHaveAttribute('aria-selected', 'true');

    // `a` with draft text selected adds it as a claim at once.
    const before = (await readAll()).length;
    const phrase = 'The council approved';
    await page.locator('.draft-text').evaluate((article, wanted) => {
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in the draft`);
    }, phrase);
    await expect(page.getByRole('form', { name: 'Add claim from selection' })).toBeVisible();
    await page.keyboard.press('a');
    await expect.poll(async () => (await readAll()).length).toBe(before + 1);
    expect((await readAll()).find((c) => c.origin === 'manual')?.quote).toBe(phrase);
    await expect(details(page).getByRole('heading', { level: 2 })).toContainText('council approved');
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
