import type { Claim } from './claim';
import type { ClaimStatus } from './enums';

type Standing = Pick<Claim, 'status' | 'anchoring' | 'needsRecheck'>;

/**
 * The status a claim counts as wherever verdicts are counted or published (progress, counts, report
 * summaries, ClaimReview): its own status, except that a claim a new version changed or took away counts
 * as unchecked. Its verdict was given to words that are no longer in the draft, so it is never shown as
 * verified until a checker marks it again; an orphaned claim (its text gone) never counts at all.
 */
export function countedStatus(claim: Standing): ClaimStatus {
  return needsRecheckFor(claim) ? 'unchecked' : claim.status;
}

/** Why a claim needs a re-check after a new version of its draft, or null when it does not. */
export function needsRecheckFor(claim: Standing): 'changed' | 'orphaned' | null {
  if (claim.anchoring === 'orphaned') return 'orphaned';
  return claim.needsRecheck ? 'changed' : null;
}

type Verdicted = Pick<Claim, 'status' | 'history' | 'updatedAt'>;

/**
 * Who gave the claim its current verdict and when: the latest status change to its status (null for
 * an unchecked claim; an empty name when its history does not tell).
 */
export function verdictOf(claim: Verdicted): { by: string; at: string } | null {
  if (claim.status === 'unchecked') return null;
  for (let index = claim.history.length - 1; index >= 0; index--) {
    const entry = claim.history[index]!;
    if (entry.action === 'status' && entry.to === claim.status) return { by: entry.by, at: entry.at };
  }
  return { by: '', at: claim.updatedAt };
}
