import type { FactdeskDocument } from '../../shared/domain';
import { inOrderWithReadAhead } from '../storage/read-ahead';
import { READ_AHEAD_FILES } from './project-files';
import { sentenceOf } from './views';
import { claimListRow, type ClaimListRow, type ClaimsPage } from '../../shared/ipc/claim-list-row';

/**
 * Rows `offset` to `offset + limit` of the claims list (every document's claims in document order),
 * made as slim rows for this page only: the whole list is never built on this side either. Only the
 * documents the page's rows are in are read (`claimCountOf` places the page without reading any),
 * a few at once, so the reads of the next files overlap making this one's rows.
 */
export async function claimsPage(
  documentIds: readonly string[],
  claimCountOf: (documentId: string) => number,
  read: (documentId: string) => Promise<FactdeskDocument>,
  offset: number,
  limit: number,
): Promise<ClaimsPage> {
  const inPage: { documentId: string; from: number; to: number }[] = [];
  let total = 0;
  for (const documentId of documentIds) {
    const count = claimCountOf(documentId);
    const from = Math.max(offset - total, 0);
    const to = Math.min(offset + limit - total, count);
    if (from < to) inPage.push({ documentId, from, to });
    total += count;
  }
  const rows: ClaimListRow[] = [];
  const docs = inOrderWithReadAhead(inPage, READ_AHEAD_FILES, (part) => read(part.documentId));
  for (const { from, to } of inPage) {
    const doc = (await docs.next()).value as FactdeskDocument;
    for (let index = from; index < to && index < doc.claims.length; index++) {
      const claim = doc.claims[index]!;
      rows.push(claimListRow(claim, doc.title, sentenceOf(doc, claim)));
    }
  }
  return { rows, offset, total };
}
