import type { FactdeskDocument } from '../../shared/domain';
import { sentenceOf } from './views';
import { claimListRow, signersOf, type ClaimListRow, type ClaimsPage } from '../../shared/ipc/claim-list-row';

/** Every name the claims were signed with, and the checker's own, sorted, each once. */
function deskCheckers(documents: readonly FactdeskDocument[]): string[] {
  const names = new Set<string>();
  // Each name as written, trimmed once: a project of 100,000 claims has a few names, written
  // hundreds of thousands of times (this runs for every first page, before the first rows show).
  const written = new Set<string>();
  const add = (name: string | undefined) => {
    if (name === undefined || written.has(name)) return;
    written.add(name);
    const trimmed = name.trim();
    if (trimmed) names.add(trimmed);
  };
  for (const doc of documents) for (const claim of doc.claims) signersOf(claim, add);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/**
 * Rows `offset` to `offset + limit` of the claims list (every document's claims in document order),
 * made as slim rows for this page only: the whole list is never built on this side either.
 */
export function claimsPage(
  documents: readonly FactdeskDocument[],
  offset: number,
  limit: number,
): ClaimsPage {
  const rows: ClaimListRow[] = [];
  let total = 0;
  for (const doc of documents) {
    const count = doc.claims.length;
    const from = Math.max(offset - total, 0);
    const to = Math.min(offset + limit - total, count);
    for (let index = from; index < to; index++) {
      const claim = doc.claims[index]!;
      rows.push(claimListRow(claim, doc.title, sentenceOf(doc, claim)));
    }
    total += count;
  }
  return { rows, offset, total, ...(offset === 0 ? { checkers: deskCheckers(documents) } : {}) };
}
