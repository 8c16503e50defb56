import type { FactdeskDocument } from '../../shared/domain';
import { sentenceOf } from './views';
import { claimListRow, type ClaimListRow, type ClaimsPage } from '../../shared/ipc/claim-list-row';

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
  return { rows, offset, total };
}
