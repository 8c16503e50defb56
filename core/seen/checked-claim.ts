import type { Citation, ClaimKind, ClaimStatus, ClaimValues } from '../../shared/domain';

/** A claim given a verdict in one of the desk's projects, as "Checked before" keeps it. */
export interface CheckedClaim {
  /** The project folder, absolute. */
  readonly project: string;
  readonly projectTitle: string;
  readonly documentId: string;
  readonly documentTitle: string;
  readonly claimId: string;
  readonly quote: string;
  /** The claim as checked (its statement). */
  readonly text: string;
  readonly kind: ClaimKind;
  /** verified, disputed or unsourced. */
  readonly status: Exclude<ClaimStatus, 'unchecked'>;
  /** When the verdict was given (its history line), else when the claim last changed. */
  readonly checkedAt: string;
  /** Who gave the verdict ('' when its history does not say). */
  readonly checker: string;
  readonly note: string;
  readonly citations: readonly Citation[];
  readonly values?: ClaimValues;
  readonly language?: string;
}

/** One record's key in the index: its project folder and claim id. */
export function checkedKey(project: string, claimId: string): string {
  return `${project}\u0000${claimId}`;
}
