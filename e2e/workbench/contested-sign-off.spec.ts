import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitServer, type GitTestServer } from '../../test-support/git-http-server';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows, details, openWorkbench, rowOf } from '../support/pages';
import { seedChecker } from '../support/seed-checker';
import { screenshotsInBothThemes } from '../support/themes';
import { SEED_SAMPLE, expect, startWorkbench, stopWorkbench, test } from '../support/workbench';

/*
 * A claim contested for real: two copies of a project shared through a bare git repository (served
 * on 127.0.0.1 by git http-backend), Ana and Ben marking one claim differently offline, both synced
 * with the real `factdesk sync`. The workbench then shows the contest, Ben settles it, Eve approves.
 */

const TOKEN = 'tok-e2e-desk';

/** Runs the real CLI without blocking this process, which serves the git repository. */
function cli(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/factdesk.mjs', ...args], {
      env: { ...process.env, FACTDESK_PASSPHRASE: '', FACTDESK_GIT_TOKEN: TOKEN },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`factdesk ${args.join(' ')}: ${stderr}`)),
    );
  });
}

let root: string;
let server: GitTestServer | undefined;
let child: ChildProcess | undefined;

test.afterEach(async () => {
  if (child) await stopWorkbench(child);
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

test('a contested claim is found, compared, settled and approved by another checker, and the report says so', async ({
  page,
}) => {
  test.setTimeout(420_000); // a dozen CLI runs and git round trips on a shared two-core machine
  root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-desk-'));
  server = await startGitServer(root, TOKEN);
  const url = server.createRepo('desk');
  const a = join(root, 'a.factdesk');
  const b = join(root, 'b.factdesk');
  await cli('new', a, '--title', 'Belarus desk');
  await cli('import', a, SEED_SAMPLE);
  await cli('sync', a, '--remote', url);
  await cli('clone', url, b);
  const rows = JSON.parse(await cli('claims', a, '--json')) as { id: string; quote: string }[];
  const soldiers = rows.find((row) => row.quote === 'Some 13,000 soldiers')!;
  await cli('mark', a, soldiers.id, 'verified', '--by', 'Ana <b>Checker</b>');
  await cli('mark', b, soldiers.id, 'disputed', '--by', 'Ben');
  await cli('sync', b);
  expect(await cli('sync', a)).toMatch(/1 contested claim\.\n$/);

  const userData = join(root, 'user-data');
  await seedChecker(userData, 'Ben');
  const started = await startWorkbench(['--project', a], userData);
  child = started.child;
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWorkbench(page, started.url);

  // Counted in the header, never as verified; a facet of its own.
  const progress = page.locator('.progress-summary');
  await expect(progress.locator('.progress-contested')).toHaveText('⇄ 1 contested');
  await expect(progress.getByText('0% checked')).toBeVisible();
  await page.getByRole('radio', { name: /Contested/ }).check();
  await expect(claimRows(page)).toHaveCount(1);
  const row = rowOf(page, soldiers.id);
  const cue = row.locator('.status-contested');
  await expect(cue).toHaveText(/Contested/);
  await expect(cue).toHaveAttribute('title', 'Contested: Verified by Ana <b>Checker</b>; Disputed by Ben');

  // Both values side by side with who and when; the hostile name is text.
  await row.click();
  const contested = details(page).getByRole('region', { name: /Contested/ });
  const verdicts = contested.getByRole('list', { name: 'Competing verdicts' }).getByRole('listitem');
  await expect(verdicts).toHaveCount(2);
  await expect(verdicts.nth(0)).toContainText(/Verified\s*Ana <b>Checker<\/b>/);
  await expect(verdicts.nth(1)).toContainText(/Disputed\s*Ben/);
  await expect(contested.locator('b')).toHaveCount(0);
  await expect(verdicts.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  const [left, right] = [await verdicts.nth(0).boundingBox(), await verdicts.nth(1).boundingBox()];
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(2); // side by side
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  await expectNoSeriousAxeLightAndDark(page, 'contested claim details', '.details-pane');
  await screenshotsInBothThemes(page, 'contested-sign-off-contested');

  // Ben, who sees both, gives the verdict: it settles the contest.
  await details(page).getByRole('button', { name: 'Disputed', exact: true }).click();
  await expect(details(page).getByRole('button', { name: 'Disputed', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(contested).toHaveCount(0);
  await page.getByRole('radio', { name: /^All/ }).check(); // no longer contested: the facet is empty
  await expect(row.locator('.status-disputed')).toBeVisible();
  await expect(progress.locator('.progress-contested')).toHaveCount(0);
  // Ben gave the verdict, so he cannot approve it.
  const approve = details(page).getByRole('button', { name: 'Approve verdict' });
  await expect(approve).toBeDisabled();
  await expect(
    details(page).getByText('You gave this verdict, so someone else must approve it.'),
  ).toBeVisible();

  // Eve, the editor, approves it.
  await page.getByRole('button', { name: /^Checker/ }).click();
  const who = page.getByRole('dialog', { name: 'Who is checking?' });
  await who.getByLabel('Checker name').fill('Eve');
  await who.getByRole('button', { name: 'Save' }).click();
  await expect(who).toHaveCount(0);
  await expect(approve).toBeEnabled();
  await approve.click();
  await expect(details(page).getByText(/Approved by\s*Eve/)).toBeVisible();
  await expect(details(page).getByText(/checked by Ben/)).toBeVisible();
  await expect(row.locator('.cue-approved')).toHaveText('✔Approved by Eve');
  await expectNoSeriousAxeLightAndDark(page, 'approved claim details', '.details-pane');
  await screenshotsInBothThemes(page, 'contested-sign-off-approved');

  // The assignee field offers the desk's checkers; Assigned to me shows Eve's claims only.
  const assignee = details(page).getByLabel('Assignee');
  const listId = await assignee.getAttribute('list');
  expect(
    await page
      .locator(`datalist[id="${listId}"] option`)
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
  ).toEqual(expect.arrayContaining(['Ana <b>Checker</b>', 'Ben', 'Eve']));
  await details(page).getByRole('button', { name: 'Assign to me' }).click();
  await expect(assignee).toHaveValue('Eve');
  await page.getByRole('checkbox', { name: /Assigned to me/ }).check();
  await expect(claimRows(page)).toHaveCount(1);
  await expect(page.getByText('1 of 22 claims')).toBeVisible();
  await page.getByRole('checkbox', { name: /Assigned to me/ }).uncheck();

  // On disk: the approval and its history line, by Eve.
  const onDisk = JSON.parse(await cli('claims', a, '--json')) as {
    id: string;
    approval?: { by: string };
    contested: unknown[];
  }[];
  expect(onDisk.find((c) => c.id === soldiers.id)).toMatchObject({ approval: { by: 'Eve' }, contested: [] });

  // The HTML report says who checked and who approved.
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const html = await readFile((await file.path())!, 'utf8');
  expect(html).toMatch(
    /badge s-disputed">Disputed<\/span>, checked by Ben on <time[^>]*>[^<]*<\/time>; approved by Eve on/,
  );
});
