import type { Claim } from '../../shared/domain/claim';

/**
 * Why a claim's verdict lacks evidence, or null when it has what it needs: a verified claim needs a
 * supporting citation, a disputed one a refuting citation.
 */
export function evidenceGap(claim: Pick<Claim, 'status' | 'citations'>): string | null {
  if (claim.status === 'verified' && !claim.citations.some((c) => c.stance === 'supports')) {
    return 'Verified without a supporting source';
  }
  if (claim.status === 'disputed' && !claim.citations.some((c) => c.stance === 'refutes')) {
    return 'Disputed without a refuting source';
  }
  return null;
}
