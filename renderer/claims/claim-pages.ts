import type { ClaimListRow, ClaimsPage } from '../../shared/ipc/claim-list-row';
import type { FactdeskApi } from '../../shared/ipc/contract';
import { shareRepeatedStrings } from '../lib/share-strings';
import type { ClaimsStore } from './claims-store';

/** How many rows each `claims:page` asks for: the first page, then each one after it. */
export interface ClaimPageSizes {
  readonly first: number;
  readonly rest: number;
}

/**
 * The first page is small, so the table shows rows as soon as it can (a screen holds a few dozen;
 * 5,000 rows are 3.5 MB of JSON to send, parse and take in at 100,000 claims, most of the wait).
 * The pages after it are 5,000 rows, a few milliseconds each to take in.
 */
export const CLAIM_PAGE_SIZES: ClaimPageSizes = { first: 1_000, rest: 5_000 };

/**
 * Asks for the first page now, beside the open project's view at start, so the workbench can be drawn
 * with its first rows. Null when it is refused (no project is open).
 */
export function requestFirstPage(
  api: FactdeskApi,
  sizes: ClaimPageSizes = CLAIM_PAGE_SIZES,
): Promise<ClaimsPage | null> {
  return api.invoke('claims:page', { offset: 0, limit: sizes.first }).catch(() => null);
}

/**
 * Puts a first page asked for earlier into a new store, before anything is drawn: the workbench's
 * first frame has its rows. `loadClaimPages` then goes on after it (given it as `shown`).
 */
export function showFirstPage(store: ClaimsStore, page: ClaimsPage): void {
  shareRepeatedStrings(page.rows, new Map());
  store.load(page.rows, page.rows.length >= page.total, 0);
}

/**
 * Fills `store` with the project's claims page by page. The first page is shown at once; the pages
 * after it are handed to the store in batches that double (each at least as large as what the store
 * holds), so the table's order and the filter's index are rebuilt a few times, not once a page.
 * When the number of claims changes between pages (one added or removed meanwhile), it starts over
 * so no claim is missed. Stops when `current()` says a newer load took over. A first page already
 * in the store (`shown`, see `showFirstPage`) is not asked for again.
 */
export async function loadClaimPages(
  api: FactdeskApi,
  store: ClaimsStore,
  current: () => boolean,
  { sizes = CLAIM_PAGE_SIZES, shown = null }: { sizes?: ClaimPageSizes; shown?: ClaimsPage | null } = {},
): Promise<void> {
  // The desk's checkers, for the assignee field, asked beside the pages: reading every claim for them
  // stays off the first rows' path. Without them the field still offers the claim's own names.
  const checkers = api.invoke('claims:checkers', {}).then(
    (names) => current() && store.setCheckers(names),
    () => {},
  );
  try {
    await loadPages(api, store, current, sizes, shown);
  } finally {
    await checkers;
  }
}

async function loadPages(
  api: FactdeskApi,
  store: ClaimsStore,
  current: () => boolean,
  sizes: ClaimPageSizes,
  shown: ClaimsPage | null,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    // The store's version when each page is asked for: a change the store takes in after it may be
    // newer than the page (see `ClaimsStore.load`).
    const given = attempt === 0 ? shown : null;
    const firstAskedAt = store.version;
    const first = given ?? (await api.invoke('claims:page', { offset: 0, limit: sizes.first }));
    if (!current()) return;
    const titles = new Map<string, string>();
    // On a page already shown this only notes its titles (its rows share them already).
    shareRepeatedStrings(first.rows, titles);
    let offset = first.rows.length;
    if (!given) store.load(first.rows, offset >= first.total, firstAskedAt);
    let pending: ClaimListRow[] = [];
    let pendingAskedAt = 0;
    let changed = false;
    while (offset < first.total) {
      if (pending.length === 0) pendingAskedAt = store.version;
      const page = await api.invoke('claims:page', { offset, limit: sizes.rest });
      if (!current()) return;
      if (page.total !== first.total || page.rows.length === 0) {
        changed = true;
        break;
      }
      shareRepeatedStrings(page.rows, titles);
      offset += page.rows.length;
      for (const row of page.rows) pending.push(row);
      const complete = offset >= first.total;
      if (complete || pending.length >= store.size) {
        store.append(pending, complete, pendingAskedAt);
        pending = [];
      }
    }
    if (!changed) return;
  }
  throw new Error('The claims kept changing while the list was loading; reopen the project to see them all.');
}
