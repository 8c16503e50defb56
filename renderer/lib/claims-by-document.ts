import type { ClaimRow, StatusCounts } from '../../shared/ipc/views';
import { emptyCounts } from './status';

/** Claims of each document in document order (by start offset). */
export type ClaimsByDocument = ReadonlyMap<string, readonly ClaimRow[]>;

function inDocumentOrder(list: readonly ClaimRow[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return false;
  return true;
}

function ordered(list: ClaimRow[]): ClaimRow[] {
  return inDocumentOrder(list) ? list : list.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Groups every claim by its document, each list in document order. */
export function groupByDocument(rows: readonly ClaimRow[]): ClaimsByDocument {
  const byDocument = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    let list = byDocument.get(row.documentId);
    if (!list) byDocument.set(row.documentId, (list = []));
    list.push(row);
  }
  for (const list of byDocument.values()) ordered(list);
  return byDocument;
}

/**
 * `byDocument` after some claims changed: `previous` holds the old row of each claim that was
 * replaced or removed, `updated` the new or added rows, `removed` the ids that are gone. Only the
 * lists of the documents touched are rebuilt; every other list keeps its identity, so whatever is
 * cached per list (counts, facets, a memoized row of the documents list) stays valid.
 */
export function updateByDocument(
  byDocument: ClaimsByDocument,
  previous: readonly ClaimRow[],
  updated: readonly ClaimRow[],
  removed: ReadonlySet<string>,
): ClaimsByDocument {
  const touched = new Set<string>();
  for (const row of previous) touched.add(row.documentId);
  for (const row of updated) touched.add(row.documentId);
  if (touched.size === 0) return byDocument;
  const replacing = new Map(updated.map((row) => [row.id, row]));
  const next = new Map(byDocument);
  for (const documentId of touched) {
    const list: ClaimRow[] = [];
    for (const row of byDocument.get(documentId) ?? []) {
      if (removed.has(row.id)) continue;
      const replacement = replacing.get(row.id);
      // A claim that moved to another document leaves this list; it joins its new one below.
      if (replacement && replacement.documentId !== documentId) continue;
      list.push(replacement ?? row);
      replacing.delete(row.id);
    }
    for (const row of replacing.values()) if (row.documentId === documentId) list.push(row);
    if (list.length === 0) next.delete(documentId);
    else next.set(documentId, ordered(list));
  }
  return next;
}

const countsCache = new WeakMap<readonly ClaimRow[], StatusCounts>();

/** Claims by status in one list; cached per list, so the same list gives the same object. */
export function countsOf(list: readonly ClaimRow[]): StatusCounts {
  let counts = countsCache.get(list);
  if (!counts) {
    const tally = emptyCounts();
    for (const row of list) tally[row.status] += 1;
    countsCache.set(list, (counts = tally));
  }
  return counts;
}

/** Counts by status per document (cached per list) and overall (a sum over documents, not claims). */
export function countsByDocument(byDocument: ClaimsByDocument): {
  totals: StatusCounts;
  countsByDocument: ReadonlyMap<string, StatusCounts>;
} {
  const totals = emptyCounts();
  const perDocument = new Map<string, StatusCounts>();
  for (const [documentId, list] of byDocument) {
    const counts = countsOf(list);
    perDocument.set(documentId, counts);
    totals.unchecked += counts.unchecked;
    totals.verified += counts.verified;
    totals.disputed += counts.disputed;
    totals.unsourced += counts.unsourced;
  }
  return { totals, countsByDocument: perDocument };
}
