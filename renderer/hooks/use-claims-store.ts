import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimChanges, ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { emptyCounts } from '../lib/status';

interface ClaimsState {
  readonly rows: readonly ClaimRow[];
  /** Claim id → position in `rows`; positions change only when claims are added or removed. */
  readonly index: ReadonlyMap<string, number>;
}

/** Every claim of the open project, with counts by status per document and overall. */
export interface ClaimsStore {
  /** null while the first load runs. */
  readonly rows: readonly ClaimRow[] | null;
  readonly byId: (id: string | null) => ClaimRow | undefined;
  /** Puts an updated claim in place (what every mutation returns), without reloading the list. */
  readonly replace: (row: ClaimRow) => void;
  /** Applies what an edit, an undo or a redo changed: rows anew, rows gone. */
  readonly apply: (changes: ClaimChanges) => void;
  readonly reload: () => Promise<void>;
  readonly totals: StatusCounts;
  readonly countsByDocument: ReadonlyMap<string, StatusCounts>;
  /** Claims of each document in document order (by start offset). */
  readonly byDocument: ReadonlyMap<string, readonly ClaimRow[]>;
}

function inDocumentOrder(list: readonly ClaimRow[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return false;
  return true;
}

function indexRows(rows: readonly ClaimRow[]): ClaimsState {
  return { rows, index: new Map(rows.map((row, position) => [row.id, position])) };
}

/** `current` with `changes` applied: updated rows keep their place, new ones go last, removed ones go. */
function applyChanges(current: ClaimsState, changes: ClaimChanges): ClaimsState {
  const removed = new Set(changes.removed);
  let rows = current.rows.slice();
  let reindex = false;
  for (const row of changes.updated) {
    const position = current.index.get(row.id);
    if (position === undefined) {
      rows.push(row);
      reindex = true;
    } else rows[position] = row;
  }
  if (removed.size > 0) {
    rows = rows.filter((row) => !removed.has(row.id));
    reindex = true;
  }
  return reindex ? indexRows(rows) : { rows, index: current.index };
}

/** Loads `claims:list` once and keeps it current from the rows that mutations return. */
export function useClaimsStore(): ClaimsStore {
  const api = useApi();
  const { reportError } = useNotices();
  const [state, setState] = useState<ClaimsState | null>(null);

  const fetchRows = useCallback(
    (): Promise<ClaimsState | null> =>
      api.invoke('claims:list', {}).then(indexRows, (error: unknown) => {
        reportError(error);
        return null;
      }),
    [api, reportError],
  );
  const keep = (loaded: ClaimsState | null) => (current: ClaimsState | null) =>
    loaded ?? current ?? indexRows([]);

  useEffect(() => {
    let live = true;
    void fetchRows().then((loaded) => live && setState(keep(loaded)));
    return () => {
      live = false;
    };
  }, [fetchRows]);

  const reload = useCallback(async () => {
    const loaded = await fetchRows();
    setState(keep(loaded));
  }, [fetchRows]);

  const replace = useCallback((row: ClaimRow) => {
    setState((current) => current && applyChanges(current, { updated: [row], removed: [] }));
  }, []);
  const apply = useCallback((changes: ClaimChanges) => {
    if (changes.updated.length === 0 && changes.removed.length === 0) return;
    setState((current) => current && applyChanges(current, changes));
  }, []);

  const byId = useCallback(
    (id: string | null) => {
      if (!state || id === null) return undefined;
      const position = state.index.get(id);
      return position === undefined ? undefined : state.rows[position];
    },
    [state],
  );

  const derived = useMemo(() => {
    const totals = emptyCounts();
    const countsByDocument = new Map<string, Record<ClaimStatus, number>>();
    const byDocument = new Map<string, ClaimRow[]>();
    for (const row of state?.rows ?? []) {
      totals[row.status] += 1;
      let counts = countsByDocument.get(row.documentId);
      if (!counts) countsByDocument.set(row.documentId, (counts = emptyCounts()));
      counts[row.status] += 1;
      let list = byDocument.get(row.documentId);
      if (!list) byDocument.set(row.documentId, (list = []));
      list.push(row);
    }
    for (const list of byDocument.values()) {
      if (!inDocumentOrder(list)) list.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    return { totals, countsByDocument, byDocument };
  }, [state]);

  return { rows: state?.rows ?? null, byId, replace, apply, reload, ...derived };
}
