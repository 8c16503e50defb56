import { useDeferredValue, useMemo, useState } from 'react';
import type { ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { evidenceGap } from '../lib/quality';
import { emptyCounts } from '../lib/status';
import type { ClaimFilter, StatusFacet } from '../table/claim-filter';
import { displayRows } from '../table/display-rows';
import { queryWords } from '../table/search-index';
import { useClaimsTable } from './use-claims-table';
import type { ClaimsStore } from './use-claims-store';
import type { ProjectPrefs } from './use-project-prefs';

const NO_CLAIMS: readonly ClaimRow[] = [];

/** Counts over the claims in scope: by kind, and how many verdicts lack evidence. */
function scopeFacts(rows: readonly ClaimRow[], scope: string | null) {
  const kinds = new Map<string, number>();
  let needsEvidence = 0;
  for (const row of rows) {
    if (scope !== null && row.documentId !== scope) continue;
    kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
    if ((row.status === 'verified' || row.status === 'disputed') && evidenceGap(row)) needsEvidence++;
  }
  return { kinds, needsEvidence };
}

/**
 * What the claims table shows: the filter (text deferred, so typing never waits for 100,000 rows),
 * the TanStack table, the grouped lines, and the counts beside each facet.
 */
export function useClaimsView(store: ClaimsStore, scope: string | null, prefs: ProjectPrefs) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFacet>('all');
  const [kind, setKind] = useState('all');
  const [needsEvidence, setNeedsEvidence] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const filter = useMemo<ClaimFilter>(
    () => ({ words: queryWords(deferredQuery), status, kind, documentId: scope, needsEvidence }),
    [deferredQuery, status, kind, scope, needsEvidence],
  );
  const rows = store.rows ?? NO_CLAIMS;
  const table = useClaimsTable({
    rows,
    filter,
    columnOrder: prefs.columnOrder,
    hiddenColumns: prefs.hiddenColumns,
  });
  const model = table.getRowModel();
  const lines = useMemo(() => displayRows(model.rows, prefs.groupBy), [model, prefs.groupBy]);
  const facts = useMemo(() => scopeFacts(rows, scope), [rows, scope]);
  const counts: StatusCounts =
    scope === null ? store.totals : (store.countsByDocument.get(scope) ?? emptyCounts());
  const total = counts.unchecked + counts.verified + counts.disputed + counts.unsourced;

  return {
    table,
    lines,
    query,
    setQuery,
    status,
    setStatus,
    kind,
    setKind,
    needsEvidence,
    setNeedsEvidence,
    counts,
    total,
    kindCounts: facts.kinds,
    needsEvidenceCount: facts.needsEvidence,
    filtered: query.trim() !== '' || status !== 'all' || kind !== 'all' || needsEvidence,
  };
}

export type ClaimsView = ReturnType<typeof useClaimsView>;
