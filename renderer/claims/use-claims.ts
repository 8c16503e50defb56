import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import type { ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import type { ClaimsPage } from '../../shared/ipc/claim-list-row';
import { afterNextPaint } from '../lib/after-paint';
import { loadClaimPages, showFirstPage } from './claim-pages';
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
export function useClaim(claimId: string | null | undefined): ClaimListRow | undefined {
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
export function useDocumentClaims(documentId: string | null): readonly ClaimListRow[] {
  const store = useClaimsStore();
  return useSyncExternalStore(store.subscribe, () => store.documentClaims(documentId));
}

/** Where one document's claims sit; re-renders only when one comes, goes or moves. */
export function useDocumentSpans(documentId: string | null): readonly ClaimSpan[] {
  const store = useClaimsStore();
  return useSyncExternalStore(store.subscribe, () => store.documentSpans(documentId));
}

/** Whether the first page of the list has arrived. */
export function useClaimsLoaded(store: ClaimsStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.loaded);
}

/** The desk's checkers (they come beside the list's pages); re-renders when they arrive. */
export function useDeskCheckers(): readonly string[] {
  const store = useClaimsStore();
  return useSyncExternalStore(store.subscribe, () => store.checkers);
}

/** Whether every page of the list has arrived. */
export function useClaimsComplete(store: ClaimsStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.complete);
}

/**
 * The project's progress: from the claims store once it holds every claim (re-rendering only when the
 * counts change); until then the counts the project was opened with, not those of the pages so far.
 */
export function useProjectProgress(openingCounts: StatusCounts): Pick<ClaimStats, 'counts' | 'contested'> {
  const complete = useClaimsComplete(useClaimsStore());
  const stats = useClaimStats(null);
  return complete ? stats : { counts: openingCounts, contested: 0 };
}

/** A claim's full record, as Claim details shows it: its row's fields as they are now (a mark shows at once). */
export type ClaimRecord = ClaimRow & ClaimListRow;

/**
 * One claim's full record (history, note, citations, values, sentence), fetched when first asked for,
 * with the fields of its row as the store has them now: a mark shows here in the frame its row does.
 * Undefined until the record has come (or when there is no such claim).
 */
export function useClaimRecord(claimId: string | null | undefined): ClaimRecord | undefined {
  const store = useClaimsStore();
  const row = useClaim(claimId);
  const subscribe = useCallback(
    (listener: () => void) => (claimId ? store.records.subscribe(claimId, listener) : () => {}),
    [store, claimId],
  );
  const record = useSyncExternalStore(subscribe, () => (claimId ? store.records.get(claimId) : undefined));
  const present = row !== undefined;
  useEffect(() => {
    if (claimId && present) store.records.want(claimId);
  }, [store, claimId, present, record]);
  return useMemo(
    () =>
      row && record ? { ...record, ...row, values: record.values, sentence: record.sentence } : undefined,
    [row, record],
  );
}

/**
 * A store for the open project, filled from `claims:page` page by page (the table shows the first
 * page at once); `reload` fetches the whole list again (after an import, a new version, a restore).
 * `takeFirstPage` gives the first page when it was asked for before the workbench was drawn (once):
 * the store starts with it, so the workbench's first frame shows its rows.
 */
export function useProjectClaims(takeFirstPage?: () => ClaimsPage | null): {
  store: ClaimsStore;
  reload: () => Promise<void>;
} {
  const api = useApi();
  const { reportError } = useNotices();
  const [start] = useState(() => {
    const made = new ClaimsStore((claimId) => api.invoke('claim:get', { claimId }));
    const page = takeFirstPage?.() ?? null;
    if (page) showFirstPage(made, page);
    return { store: made, page };
  });
  const store = start.store;
  // The page the store started with, until the first load goes on from it.
  const startedWith = useRef(start.page);
  // Each load has its number: a load a newer one replaced stops taking pages.
  const loads = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++loads.current;
    const shown = startedWith.current;
    startedWith.current = null;
    try {
      // The rest of the list waits for the first rows to be painted: the services building its next
      // page (5,000 rows) took CPU from that first paint on two cores (docs/scale.md, "First rows").
      if (shown) await afterNextPaint();
      await loadClaimPages(api, store, () => ticket === loads.current, { shown });
    } catch (error) {
      if (ticket === loads.current) {
        reportError(error);
        if (!store.loaded) store.load([]);
      }
    }
  }, [api, store, reportError]);
  useEffect(() => {
    void load();
    const counter = loads;
    return () => {
      counter.current++;
    };
  }, [load]);
  return { store, reload: load };
}
