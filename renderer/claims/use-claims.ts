import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ClaimRow } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { shareRepeatedStrings } from '../lib/share-strings';
import type { ClaimStats } from './claim-stats';
import { ClaimsStore } from './claims-store';
import type { ClaimSpan } from './claims-store';

const NO_STORE = new ClaimsStore();

/** The open project's claims store (an empty one outside a workbench). */
export const ClaimsStoreContext = createContext<ClaimsStore>(NO_STORE);

export function useClaimsStore(): ClaimsStore {
  return useContext(ClaimsStoreContext);
}

/** One claim as it is now; re-renders the caller when that claim changes, and for nothing else. */
export function useClaim(claimId: string | null | undefined): ClaimRow | undefined {
  const store = useClaimsStore();
  const subscribe = useCallback(
    (listener: () => void) => (claimId ? store.subscribeClaim(claimId, listener) : () => {}),
    [store, claimId],
  );
  return useSyncExternalStore(subscribe, () => store.get(claimId));
}

/** The store's version: re-renders the caller on every change (for views over the whole set). */
export function useClaimsVersion(store: ClaimsStore): number {
  return useSyncExternalStore(store.subscribe, () => store.version);
}

/** The stats of one document, or of the project (null); re-renders only when they change. */
export function useClaimStats(documentId: string | null): ClaimStats {
  const store = useClaimsStore();
  return useSyncExternalStore(store.subscribe, () => store.stats(documentId));
}

/** One document's claims in document order; re-renders only when a change touches that document. */
export function useDocumentClaims(documentId: string | null): readonly ClaimRow[] {
  const store = useClaimsStore();
  return useSyncExternalStore(store.subscribe, () => store.documentClaims(documentId));
}

/** Where one document's claims sit; re-renders only when one comes, goes or moves. */
export function useDocumentSpans(documentId: string | null): readonly ClaimSpan[] {
  const store = useClaimsStore();
  return useSyncExternalStore(store.subscribe, () => store.documentSpans(documentId));
}

/** Whether the first list has arrived. */
export function useClaimsLoaded(store: ClaimsStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.loaded);
}

/**
 * A store for the open project, filled from `claims:list` once; `reload` fetches the whole list
 * again (after an import, a new version, a restore).
 */
export function useProjectClaims(): { store: ClaimsStore; reload: () => Promise<void> } {
  const api = useApi();
  const { reportError } = useNotices();
  const [store] = useState(() => new ClaimsStore());

  const fetchRows = useCallback(
    (): Promise<readonly ClaimRow[] | null> =>
      api.invoke('claims:list', {}).then(
        (rows) => {
          shareRepeatedStrings(rows);
          return rows;
        },
        (error: unknown) => {
          reportError(error);
          return null;
        },
      ),
    [api, reportError],
  );
  useEffect(() => {
    let live = true;
    void fetchRows().then((rows) => {
      if (live) store.load(rows ?? []);
    });
    return () => {
      live = false;
    };
  }, [fetchRows, store]);

  const reload = useCallback(async () => {
    const rows = await fetchRows();
    if (rows) store.load(rows);
  }, [fetchRows, store]);
  return { store, reload };
}
