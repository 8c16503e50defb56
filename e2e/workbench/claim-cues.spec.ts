import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { filterClaims, openWorkbench, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

test.use({ viewport: { width: 1440, height: 900 } });

test('a cue in the Claim cell is a compact named glyph that leaves the claim its text room', async ({
  page,
  workbench,
}) => {
  test.slow(); // axe in light and dark on a shared two-core machine
  await openWorkbench(page, workbench.url);
  const claims = await workbench.readAllClaims();
  const soldiers = claims.find((c) => c.quote === 'Some 13,000 soldiers')!;
  const tanks = claims.find((c) => c.quote === '800 battle tanks and armored vehicles')!;
  await filterClaims(page, '13,000');
  const row = rowOf(page, soldiers.id);
  await row.click();
  await page.keyboard.press('v'); // verified with no supporting source: Needs evidence
  await filterClaims(page, '');

  const cue = row.locator('.cue-evidence');
  // Read by screen readers as words; its glyph is decoration; the reason is in its title.
  await expect(cue).toHaveText('⚑Needs evidence');
  await expect(cue.locator('[aria-hidden="true"]')).toHaveText('⚑');
  await expect(cue.getByText('Needs evidence')).toHaveClass('visually-hidden');
  await expect(cue).toHaveAttribute('title', 'Needs evidence: verified without a supporting source');

  // The cue takes a glyph's width: the claim's text keeps the rest of the cell, as in a row with no cue.
  const widths = async (claimId: string) =>
    rowOf(page, claimId).evaluate((tr) => ({
      cell: tr.querySelector<HTMLElement>('.claim-cell')!.getBoundingClientRect().width,
      text: tr.querySelector<HTMLElement>('.claim-text')!.getBoundingClientRect().width,
    }));
  const flagged = await widths(soldiers.id);
  const plain = await widths(tanks.id);
  expect((await cue.boundingBox())!.width).toBeLessThanOrEqual(20);
  expect(flagged.text).toBeGreaterThanOrEqual(plain.text - 26);
  expect(flagged.cell).toBe(plain.cell);
  await expect(row).toHaveCSS('height', '32px'); // the virtualizer's fixed row height holds

  await expectNoSeriousAxeLightAndDark(page, 'claims table with cues', '.table-pane');
});
