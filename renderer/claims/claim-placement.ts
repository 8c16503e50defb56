import type { ClaimListRow } from '../../shared/ipc/claim-list-row';

/**
 * `claims` with each of `rows` after the last claim of its document, where the project lists it when
 * next opened (a document's claims in its file's order, a new one last); a document with none yet
 * puts its rows at the end.
 */
export function afterTheirDocuments(
  claims: readonly ClaimListRow[],
  rows: readonly ClaimListRow[],
): ClaimListRow[] {
  const lastOf = new Map<string, number>();
  claims.forEach((claim, position) => lastOf.set(claim.documentId, position));
  const after = new Map<number, ClaimListRow[]>();
  const atEnd: ClaimListRow[] = [];
  for (const row of rows) {
    const last = lastOf.get(row.documentId);
    if (last === undefined) atEnd.push(row);
    else after.set(last, [...(after.get(last) ?? []), row]);
  }
  const next: ClaimListRow[] = [];
  claims.forEach((claim, position) => next.push(claim, ...(after.get(position) ?? [])));
  return [...next, ...atEnd];
}
