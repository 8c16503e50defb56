import { getMemoOptions, memo } from '@tanstack/react-table';
import type { Row, RowModel, Table } from '@tanstack/react-table';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimRow } from '../../shared/ipc/views';
import { evidenceGap } from '../lib/quality';
import { haystackOf } from './search-index';
import { lazyRowModel } from './lazy-row-model';
import { patchFrom } from './row-patches';
import type { WordIndex } from './word-index';

/** The facet of the status filter: one status, or all. */
export type StatusFacet = ClaimStatus | 'all';

/** Everything the claims table filters by; a new object means a new filter. */
export interface ClaimFilter {
  /** Lowercased words of "Filter claims"; every one must appear. */
  readonly words: readonly string[];
  readonly status: StatusFacet;
  /** A claim kind, or 'all'. */
  readonly kind: string;
  /** Only this document's claims, or all when null. */
  readonly documentId: string | null;
  /** Only verdicts without the evidence they need. */
  readonly needsEvidence: boolean;
  /** Only claims a new version of their draft changed or took away. */
  readonly needsRecheck?: boolean;
}

export const NO_FILTER: ClaimFilter = {
  words: [],
  status: 'all',
  kind: 'all',
  documentId: null,
  needsEvidence: false,
};

/** What the claims table puts in its `meta` for the filtered row model. */
export interface ClaimFilterMeta {
  readonly filter: ClaimFilter;
  /** The word index, once built in idle time (until then, and after claims come or go, a scan). */
  readonly index: WordIndex | null;
}

/** True when `filter` narrows by anything but words. */
function hasFacets(filter: ClaimFilter): boolean {
  return (
    filter.status !== 'all' ||
    filter.kind !== 'all' ||
    filter.documentId !== null ||
    filter.needsEvidence ||
    Boolean(filter.needsRecheck)
  );
}

/** True when `claim` passes every part of `filter` except its words. */
export function passesFacets(claim: ClaimRow, filter: ClaimFilter): boolean {
  if (filter.status !== 'all' && claim.status !== filter.status) return false;
  if (filter.kind !== 'all' && claim.kind !== filter.kind) return false;
  if (filter.documentId !== null && claim.documentId !== filter.documentId) return false;
  if (filter.needsEvidence && evidenceGap(claim) === null) return false;
  if (filter.needsRecheck && !claim.needsRecheck) return false;
  return true;
}

function matches(claim: ClaimRow, filter: ClaimFilter): boolean {
  if (!passesFacets(claim, filter)) return false;
  if (filter.words.length === 0) return true;
  const text = haystackOf(claim);
  for (const word of filter.words) if (!text.includes(word)) return false;
  return true;
}

/** True when every row `next` keeps is among those `previous` kept (typing more of the same words). */
function narrows(previous: ClaimFilter, next: ClaimFilter): boolean {
  if (
    previous.status !== next.status ||
    previous.kind !== next.kind ||
    previous.documentId !== next.documentId ||
    previous.needsEvidence !== next.needsEvidence ||
    previous.needsRecheck !== next.needsRecheck
  )
    return false;
  return previous.words.every((word) => next.words.some((w) => w.includes(word)));
}

/**
 * The last result with only the rows a mark replaced put in, when the core rows say which positions
 * changed and none of those rows entered or left the filter; null when a full pass is needed.
 * (`last.kept` stays valid then: membership did not change.)
 */
function patchedResult(
  last: { core: RowModel<ClaimRow>; kept: Uint8Array; result: RowModel<ClaimRow> },
  core: RowModel<ClaimRow>,
  filter: ClaimFilter,
): RowModel<ClaimRow> | null {
  const patch = patchFrom(core.rows, last.core.rows);
  if (!patch) return null;
  for (const i of patch.positions) {
    if ((matches(core.rows[i]!.original, filter) ? 1 : 0) !== last.kept[i]) return null;
  }
  if (last.result === last.core) return core;
  const rows = last.result.rows.slice();
  for (const i of patch.positions) {
    if (!last.kept[i]) continue;
    // Filtered rows keep the core order, so a row's place is found by its index.
    let low = 0;
    let high = rows.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (rows[mid]!.index < i) low = mid + 1;
      else high = mid;
    }
    rows[low] = core.rows[i]!;
  }
  return lazyRowModel(rows);
}

interface FilterPass {
  readonly core: RowModel<ClaimRow>;
  readonly filter: ClaimFilter;
  readonly kept: Uint8Array;
  readonly result: RowModel<ClaimRow>;
}

/**
 * A filtered row model in one pass with a precomputed lowercase haystack per claim, instead of
 * TanStack's per-column filter machinery (which allocates filter state on every row). When the
 * checker types more of the query over the same rows, only the rows that matched before are tested;
 * when the rows change under the same filter (a mark), only the rows that changed are tested again.
 * Once the word index is built, the words are looked up there instead. The filter and the index come
 * from `table.options.meta` (ClaimFilterMeta); a new index alone does not change the result, so it is
 * not a dependency.
 */
export function getClaimFilteredRowModel(): (table: Table<ClaimRow>) => () => RowModel<ClaimRow> {
  return (table) => {
    /** The last pass: its rows, its filter, whether each row (by position) passed, and the result. */
    let last: FilterPass | null = null;
    /** The pass before it. */
    let before: FilterPass | null = null;
    return memo(
      () => [
        table.getPreFilteredRowModel(),
        (table.options.meta as Partial<ClaimFilterMeta> | undefined)?.filter ?? NO_FILTER,
      ],
      (core, filter) => {
        // A keystroke renders twice: the input with the filter as it was, then the deferred rows with
        // the new one. When React restarts the deferred render, the table is asked for the two filters
        // in turn; the pass before the last is kept so going back is free, not a scan of every row.
        if (before && before.core === core && before.filter === filter) {
          [before, last] = [last, before];
          return last.result;
        }
        const all = core.rows;
        const patched = last && last.filter === filter ? patchedResult(last, core, filter) : null;
        if (patched) {
          before = last;
          last = { core, filter, kept: last!.kept, result: patched };
          return patched;
        }
        const index = (table.options.meta as Partial<ClaimFilterMeta> | undefined)?.index?.carriedTo(
          table.options.data,
        );
        let kept: Uint8Array = new Uint8Array(all.length);
        if (last && last.filter === filter && last.core.rows.length === all.length) {
          const before = last.core.rows;
          for (let i = 0; i < all.length; i++) {
            kept[i] = all[i] === before[i] ? last.kept[i]! : matches(all[i]!.original, filter) ? 1 : 0;
          }
        } else if (index && filter.words.length > 0) {
          kept = index.matchAll(filter.words);
          if (hasFacets(filter)) {
            for (let i = 0; i < all.length; i++) {
              if (kept[i] && !passesFacets(all[i]!.original, filter)) kept[i] = 0;
            }
          }
        } else if (last && last.core === core && narrows(last.filter, filter)) {
          for (let i = 0; i < all.length; i++) {
            if (last.kept[i] && matches(all[i]!.original, filter)) kept[i] = 1;
          }
        } else {
          for (let i = 0; i < all.length; i++) if (matches(all[i]!.original, filter)) kept[i] = 1;
        }
        const rows: Row<ClaimRow>[] = [];
        for (let i = 0; i < all.length; i++) if (kept[i]) rows.push(all[i]!);
        const result = rows.length === all.length ? core : lazyRowModel(rows);
        before = last;
        last = { core, filter, kept, result };
        return result;
      },
      getMemoOptions(table.options, 'debugTable', 'getFilteredRowModel'),
    );
  };
}
