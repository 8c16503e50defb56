import type { ClaimsStore } from '../claims/claims-store';
import type { GroupBy } from '../hooks/use-project-prefs';
import { STATUSES, STATUS_META } from '../lib/status';
import type { ClaimIds } from './claim-order';

/** A line of the claims table: a group's header, or a claim. */
export type DisplayItem =
  | { readonly type: 'group'; readonly key: string; readonly label: string; readonly count: number }
  | { readonly type: 'row'; readonly claimId: string };

/** The table's lines and the claims in the order they show (what j and k walk through). */
export interface DisplayRows {
  readonly count: number;
  /** The line at `index`; built on demand, so only the lines in view cost anything. */
  readonly itemAt: (index: number) => DisplayItem;
  /** The line of each claim id (for scrolling to the selection). */
  readonly lineOf: (claimId: string) => number;
  readonly ordered: ClaimIds;
}

/**
 * Groups the (filtered, sorted) claims by status or document, each group keeping the sort order within
 * it; statuses in the UI's order, documents by title. Without grouping, the claims as they are.
 */
export function displayRows(ids: ClaimIds, store: ClaimsStore, groupBy: GroupBy): DisplayRows {
  if (groupBy === 'none') {
    return {
      count: ids.length,
      itemAt: (index) => ({ type: 'row', claimId: ids[index]! }),
      lineOf: (claimId) => ids.indexOf(claimId),
      ordered: ids,
    };
  }
  const groups = new Map<string, { label: string; ids: string[] }>();
  for (const id of ids) {
    const claim = store.get(id)!;
    const key = groupBy === 'status' ? claim.status : claim.documentId;
    let group = groups.get(key);
    if (!group) {
      const label = groupBy === 'status' ? STATUS_META[claim.status].label : claim.documentTitle;
      groups.set(key, (group = { label, ids: [] }));
    }
    group.ids.push(id);
  }
  const keys = [...groups.keys()];
  if (groupBy === 'status') keys.sort((a, b) => STATUSES.indexOf(a as never) - STATUSES.indexOf(b as never));
  else keys.sort((a, b) => groups.get(a)!.label.localeCompare(groups.get(b)!.label));
  const items: DisplayItem[] = [];
  const ordered: string[] = [];
  for (const key of keys) {
    const group = groups.get(key)!;
    items.push({ type: 'group', key, label: group.label, count: group.ids.length });
    for (const claimId of group.ids) {
      items.push({ type: 'row', claimId });
      ordered.push(claimId);
    }
  }
  return {
    count: items.length,
    itemAt: (index) => items[index]!,
    lineOf: (claimId) => items.findIndex((item) => item.type === 'row' && item.claimId === claimId),
    ordered,
  };
}
