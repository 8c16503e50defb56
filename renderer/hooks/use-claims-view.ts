import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { evidenceGap } from '../lib/quality';
import type { ClaimsByDocument } from '../lib/claims-by-document';
import { emptyCounts } from '../lib/status';
import type { ClaimFilter, StatusFacet } from '../table/claim-filter';
import { displayRows } from '../table/display-rows';
import { idleSteps, queryWords } from '../table/search-index';
import { buildWordIndex } from '../table/word-index';
import type { WordIndex } from '../table/word-index';
import { useClaimsTable } from './use-claims-table';
import type { ClaimsStore } from './use-claims-store';
import type { ProjectPrefs } from './use-project-prefs';

const NO_CLAIMS: readonly ClaimRow[] = [];

interface ScopeFacts {
  readonly kinds: ReadonlyMap<string, number>;
  readonly needsEvidence: number;
  readonly needsRecheck: number;
}

const factsCache = new WeakMap<readonly ClaimRow[], ScopeFacts>();

/** Counts over one document's claims: by kind, and how many verdicts lack evidence (cached per list). */
function documentFacts(rows: readonly ClaimRow[]): ScopeFacts {
  let facts = factsCache.get(rows);
  if (facts) return facts;
  const kinds = new Map<string, number>();
  let needsEvidence = 0;
  let needsRecheck = 0;
  for (const row of rows) {
    kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
    if ((row.status === 'verified' || row.status === 'disputed') && evidenceGap(row)) needsEvidence++;
    if (row.needsRecheck) needsRecheck++;
  }
  factsCache.set(rows, (facts = { kinds, needsEvidence, needsRecheck }));
  return facts;
}

/**
 * Counts over the claims in scope, summed from each document's cached counts: a mark recounts one
 * document's claims, not every claim of the project.
 */
function scopeFacts(byDocument: ClaimsByDocument, scope: string | null): ScopeFacts {
  if (scope !== null) return documentFacts(byDocument.get(scope) ?? NO_CLAIMS);
  const kinds = new Map<string, number>();
  let needsEvidence = 0;
  let needsRecheck = 0;
  for (const list of byDocument.values()) {
    const facts = documentFacts(list);
    for (const [kind, count] of facts.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
    needsEvidence += facts.needsEvidence;
    needsRecheck += facts.needsRecheck;
  }
  return { kinds, needsEvidence, needsRecheck };
}

/** The parts of the claims store the table reads. */
export type ClaimsSource = Pick<ClaimsStore, 'rows' | 'byDocument' | 'totals' | 'countsByDocument'>;

/**
 * What the claims table shows (the claims pane holds it, so a keystroke renders the pane only): the filter (text deferred, so typing never waits for 100,000 rows),
 * the TanStack table, the grouped lines, and the counts beside each facet.
 */
export function useClaimsView(store: ClaimsSource, scope: string | null, prefs: ProjectPrefs) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFacet>('all');
  const [kind, setKind] = useState('all');
  const [needsEvidence, setNeedsEvidence] = useState(false);
  const [needsRecheck, setNeedsRecheck] = useState(false);
  const rows = store.rows ?? NO_CLAIMS;
  const [index, setIndex] = useState<WordIndex | null>(null);
  const cancelBuild = useRef<(() => void) | null>(null);
  // Built in idle time once the claims are in, and again when claims come or go or their text changes.
  // A mark keeps the index (it is carried over to the new rows), so a build under way is not restarted
  // by marks: when it lands, this runs again and carries it over, or builds anew.
  useEffect(() => {
    if (rows.length === 0 || cancelBuild.current || index?.carriedTo(rows)) return;
    cancelBuild.current = buildWordIndex(rows, idleSteps, (built) => {
      cancelBuild.current = null;
      setIndex(built);
    });
  }, [rows, index]);
  useEffect(() => () => cancelBuild.current?.(), []);
  // With the word index a keystroke costs a few milliseconds, so the table follows it in the same
  // render; until the index is ready (the first seconds after open, or after claims came or went) the
  // filter is deferred, so typing never waits for a scan of every claim.
  const deferredQuery = useDeferredValue(query);
  const indexReady = index !== null && index.carriedTo(rows) !== null;
  const filterQuery = indexReady ? query : deferredQuery;
  const filter = useMemo<ClaimFilter>(
    () => ({
      words: queryWords(filterQuery),
      status,
      kind,
      documentId: scope,
      needsEvidence,
      needsRecheck,
    }),
    [filterQuery, status, kind, scope, needsEvidence, needsRecheck],
  );
  const table = useClaimsTable({
    rows,
    filter,
    index,
    columnOrder: prefs.columnOrder,
    hiddenColumns: prefs.hiddenColumns,
  });
  const model = table.getRowModel();
  const lines = useMemo(() => displayRows(model.rows, prefs.groupBy), [model, prefs.groupBy]);
  const facts = useMemo(() => scopeFacts(store.byDocument, scope), [store.byDocument, scope]);
  const counts: StatusCounts =
    scope === null ? store.totals : (store.countsByDocument.get(scope) ?? emptyCounts());
  const total = counts.unchecked + counts.verified + counts.disputed + counts.unsourced;

  return {
    table,
    lines,
    /** The word index is built and current (keystrokes filter in the same render). */
    indexReady,
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
    needsRecheck,
    setNeedsRecheck,
    needsRecheckCount: facts.needsRecheck,
    filtered: query.trim() !== '' || status !== 'all' || kind !== 'all' || needsEvidence || needsRecheck,
  };
}

export type ClaimsView = ReturnType<typeof useClaimsView>;
