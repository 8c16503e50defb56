import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ClaimsStore } from '../claims/claims-store';
import { useClaimsVersion } from '../claims/use-claims';
import { hasFacets, NO_FILTER, type ClaimFilter, type StatusFacet } from '../table/claim-filter';
import { ClaimOrder } from '../table/claim-order';
import { displayRows } from '../table/display-rows';
import { idleSteps } from '../table/search-index';
import { queryTerms } from '../table/term-match';
import { buildWordIndex } from '../table/word-index';
import type { WordIndex } from '../table/word-index';
import { useClaimsTable } from './use-claims-table';
import { facetStatsOf } from '../claims/claim-stats';
import type { ProjectPrefs } from './use-project-prefs';

/**
 * What the claims table shows (the claims pane holds it, so a keystroke renders the pane only): the
 * filter, the columns and sort (TanStack), the ordered claim ids and grouped lines, and the counts
 * beside each facet. It renders again on every change to the store, cheaply: the order is patched for
 * the claims a change replaced (ClaimOrder) and the counts are kept by the store.
 */
const NO_SORTING: readonly [] = [];

export function useClaimsView(
  store: ClaimsStore,
  scope: string | null,
  prefs: ProjectPrefs,
  onPref: <K extends keyof ProjectPrefs>(key: K, value: ProjectPrefs[K]) => void,
  oneDocument: boolean,
  /** The pane's width, once measured (narrow: some columns give the Claim column their room). */
  width: number | null,
  /** Who is checking, for "Assigned to me". */
  checker: string,
) {
  const version = useClaimsVersion(store);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFacet>('all');
  const [kind, setKind] = useState('all');
  const [needsEvidence, setNeedsEvidence] = useState(false);
  const [needsRecheck, setNeedsRecheck] = useState(false);
  const [mine, setMine] = useState(false);
  const [index, setIndex] = useState<WordIndex | null>(null);
  // Built in idle time once every page of the claims is in, and again when claims come or go or their
  // text changes (a mark keeps the text version, so it neither restarts a build nor makes the index
  // stale). Not while pages still come: each would start it over (until then the filter scans).
  const textVersion = store.loaded && store.complete && store.size > 0 ? store.textVersion : -1;
  useEffect(() => {
    if (textVersion < 0 || index?.textVersion === textVersion) return;
    return buildWordIndex(store.all(), textVersion, idleSteps, setIndex);
  }, [store, textVersion, index]);
  // With the word index a keystroke costs a few milliseconds, so the table follows it in the same
  // render; until the index is ready (the first seconds after open, or after claims came or went) the
  // filter is deferred, so typing never waits for a scan of every claim.
  const deferredQuery = useDeferredValue(query);
  const indexReady = index !== null && index.textVersion === textVersion;
  const filterQuery = indexReady ? query : deferredQuery;
  const filter = useMemo<ClaimFilter>(
    () => ({
      words: queryTerms(filterQuery),
      status,
      kind,
      documentId: scope,
      needsEvidence,
      needsRecheck,
      ...(mine && checker ? { assignedTo: checker } : {}),
    }),
    [filterQuery, status, kind, scope, needsEvidence, needsRecheck, mine, checker],
  );
  const { table, withoutRoom } = useClaimsTable({
    columnOrder: prefs.columnOrder,
    hiddenColumns: prefs.hiddenColumns,
    columnSizes: prefs.columnSizes,
    onColumnSizes: (sizes) => onPref('columnSizes', sizes),
    oneDocument,
    width,
  });
  const sorting = table.getState().sorting;
  const sortingKey = sorting.map((sort) => `${sort.id}:${sort.desc ? 'desc' : 'asc'}`).join(' ');
  // A new value whenever the checker arranges the view anew (see `VisibleClaims.arrangement`).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh identity per arrangement is the point
  const arrangement = useMemo(() => ({}), [filter, sortingKey, prefs.groupBy]);
  const [order] = useState(() => new ClaimOrder());
  // Answered from its last pass unless the store, the filter or the sort changed.
  const ids = order.ids(store, filter, sorting, indexReady ? index : null);
  // Grouped lines depend on the claims' statuses and documents, so on every change when grouped.
  const groupVersion = prefs.groupBy === 'none' ? 0 : version;
  const lines = useMemo(
    () => displayRows(ids, store, prefs.groupBy),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- groupVersion: the store changed under the same ids
    [ids, store, prefs.groupBy, groupVersion],
  );
  const stats = store.stats(scope);
  const total =
    stats.counts.unchecked + stats.counts.verified + stats.counts.disputed + stats.counts.unsourced;
  // Narrowed by words or facets, each facet counts what the rest of the narrowing keeps, so "Verified
  // 4" under "percent" is what choosing Verified shows, and "Date (3)" what choosing Date shows.
  // The document chosen is the scope the counts are of, not a narrowing.
  const facetsChosen = hasFacets({ ...filter, documentId: null });
  const narrowed = filter.words.length > 0 || facetsChosen;
  const wordsOnly = useMemo<ClaimFilter | null>(
    () => (narrowed ? { ...NO_FILTER, words: filter.words, documentId: scope } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter's words and document only
    [narrowed, filterQuery, scope],
  );
  const [countOrder] = useState(() => new ClaimOrder());
  let wordsKept: Uint8Array | null = null;
  // With no facet chosen, the table's own pass is the words' pass.
  if (wordsOnly && !facetsChosen) wordsKept = order.kept;
  else if (wordsOnly) {
    countOrder.ids(store, wordsOnly, NO_SORTING, indexReady ? index : null);
    wordsKept = countOrder.kept;
  }
  const facetStats = useMemo(
    () => (wordsKept ? facetStatsOf(store.all(), wordsKept, filter) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version: the claims changed under the same pass
    [wordsKept, store, version, filter],
  );
  const shownStats = facetStats ?? stats;
  const counts = shownStats.counts;
  // Every kind of the project stays a choice, at 0 when the narrowing keeps none of it.
  const kindCounts = useMemo(
    () =>
      facetStats
        ? new Map([...stats.kinds.keys()].map((name) => [name, facetStats.kinds.get(name) ?? 0]))
        : stats.kinds,
    [facetStats, stats.kinds],
  );

  return {
    table,
    /** Columns the checker shows that have no room at this width. */
    withoutRoom,
    sorting,
    lines,
    /** Changes when the filter, the sort or the grouping do, not when the claims change under them. */
    arrangement,
    /** The word index is built and current (keystrokes filter in the same render). */
    indexReady,
    query,
    /** The filter words the rows shown are filtered by: a deferred filter catches up with `query`. */
    shownQuery: filterQuery,
    setQuery,
    status,
    setStatus,
    kind,
    setKind,
    needsEvidence,
    setNeedsEvidence,
    counts,
    total,
    kindCounts,
    needsEvidenceCount: shownStats.needsEvidence,
    needsRecheck,
    setNeedsRecheck,
    needsRecheckCount: shownStats.needsRecheck,
    anyNeedsRecheck: stats.needsRecheck > 0,
    contestedCount: shownStats.contested,
    mine,
    setMine,
    filtered:
      query.trim() !== '' || status !== 'all' || kind !== 'all' || needsEvidence || needsRecheck || mine,
  };
}

export type ClaimsView = ReturnType<typeof useClaimsView>;
