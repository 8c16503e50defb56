import type { Row } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';
import type { GroupBy } from '../hooks/use-project-prefs';
import { STATUSES, STATUS_META } from '../lib/status';

/** A line of the claims table: a group's header, or a claim. */
export type DisplayItem =
  | { readonly type: 'group'; readonly key: string; readonly label: string; readonly count: number }
  | { readonly type: 'row'; readonly row: Row<ClaimRow> };

/** The table's lines and the claims in the order they show (what j and k walk through). */
export interface DisplayRows {
  readonly count: number;
  /** The line at `index`; built on demand, so only the lines in view cost anything. */
  readonly itemAt: (index: number) => DisplayItem;
  /** The line of each claim id (for scrolling to the selection). */
  readonly lineOf: (claimId: string) => number;
  readonly ordered: readonly Row<ClaimRow>[];
}

/**
 * Groups the (filtered, sorted) rows by status or document, each group keeping the sort order within
 * it; statuses in the UI's order, documents by title. Without grouping, the rows as they are.
 */
export function displayRows(rows: readonly Row<ClaimRow>[], groupBy: GroupBy): DisplayRows {
  if (groupBy === 'none') {
    return {
      count: rows.length,
      itemAt: (index) => ({ type: 'row', row: rows[index]! }),
      lineOf: (claimId) => rows.findIndex((row) => row.id === claimId),
      ordered: rows,
    };
  }
  const groups = new Map<string, { label: string; rows: Row<ClaimRow>[] }>();
  for (const row of rows) {
    const claim = row.original;
    const key = groupBy === 'status' ? claim.status : claim.documentId;
    let group = groups.get(key);
    if (!group) {
      const label = groupBy === 'status' ? STATUS_META[claim.status].label : claim.documentTitle;
      groups.set(key, (group = { label, rows: [] }));
    }
    group.rows.push(row);
  }
  const keys = [...groups.keys()];
  if (groupBy === 'status') keys.sort((a, b) => STATUSES.indexOf(a as never) - STATUSES.indexOf(b as never));
  else keys.sort((a, b) => groups.get(a)!.label.localeCompare(groups.get(b)!.label));
  const items: DisplayItem[] = [];
  const ordered: Row<ClaimRow>[] = [];
  for (const key of keys) {
    const group = groups.get(key)!;
    items.push({ type: 'group', key, label: group.label, count: group.rows.length });
    for (const row of group.rows) {
      items.push({ type: 'row', row });
      ordered.push(row);
    }
  }
  return {
    count: items.length,
    itemAt: (index) => items[index]!,
    lineOf: (claimId) => items.findIndex((item) => item.type === 'row' && item.row.id === claimId),
    ordered,
  };
}
