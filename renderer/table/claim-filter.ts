import { getMemoOptions, memo } from '@tanstack/react-table';
import type { Row, RowModel, Table } from '@tanstack/react-table';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimRow } from '../../shared/ipc/views';
import { evidenceGap } from '../lib/quality';
import { haystackOf } from './search-index';
import { lazyRowModel } from './lazy-row-model';

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
}

export const NO_FILTER: ClaimFilter = {
  words: [],
  status: 'all',
  kind: 'all',
  documentId: null,
  needsEvidence: false,
};

/** True when `claim` passes every part of `filter` except its words. */
export function passesFacets(claim: ClaimRow, filter: ClaimFilter): boolean {
  if (filter.status !== 'all' && claim.status !== filter.status) return false;
  if (filter.kind !== 'all' && claim.kind !== filter.kind) return false;
  if (filter.documentId !== null && claim.documentId !== filter.documentId) return false;
  if (filter.needsEvidence && evidenceGap(claim) === null) return false;
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
    previous.needsEvidence !== next.needsEvidence
  )
    return false;
  return previous.words.every((word) => next.words.some((w) => w.includes(word)));
}

/**
 * A filtered row model in one pass with a precomputed lowercase haystack per claim, instead of
 * TanStack's per-column filter machinery (which allocates filter state on every row). When the
 * checker types more of the query over the same rows, only the rows that matched before are tested.
 * The filter comes from `table.options.meta.filter`.
 */
export function getClaimFilteredRowModel(): (table: Table<ClaimRow>) => () => RowModel<ClaimRow> {
  return (table) => {
    let last: { core: RowModel<ClaimRow>; filter: ClaimFilter; rows: Row<ClaimRow>[] } | null = null;
    return memo(
      () => [
        table.getPreFilteredRowModel(),
        (table.options.meta as { filter?: ClaimFilter }).filter ?? NO_FILTER,
      ],
      (core, filter) => {
        const base = last && last.core === core && narrows(last.filter, filter) ? last.rows : core.rows;
        const rows: Row<ClaimRow>[] = [];
        for (const row of base) if (matches(row.original, filter)) rows.push(row);
        last = { core, filter, rows };
        if (rows.length === core.rows.length) return core;
        return lazyRowModel(rows);
      },
      getMemoOptions(table.options, 'debugTable', 'getFilteredRowModel'),
    );
  };
}
