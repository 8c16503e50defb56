import type { EarlierCheckedClaim } from '../../shared/ipc/checked-before';
import type { SeenMatch } from './seen-index';

/**
 * An earlier checked claim a lookup found, as the app's "Checked before" and `factdesk seen --json`
 * both give it: the index's record without what only matching needs (its kind, values, language).
 */
export function earlierClaimView({ claim, basis }: SeenMatch): EarlierCheckedClaim {
  return {
    project: claim.project,
    projectTitle: claim.projectTitle,
    documentId: claim.documentId,
    documentTitle: claim.documentTitle,
    claimId: claim.claimId,
    quote: claim.quote,
    text: claim.text,
    status: claim.status,
    checkedAt: claim.checkedAt,
    checker: claim.checker,
    note: claim.note,
    citations: claim.citations,
    basis,
  };
}
