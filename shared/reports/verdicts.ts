import type { ClaimStatus, Stance } from '../domain/enums';

/** How each status reads in a report. */
export const statusLabels: Readonly<Record<ClaimStatus, string>> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  unsourced: 'Unsourced',
};

/** How each stance reads in a report. */
export const stanceLabels: Readonly<Record<Stance, string>> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

/** The order statuses are listed in summaries. */
export const reportStatusOrder: readonly ClaimStatus[] = ['verified', 'disputed', 'unsourced', 'unchecked'];

/** A ClaimReview rating: its value on the scale and its name. */
export interface ClaimReviewRating {
  readonly ratingValue: number;
  readonly alternateName: string;
}

/** The ClaimReview rating scale: 1 (worst) to 5 (best). */
export const CLAIM_REVIEW_BEST_RATING = 5;
export const CLAIM_REVIEW_WORST_RATING = 1;

/**
 * The documented mapping from a rated status to a ClaimReview rating (docs/reports.md):
 * verified → 5 "True"; unsourced → 3 "Unproven" (no source either way); disputed → 1 "Disputed"
 * (sources contradict it). Unchecked claims get no ClaimReview.
 */
export const claimReviewRatings: Readonly<Record<Exclude<ClaimStatus, 'unchecked'>, ClaimReviewRating>> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  unsourced: { ratingValue: 3, alternateName: 'Unproven' },
  disputed: { ratingValue: 1, alternateName: 'Disputed' },
};
