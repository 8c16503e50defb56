import type { ClaimKind, ClaimValues } from '../../shared/domain';
import type { EarlierCheckedClaim } from '../../shared/ipc/checked-before';

/**
 * A claim given a verdict in one of the desk's projects, as "Checked before" keeps it: what a match
 * shows of it (shared/ipc/checked-before.ts) and what matching reads (its kind, values, language).
 */
export interface CheckedClaim extends Omit<EarlierCheckedClaim, 'basis'> {
  readonly kind: ClaimKind;
  readonly values?: ClaimValues;
  readonly language?: string;
}

/** One record's key in the index: its project folder and claim id. */
export function checkedKey(project: string, claimId: string): string {
  return `${project}\u0000${claimId}`;
}
