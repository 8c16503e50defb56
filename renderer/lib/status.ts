import type { ClaimKind, ClaimStatus, Stance } from '../../shared/domain/enums';
import type { StatusCounts } from '../../shared/ipc/views';

/** Statuses in the order the UI lists them. */
export const STATUSES: readonly ClaimStatus[] = ['unchecked', 'verified', 'disputed', 'unsourced'];

/** The statuses a checker marks (everything but unchecked). */
export const MARKS: readonly Exclude<ClaimStatus, 'unchecked'>[] = ['verified', 'disputed', 'unsourced'];

/** How each status reads and shows without colour: a label and an icon. */
export const STATUS_META: Readonly<Record<ClaimStatus, { label: string; icon: string; key?: string }>> = {
  unchecked: { label: 'Unchecked', icon: '○' },
  verified: { label: 'Verified', icon: '✓', key: 'v' },
  disputed: { label: 'Disputed', icon: '✕', key: 'd' },
  unsourced: { label: 'Unsourced', icon: '?', key: 'u' },
};

/** Sorting rank: what needs attention first. */
export const STATUS_RANK: Readonly<Record<ClaimStatus, number>> = {
  unchecked: 0,
  disputed: 1,
  unsourced: 2,
  verified: 3,
};

export const STANCE_META: Readonly<Record<Stance, { label: string; icon: string }>> = {
  supports: { label: 'Supports', icon: '▲' },
  refutes: { label: 'Refutes', icon: '▼' },
  context: { label: 'Context', icon: '◆' },
};

export const STANCES: readonly Stance[] = ['supports', 'refutes', 'context'];

const KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  quantity: 'Quantity',
  date: 'Date',
  quote: 'Quote',
  comparison: 'Comparison',
  attribution: 'Attribution',
  event: 'Event',
};

/** A claim kind as a person reads it; unknown kinds from newer data show as written. */
export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string | undefined>)[kind] ?? kind;
}

/** Zero counts for every status. */
export function emptyCounts(): Record<ClaimStatus, number> {
  return { unchecked: 0, verified: 0, disputed: 0, unsourced: 0 };
}

/** How many claims are checked (anything not unchecked), of how many. */
export function progressOf(counts: StatusCounts): {
  checked: number;
  total: number;
  percent: number;
  /** The percentage as the header says it: never 0 once a claim is checked, never 100 until all are. */
  percentText: string;
} {
  const total = counts.unchecked + counts.verified + counts.disputed + counts.unsourced;
  const checked = total - counts.unchecked;
  const percent = total === 0 ? 0 : Math.floor((checked / total) * 100);
  return { checked, total, percent, percentText: checked > 0 && percent === 0 ? '<1' : String(percent) };
}
