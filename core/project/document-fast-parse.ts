import { ClaimSchema, DocumentSchema, type Claim, type FactdeskDocument } from '../../shared/domain';
import { assertFits } from '../storage/change-guard';
import { isPlainValidClaim } from './claim-fast-check';
import { shareClaimStrings } from './share-strings';

/**
 * Validates a document file's data as DocumentSchema would, faster: each claim of the common shape
 * passes the hand-written check and is kept as it is (no copy), any other claim goes through
 * ClaimSchema, and the rest of the document through DocumentSchema. Returns null whenever anything
 * fails, so the caller runs DocumentSchema on the whole file for its precise message; the result
 * is never more lenient than DocumentSchema.
 */
export function parseDocumentFast(data: unknown): FactdeskDocument | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const claims = record.claims;
  if (!Object.hasOwn(record, 'claims') || !Array.isArray(claims)) return null;
  const checked: Claim[] = new Array<Claim>(claims.length);
  for (let index = 0; index < claims.length; index++) {
    const claim: unknown = claims[index];
    if (isPlainValidClaim(claim)) {
      checked[index] = claim;
      continue;
    }
    const result = ClaimSchema.safeParse(claim);
    if (!result.success) return null;
    checked[index] = result.data;
  }
  const rest = DocumentSchema.safeParse({ ...record, claims: [] });
  if (!rest.success) return null;
  // Assigned in place so the keys keep the schema's order when the file is written again.
  rest.data.claims = checked;
  shareClaimStrings(rest.data);
  return rest.data;
}

/**
 * Refuses a document that DocumentSchema would refuse, as assertFits does, faster on the common
 * shape: claims that pass the hand-written check are not walked by zod again (the rest of the
 * document is). Anything the fast check leaves undecided goes through DocumentSchema whole, which
 * words the refusal; never more lenient than assertFits(DocumentSchema, …).
 */
export function assertDocumentFits(doc: FactdeskDocument): void {
  if (
    doc.claims.every((claim) => isPlainValidClaim(claim)) &&
    DocumentSchema.safeParse({ ...doc, claims: [] }).success
  )
    return;
  assertFits(DocumentSchema, doc, 'document');
}
