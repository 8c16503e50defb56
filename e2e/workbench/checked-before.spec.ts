import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { announcer, claimRows, details } from '../support/pages';
import { screenshotsInBothThemes } from '../support/themes';
import { expect, factdesk, startWorkbench, stopWorkbench, test } from '../support/workbench';

/*
 * "Checked before" in the real web workbench: two real projects made with the CLI, the earlier one in
 * an archive folder added through the Archive folders dialog. The claim it verified shows under
 * "Checked before" for the same claim in the open project, its citations are reused (and undone), its
 * verdict copied into the note; the near-miss ("2,400 paratroopers") is not matched.
 */

const EARLIER = [
  'About 100,000 soldiers were massed at the border, officials said.',
  'The city spent $2.1 billion on the new bridge in 2023.',
  'Unemployment fell to 3.5 percent in September.',
].join(' ');
const LATER = [
  'Some 100,000 soldiers were massed at the border, the minister confirmed.',
  'Later that week 2,400 paratroopers landed near the capital’s airport.',
].join(' ');
const HOSTILE_NOTE = 'Ministry figures. <img src=x onerror="document.body.dataset.pwned=1">';

interface CliClaim {
  readonly id: string;
  readonly quote: string;
}

async function makeProject(dir: string, title: string, text: string): Promise<CliClaim[]> {
  const draft = `${dir}.txt`;
  await writeFile(draft, text);
  factdesk('new', dir, '--title', title);
  factdesk('import', dir, draft);
  return JSON.parse(factdesk('claims', dir, '--json')) as CliClaim[];
}

/** The Checked before section in view, light and dark, at each window size. */
async function shots(page: Page): Promise<void> {
  const match = details(page).getByRole('region', { name: 'Checked before' }).getByRole('listitem').first();
  await screenshotsInBothThemes(page, 'checked-before', {
    arrange: () => match.evaluate((element) => element.scrollIntoView({ block: 'end' })),
  });
}

test('a claim verified in another project shows under Checked before; its citations are reused and undone; a near-miss is not', async ({
  page,
}) => {
  // Two projects made with the real CLI, two workbench lookups and axe in light and dark: slow on 2 cores.
  test.setTimeout(150_000);
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-seen-'));
  const archive = join(root, 'archive');
  await mkdir(archive);
  const earlier = await makeProject(join(archive, 'Week1.factdesk'), 'Week 1', EARLIER);
  const week1 = join(archive, 'Week1.factdesk');
  for (const claim of earlier) {
    if (claim.quote.includes('100,000')) {
      factdesk('mark', week1, claim.id, 'verified', '--note', HOSTILE_NOTE, '--by', 'Mira');
      factdesk(
        'cite',
        week1,
        claim.id,
        '--url',
        'https://ministry.example/briefing',
        '--title',
        'Ministry briefing',
        '--stance',
        'supports',
        '--by',
        'Mira',
      );
    } else factdesk('mark', week1, claim.id, 'unsourced', '--by', 'Mira');
  }
  const later = await makeProject(join(root, 'Week2.factdesk'), 'Week 2', LATER);
  expect(later.some((claim) => claim.quote.includes('2,400'))).toBe(true);
  const { url, child } = await startWorkbench(
    ['--project', join(root, 'Week2.factdesk')],
    join(root, 'user-data'),
  );
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await claimRows(page).filter({ hasText: '100,000 soldiers' }).first().click();
    const section = details(page).getByRole('region', { name: 'Checked before' });
    // The desk is only the open project so far: nothing to match, said quietly.
    await expect(section.getByText('Not checked before in the desk’s projects')).toBeVisible();

    // The archive folder, typed (web workbench); a folder that is not there gets one sentence.
    await section.getByRole('button', { name: 'Archive folders…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive folders' });
    await dialog.getByLabel('Folder to add').fill(join(root, 'no such folder'));
    await dialog.getByRole('button', { name: 'Add folder' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      `There is no folder at ${join(root, 'no such folder')}; check the path and try again.`,
    );
    await dialog.getByLabel('Folder to add').fill(archive);
    await dialog.getByRole('button', { name: 'Add folder' }).click();
    await expect(dialog.getByRole('list', { name: 'Archive folders' })).toContainText(archive);
    await dialog.locator('.modal-actions').getByRole('button', { name: 'Close' }).click();

    const match = section.getByRole('listitem').filter({ hasText: 'Week 1' });
    await expect(match).toBeVisible();
    await expect(match).toContainText('Verified');
    await expect(match).toContainText('by Mira');
    await expect(match).toContainText('About 100,000 soldiers were massed at the border');
    await expect(match.getByRole('link', { name: 'Ministry briefing' })).toBeVisible();
    // Hostile text stays text.
    await expect(match.getByText(HOSTILE_NOTE)).toBeVisible();
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    await expectNoSeriousAxeLightAndDark(page, 'checked before', '.details-pane');
    await shots(page);

    // Reuse citations: a copy lands in this claim's citations, one undo step takes it away.
    await match.getByRole('button', { name: 'Reuse citations from Week 1' }).click();
    await expect(page.getByText('Added 1 citation from Week 1.')).toBeVisible();
    await expect(
      details(page).getByRole('button', { name: 'Remove citation: Ministry briefing' }),
    ).toBeVisible();
    await page.locator('.draft-title').click(); // off every field, where the workbench hears keys
    await page.keyboard.press('Control+z');
    await expect(announcer(page)).toHaveText(/^Undid /);
    await expect(
      details(page).getByRole('button', { name: 'Remove citation: Ministry briefing' }),
    ).toHaveCount(0);
    await expect(details(page).getByText('No citations yet.', { exact: false })).toBeVisible();

    // Copy verdict into note: the sentence is added to the note and saved like typing.
    const again = details(page)
      .getByRole('region', { name: 'Checked before' })
      .getByRole('listitem')
      .filter({ hasText: 'Week 1' });
    await again.getByRole('button', { name: 'Copy verdict into note' }).click();
    const note = details(page).getByRole('textbox', { name: 'Note' });
    await expect(note).toHaveValue(/^Checked before in Week 1 on \d{1,2} \w+ \d{4}: verified by Mira\.$/);
    await expect(details(page).locator('.note-state')).toHaveText('Saved');

    // The near-miss: 2,400 paratroopers is not the 100,000 soldiers checked in Week 1.
    await claimRows(page).filter({ hasText: '2,400 paratroopers' }).first().click();
    const other = details(page).getByRole('region', { name: 'Checked before' });
    await expect(
      other.getByText('Not checked before in the desk’s projects (1 project read).'),
    ).toBeVisible();
    await expect(other.getByText('Week 1')).toHaveCount(0);
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
