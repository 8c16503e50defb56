import type { ClaimListRow } from '../../shared/ipc/claim-list-row';

/**
 * Why a claim's verdict lacks evidence, or null when it has what it needs: a verified claim needs a
 * supporting citation, a disputed one a refuting citation.
 */
export function evidenceGap(claim: Pick<ClaimListRow, 'status' | 'supported' | 'refuted'>): string | null {
  if (claim.status === 'verified' && !claim.supported) {
    return 'Verified without a supporting source';
  }
  if (claim.status === 'disputed' && !claim.refuted) {
    return 'Disputed without a refuting source';
  }
  return null;
}
