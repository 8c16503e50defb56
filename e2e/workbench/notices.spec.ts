import type { Locator, Page } from '@playwright/test';
import { citationAddedNotice, claimRows, details, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

/** What is drawn at the middle of `target`: null when it is the element itself (or inside it). */
function coveredBy(target: Locator): Promise<string | null> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (hit && (hit === element || element.contains(hit))) return null;
    return hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing';
  });
}

/**
 * Marks the first claim (a date with a warning, so its Note sits low in the panel) verified and
 * cites it; resolves with the confirmation, announced as a polite status.
 */
async function markAndCite(page: Page): Promise<Locator> {
  await claimRows(page).first().click();
  const panel = details(page);
  await panel.getByRole('button', { name: 'Verified', exact: true }).click();
  await panel.getByRole('button', { name: 'Add citation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add citation' });
  await dialog.getByLabel('URL').fill('https://www.nato.int/cps/en/natohq/news.htm');
  await dialog.getByLabel('Title').fill('NATO press conference');
  await dialog.getByRole('button', { name: 'Save' }).click();
  return citationAddedNotice(page);
}

// A checker marks a claim, cites it, and goes on to write the note while "Citation added." shows:
// the notice sits on the draft and table side, never over the claim panel.
for (const [width, height] of [
  [1024, 700],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} a notice leaves the claim panel's Note field in view, clickable and typable`, async ({
    page,
    workbench,
  }) => {
    await page.setViewportSize({ width, height });
    await openWorkbench(page, workbench.url);
    const notice = await markAndCite(page);
    const panel = details(page);

    // The checker goes back up the panel to the note (the citation left it scrolled down): it comes
    // into view at the panel's foot, where the notice used to be drawn over it.
    const note = panel.getByRole('textbox', { name: 'Note' });
    await panel.locator('.details-scroll').evaluate((scroller) => scroller.scrollTo({ top: 0 }));
    await note.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
    await expect(note).toBeInViewport({ ratio: 0.95 });
    expect(await coveredBy(note)).toBeNull();
    // No notice reaches into the claim panel at all.
    const panelBox = (await panel.boundingBox())!;
    for (const box of await notice
      .locator('.notice')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x);
    }

    // Clicked and typed into while the notice still shows.
    await note.click();
    await expect(note).toBeFocused();
    await page.keyboard.type('Matches the NATO transcript.');
    await expect(note).toHaveValue('Matches the NATO transcript.');
    await expect(notice).toBeVisible();
  });
}

test('a confirmation stays while the focus is on it, and Dismiss from the keyboard gives the focus back', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openWorkbench(page, workbench.url);
  const notice = await markAndCite(page);
  const note = details(page).getByRole('textbox', { name: 'Note' });
  await note.click();
  // From the note to the notice's Dismiss (the notices come last in the Tab order).
  const dismiss = notice.getByRole('button', { name: 'Dismiss' });
  await dismiss.focus();
  await expect(dismiss).toBeFocused();
  // Past the 6 seconds a confirmation shows for, it is still there under the focus.
  await page.waitForTimeout(6_500);
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Citation added.')).toHaveCount(0);
  await expect(note).toBeFocused();
});
