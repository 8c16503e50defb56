import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import type { FactdeskApi } from '../../shared/ipc/contract';
import { shareRepeatedStrings } from '../lib/share-strings';
import type { ClaimsStore } from './claims-store';

/** Rows asked for at a time: about 2 MB of JSON, a few milliseconds to take in. */
export const CLAIMS_PAGE_SIZE = 5_000;

/**
 * Fills `store` with the project's claims page by page. The first page is shown at once; the pages
 * after it are handed to the store in batches that double (each at least as large as what the store
 * holds), so the table's order and the filter's index are rebuilt a few times, not once a page.
 * When the number of claims changes between pages (one added or removed meanwhile), it starts over
 * so no claim is missed. Stops when `current()` says a newer load took over.
 */
export async function loadClaimPages(
  api: FactdeskApi,
  store: ClaimsStore,
  current: () => boolean,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await api.invoke('claims:page', { offset: 0, limit: CLAIMS_PAGE_SIZE });
    if (!current()) return;
    const titles = new Map<string, string>();
    shareRepeatedStrings(first.rows, titles);
    let offset = first.rows.length;
    store.load(first.rows, offset >= first.total, first.checkers ?? []);
    let pending: ClaimListRow[] = [];
    let changed = false;
    while (offset < first.total) {
      const page = await api.invoke('claims:page', { offset, limit: CLAIMS_PAGE_SIZE });
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
        store.append(pending, complete);
        pending = [];
      }
    }
    if (!changed) return;
  }
  throw new Error('The claims kept changing while the list was loading; reopen the project to see them all.');
}
