import type { Page } from '@playwright/test';
import { claimRows, details, filterClaims, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

/** Selects `phrase` in the rendered draft, as dragging the mouse over it would. */
async function selectInDraft(page: Page, phrase: string): Promise<void> {
  await page.locator('article.draft-text').evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let text = '';
    const nodes: { node: Text; at: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, at: text.length });
      text += node.textContent;
    }
    const start = text.indexOf(wanted);
    const end = start + wanted.length;
    const locate = (offset: number) => {
      const hit = nodes.filter((n) => n.at <= offset).pop()!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, phrase);
}

test('select draft text → Add claim (mouse and keyboard), undo removes it; warnings show in place', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const before = await workbench.readAllClaims();
  const documentId = before[0]!.documentId;
  const { text } = await workbench.readDocument(documentId);

  // Mouse path: select a phrase, the floating form offers Add claim with the kind Event.
  const phrase = 'the Atlantic Alliance has signaled';
  await selectInDraft(page, phrase);
  const popover = page.getByRole('form', { name: 'Add claim from selection' });
  await expect(popover.getByLabel('Kind of claim')).toHaveValue('event');
  await popover.getByRole('button', { name: 'Add claim' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Atlantic Alliance');
  const added = async () => (await workbench.readAllClaims()).find((c) => c.origin === 'manual');
  await expect.poll(async () => (await added())?.quote).toBe(phrase);
  const manual = (await added())!;
  expect(text.slice(manual.start, manual.end)).toBe(phrase);
  expect(manual.kind).toBe('event');

  await page.keyboard.press('Control+z');
  await expect.poll(added).toBeUndefined();
  await expect(page.getByText(`${before.length} claims`, { exact: true })).toBeVisible();

  // Keyboard path: in the draft, Shift+Ctrl+→ selects words from the selected claim's start; a adds it.
  // Keys pressed at once must act on the selection they made (selectionchange fires later).
  await page.getByRole('group', { name: 'Draft text' }).focus();
  const first = (await workbench.readAllClaims()).find((c) => c.quote === 'on January 12')!;
  await filterClaims(page, 'January 12');
  await rowOf(page, first.id).click();
  await filterClaims(page, '');
  // Wait for the cleared filter to repaint (it is deferred) before putting the caret in the draft.
  await expect(page.getByText(`${before.length} claims`, { exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Draft text' }).focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('a');
  await expect.poll(async () => (await added())?.start).toBe(first.start + 1);
  const typed = (await added())!;
  expect(text.slice(typed.start, typed.end)).toBe(typed.quote);
  expect(typed.quote).toBe('n January 12');

  // A claim finder warning: a marker on the highlight, the sentence in Claim details.
  const warned = before.find((c) => c.warnings && c.warnings.length > 0)!;
  await page.locator(`mark.has-warning[data-claims~="${warned.id}"]`).click();
  await expect(details(page).getByRole('list', { name: 'Warnings' })).toContainText(warned.warnings![0]!);
});

test('assign, dismiss, split, merge and re-find claims; each lands on disk and undoes', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  const before = await workbench.readAllClaims();
  const byQuote = async (quote: string) => (await workbench.readAllClaims()).filter((c) => c.quote === quote);

  // Assignee.
  const tanks = before.find((c) => c.quote.startsWith('800 battle tanks'))!;
  await filterClaims(page, '800 battle tanks');
  await rowOf(page, tanks.id).click();
  await details(page).getByLabel('Assignee').fill('Bea');
  await details(page).getByLabel('Assignee').press('Enter');
  await expect.poll(async () => (await byQuote(tanks.quote))[0]?.assignee).toBe('Bea');
  await expect(rowOf(page, tanks.id).locator('.cell-assignee')).toHaveText('Bea');
  // Enter went back to the table, as Escape does: the next key is a shortcut again.
  await expect(page.getByRole('table', { name: 'Claims' })).toBeFocused();
  await expect
    .poll(async () => (await workbench.readAllClaims()).find((c) => c.id === tanks.id)!.history.length)
    .toBe(tanks.history.length + 1);

  // Split "800 battle tanks and armored vehicles" before "and".
  await details(page).getByRole('button', { name: 'Split…' }).click();
  const split = page.getByRole('dialog', { name: 'Split claim' });
  await split.getByRole('button', { name: /^Split before “and”/ }).click();
  await expect.poll(async () => (await workbench.readAllClaims()).length).toBe(before.length + 1);
  const quotes = (await workbench.readAllClaims()).map((c) => c.quote);
  expect(quotes).toContain('800 battle tanks');
  expect(quotes).toContain('and armored vehicles');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await byQuote(tanks.quote)).length).toBe(1);

  // Take an untouched claim out as not a claim; undo brings it back.
  await filterClaims(page, 'two worrying scenarios');
  await rowOf(page, before.find((c) => c.quote === 'two worrying scenarios')!.id).click();
  await details(page).getByRole('button', { name: 'Not a claim' }).click();
  await expect.poll(async () => (await byQuote('two worrying scenarios')).length).toBe(0);
  await expect(page.getByText('No claims match the filter.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await byQuote('two worrying scenarios')).length).toBe(1);

  // Merge: pick two claims (click, Ctrl+click), Merge.
  const soldiers = before.find((c) => c.quote === 'Some 13,000 soldiers')!;
  const paratroopers = before.find((c) => c.quote === 'another 3,500 paratroopers')!;
  await filterClaims(page, 'paratroopers');
  await rowOf(page, soldiers.id).click();
  await rowOf(page, paratroopers.id).click({ modifiers: ['Control'] });
  await expect(page.getByRole('group', { name: 'Picked claims' })).toContainText('2 claims picked');
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect.poll(async () => (await workbench.readAllClaims()).length).toBe(before.length - 1);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await workbench.readAllClaims()).length).toBe(before.length);

  // Re-find claims keeps the checker's work (the assignee) and finds the others again.
  await filterClaims(page, '');
  await page.getByRole('button', { name: 'Re-find claims' }).click();
  await expect(page.locator('.workbench > p[aria-live]')).toContainText('Found claims again', {
    timeout: 30_000,
  });
  await expect.poll(async () => (await byQuote(tanks.quote))[0]?.assignee).toBe('Bea');
  expect((await workbench.readAllClaims()).length).toBe(before.length);
});
