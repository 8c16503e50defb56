import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Types `text` in the claims filter and waits until the rows on screen are the ones it filters to.
 * The filter may be deferred and rows are pooled, so a row located before it lands could show another
 * claim when it is clicked.
 */
export async function filterClaims(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Filter claims' }).fill(text);
  await expect(page.locator('.table-pane')).toHaveAttribute('data-shown-filter', text);
}

/** The claims table. */
export function claimsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Claims' });
}

/** The claim rows of the table (group header rows and the header row left out). */
export function claimRows(page: Page): Locator {
  return claimsTable(page).locator('tbody tr.claim-row');
}

/** The region with the selected claim's details. */
export function details(page: Page): Locator {
  return page.getByRole('region', { name: 'Claim details' });
}

/** Opens the workbench and waits for the claims to show. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(claimRows(page).first()).toBeVisible();
}

/** The polite live region where the workbench says what happened. */
export function announcer(page: Page): Locator {
  return page.locator('.workbench > p[aria-live="polite"]');
}

/** The table row of one claim (it must be in view: filter or scroll to it first). */
export function rowOf(page: Page, claimId: string): Locator {
  return claimsTable(page).locator(`tr[data-claim-id="${claimId}"]`);
}

/** The table row at a position of the whole list (0-based), whether or not it is the nth in the DOM. */
export function rowAt(page: Page, index: number): Locator {
  return claimsTable(page).locator(`tr.claim-row[aria-rowindex="${index + 2}"]`);
}

/** Waits for the Add citation dialog to close on a saved citation; resolves with the "Citation added." notice, showing. */
export async function citationAddedNotice(page: Page): Promise<Locator> {
  await expect(page.getByRole('dialog', { name: 'Add citation' })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Citation added.' });
  await expect(notice).toBeVisible();
  return notice;
}
