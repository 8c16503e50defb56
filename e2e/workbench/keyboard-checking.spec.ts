import { claimRows, details, rowAt } from '../support/pages';
import { expect, test } from '../support/workbench';

// A checker goes through the whole seed article by keyboard alone: it opens on the first claim, j goes
// to the next, v/d/u mark it, c cites it (typed into the dialog, saved with Enter), and the project on
// disk has every claim marked and cited with the stance its verdict needs.
test('the whole seed article can be checked and cited by keyboard alone', async ({ page, workbench }) => {
  test.setTimeout(240_000);
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const total = (await workbench.readAllClaims()).length;
  expect(total).toBeGreaterThan(10);
  await expect(page.getByText(`${total} claims`, { exact: true })).toBeVisible();

  const marks = ['v', 'd', 'u'] as const;
  const verdict = { v: 'Verified', d: 'Disputed', u: 'Unsourced' } as const;
  for (let i = 0; i < total; i++) {
    if (i > 0) await page.keyboard.press('j'); // the project opens on its first claim
    await expect(rowAt(page, i)).toHaveAttribute('aria-selected', 'true');
    const mark = marks[i % 3]!;
    await page.keyboard.press(mark);
    await expect(details(page).getByRole('button', { name: verdict[mark], pressed: true })).toBeVisible();

    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Add citation' });
    await expect(dialog.getByLabel('URL')).toBeFocused();
    await page.keyboard.type(`https://ex.org/${i}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Source ${i}`);
    // A disputed claim's new citation starts as Refutes; the others as Supports.
    await expect(dialog.getByRole('radio', { name: mark === 'd' ? 'Refutes' : 'Supports' })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(details(page).getByText(`Source ${i}`, { exact: true })).toBeVisible();
  }

  await expect(page.getByText('100% checked')).toBeVisible();
  await expect
    .poll(async () => {
      const claims = await workbench.readAllClaims();
      return claims.filter((c) => c.status !== 'unchecked' && c.citations.length === 1).length;
    })
    .toBe(total);
  const claims = await workbench.readAllClaims();
  for (const claim of claims) {
    const stance = claim.citations[0]!.stance;
    expect(stance).toBe(claim.status === 'disputed' ? 'refutes' : 'supports');
    expect(claim.citations[0]!.url).toMatch(/^https:\/\/ex\.org\/\d+$/);
  }
  // No verdict lacks its evidence: the Needs evidence filter is empty.
  await page.getByRole('checkbox', { name: /Needs evidence/ }).check();
  await expect(page.getByText('No claims match the filter.')).toBeVisible();
});
