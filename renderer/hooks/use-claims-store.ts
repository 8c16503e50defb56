import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { emptyCounts } from '../lib/status';

interface ClaimsState {
  readonly rows: readonly ClaimRow[];
  /** Claim id → position in `rows`; positions never change between reloads. */
  readonly index: ReadonlyMap<string, number>;
}

/** Every claim of the open project, with counts by status per document and overall. */
export interface ClaimsStore {
  /** null while the first load runs. */
  readonly rows: readonly ClaimRow[] | null;
  readonly byId: (id: string | null) => ClaimRow | undefined;
  /** Puts an updated claim in place (what every mutation returns), without reloading the list. */
  readonly replace: (row: ClaimRow) => void;
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
    setState((current) => {
      if (!current) return current;
      const position = current.index.get(row.id);
      if (position === undefined) return indexRows([...current.rows, row]);
      const rows = current.rows.slice();
      rows[position] = row;
      return { rows, index: current.index };
    });
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

  return { rows: state?.rows ?? null, byId, replace, reload, ...derived };
}
