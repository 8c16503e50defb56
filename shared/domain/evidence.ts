import type { ClaimStatus, Stance } from './enums';

/** What the evidence rule reads of a claim: the status it counts as and the stances of its sources. */
export interface EvidenceStanding {
  readonly status: ClaimStatus;
  /** At least one citation supports it. */
  readonly supported?: boolean;
  /** At least one citation refutes it. */
  readonly refuted?: boolean;
}

/**
 * Why a claim's verdict lacks evidence, or null when it has what it needs: a verified claim needs a
 * supporting citation, a disputed one a refuting citation. The app's "Needs evidence" cue, facet and
 * count, and every report, use this one rule.
 */
export function evidenceGap(claim: EvidenceStanding): string | null {
  if (claim.status === 'verified' && !claim.supported) {
    return 'Verified without a supporting source';
  }
  if (claim.status === 'disputed' && !claim.refuted) {
    return 'Disputed without a refuting source';
  }
  return null;
}

/** Whether any of the citations supports, and whether any refutes (a confidential one counts too). */
export function citedStances(citations: readonly { readonly stance: Stance }[]): {
  supported: boolean;
  refuted: boolean;
} {
  return {
    supported: citations.some((citation) => citation.stance === 'supports'),
    refuted: citations.some((citation) => citation.stance === 'refutes'),
  };
}
