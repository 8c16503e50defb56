import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useState,
} from 'react';
import type { ClaimChanges, ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { countsByDocument, groupByDocument, updateByDocument } from '../lib/claims-by-document';
import type { ClaimsByDocument } from '../lib/claims-by-document';
import { afterNextPaint } from '../lib/after-next-paint';
import { shareRepeatedStrings } from '../lib/share-strings';
import { notePatch } from '../table/row-patches';
import { ClaimOverlay } from './claim-overlay';

interface ClaimsState {
  readonly rows: readonly ClaimRow[];
  /** Claim id → position in `rows`; positions change only when claims are added or removed. */
  readonly index: ReadonlyMap<string, number>;
  /** Kept up to date by each change's delta: a mark rebuilds one document's list, not 100,000 rows. */
  readonly byDocument: ClaimsByDocument;
}

/** Every claim of the open project, with counts by status per document and overall. */
export interface ClaimsStore {
  /** null while the first load runs. */
  readonly rows: readonly ClaimRow[] | null;
  /** The claim as it is now (the overlay's version while the store catches up). */
  readonly byId: (id: string | null) => ClaimRow | undefined;
  /**
   * Puts an updated claim in place (what every mutation returns), without reloading the list: shown at
   * once through the overlay, taken into the rows, counts and table in a transition.
   */
  readonly replace: (row: ClaimRow) => void;
  /** Applies what an edit, an undo or a redo changed (rows anew, rows gone), the same way. */
  readonly apply: (changes: ClaimChanges) => void;
  /** Where the row and the details read a claim's newest version from (see claim-overlay.ts). */
  readonly overlay: ClaimOverlay;
  readonly reload: () => Promise<void>;
  readonly totals: StatusCounts;
  readonly countsByDocument: ReadonlyMap<string, StatusCounts>;
  /**
   * Claims of each document in document order (by start offset). A change replaces only the lists of
   * the documents it touched; the others (and their counts) keep their identity.
   */
  readonly byDocument: ClaimsByDocument;
}

function indexPositions(rows: readonly ClaimRow[]): ReadonlyMap<string, number> {
  return new Map(rows.map((row, position) => [row.id, position]));
}

function indexRows(rows: readonly ClaimRow[]): ClaimsState {
  return { rows, index: indexPositions(rows), byDocument: groupByDocument(rows) };
}

/** `current` with `changes` applied: updated rows keep their place, new ones go last, removed ones go. */
function applyChanges(current: ClaimsState, changes: ClaimChanges): ClaimsState {
  const removed = new Set(changes.removed);
  const previous: ClaimRow[] = [];
  const positions: number[] = [];
  let rows = current.rows.slice();
  let reindex = false;
  for (const row of changes.updated) {
    const position = current.index.get(row.id);
    if (position === undefined) {
      rows.push(row);
      reindex = true;
    } else {
      previous.push(current.rows[position]!);
      positions.push(position);
      rows[position] = row;
    }
  }
  if (!reindex && removed.size === 0) notePatch(rows, current.rows, positions);
  if (removed.size > 0) {
    for (const id of removed) {
      const position = current.index.get(id);
      if (position !== undefined) previous.push(current.rows[position]!);
    }
    rows = rows.filter((row) => !removed.has(row.id));
    reindex = true;
  }
  return {
    rows,
    index: reindex ? indexPositions(rows) : current.index,
    byDocument: updateByDocument(current.byDocument, previous, changes.updated, removed),
  };
}

const NO_DOCUMENTS: ClaimsByDocument = new Map();

type StoreAction =
  | { readonly type: 'loaded'; readonly loaded: ClaimsState | null }
  | { readonly type: 'changed'; readonly changes: ClaimChanges };

/** A reducer, not a state updater: React may run an updater at once in the event, a reducer it never does. */
function reduce(current: ClaimsState | null, action: StoreAction): ClaimsState | null {
  if (action.type === 'loaded') return action.loaded ?? current ?? indexRows([]);
  return current && applyChanges(current, action.changes);
}

function rowOf(state: ClaimsState | null, id: string): ClaimRow | undefined {
  const position = state?.index.get(id);
  return position === undefined ? undefined : state!.rows[position];
}

/** Loads `claims:list` once and keeps it current from the rows that mutations return. */
export function useClaimsStore(): ClaimsStore {
  const api = useApi();
  const { reportError } = useNotices();
  const [state, dispatch] = useReducer(reduce, null);
  const [overlay] = useState(() => new ClaimOverlay());
  // What the store now holds leaves the overlay once it is on screen.
  useLayoutEffect(() => overlay.settle((id) => rowOf(state, id)), [overlay, state]);

  const fetchRows = useCallback(
    (): Promise<ClaimsState | null> =>
      api.invoke('claims:list', {}).then(
        (rows) => {
          shareRepeatedStrings(rows);
          return indexRows(rows);
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
    void fetchRows().then((loaded) => live && dispatch({ type: 'loaded', loaded }));
    return () => {
      live = false;
    };
  }, [fetchRows]);

  const reload = useCallback(async () => {
    const loaded = await fetchRows();
    if (loaded) overlay.clear();
    dispatch({ type: 'loaded', loaded });
  }, [fetchRows, overlay]);

  const apply = useCallback(
    (changes: ClaimChanges) => {
      if (changes.updated.length === 0 && changes.removed.length === 0) return;
      for (const row of changes.updated) overlay.show(row);
      overlay.forget(changes.removed);
      // After the frame that shows the change through the overlay: the store's update (the table, the
      // counts, the draft) then never delays that frame.
      afterNextPaint(() => startTransition(() => dispatch({ type: 'changed', changes })));
    },
    [overlay],
  );
  const replace = useCallback((row: ClaimRow) => apply({ updated: [row], removed: [] }), [apply]);

  const byId = useCallback(
    (id: string | null) => (id === null ? undefined : (overlay.get(id) ?? rowOf(state, id))),
    [overlay, state],
  );

  const byDocument = state?.byDocument ?? NO_DOCUMENTS;
  const counts = useMemo(() => countsByDocument(byDocument), [byDocument]);

  return { rows: state?.rows ?? null, byId, replace, apply, reload, overlay, byDocument, ...counts };
}
