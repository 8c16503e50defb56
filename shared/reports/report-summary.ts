import type { ClaimStatus } from '../domain/enums';
import type { ReportModel } from './report-model';
import { statusLabels } from './verdicts';

// The summary every format prints: what the numbers say is exactly what was checked. A claim whose
// verdict a new version of its draft took back counts as unchecked (`countedStatus`), but the summary
// gives it a row of its own, so "Unchecked" counts only claims no one has given a verdict that stands.

/** One row of the summary table; the rows add up to the total. */
export interface SummaryRow {
  readonly label: string;
  readonly count: number;
  /** The status the row's claims count as (for its colour). */
  readonly status: ClaimStatus;
}

/** The summary of a report, for every format. */
export interface ReportSummary {
  /** Verified, disputed, unsourced, needs re-check, unchecked: each claim in exactly one. */
  readonly rows: readonly SummaryRow[];
  readonly total: number;
  /** Claims a new version of their draft left stale (counted as unchecked in `model.counts`). */
  readonly needsRecheck: number;
  /** Verdicts without the evidence they need (`evidenceGap`), by verdict. */
  readonly needsEvidence: { readonly verified: number; readonly disputed: number };
  /** Sentences printed under the table: how many verdicts lack evidence, what "needs re-check" means. */
  readonly notes: readonly string[];
}

/** The label of the summary row for claims a new version left stale. */
export const NEEDS_RECHECK_LABEL = 'Needs re-check';

/** The summary of a report model: its rows, its counts of re-checks and missing evidence, and its notes. */
export function reportSummary(model: ReportModel): ReportSummary {
  let needsRecheck = 0;
  const needsEvidence = { verified: 0, disputed: 0 };
  for (const doc of model.documents) {
    for (const claim of doc.claims) {
      if (claim.recheck) needsRecheck++;
      if (claim.needsEvidence && (claim.status === 'verified' || claim.status === 'disputed'))
        needsEvidence[claim.status]++;
    }
  }
  const { counts } = model;
  const rows: SummaryRow[] = [
    { label: statusLabels.verified, count: counts.verified, status: 'verified' },
    { label: statusLabels.disputed, count: counts.disputed, status: 'disputed' },
    { label: statusLabels.unsourced, count: counts.unsourced, status: 'unsourced' },
    { label: NEEDS_RECHECK_LABEL, count: needsRecheck, status: 'unchecked' },
    { label: statusLabels.unchecked, count: counts.unchecked - needsRecheck, status: 'unchecked' },
  ];
  const notes: string[] = [];
  const evidence = evidenceNote(counts, needsEvidence);
  if (evidence) notes.push(evidence);
  if (needsRecheck > 0) {
    notes.push(
      `${NEEDS_RECHECK_LABEL}: ${needsRecheck === 1 ? 'a claim whose verdict' : 'claims whose verdicts'} a new version of the draft took back (${needsRecheck === 1 ? 'its' : 'their'} words changed or are gone); not counted as checked.`,
    );
  }
  return { rows, total: model.claimCount, needsRecheck, needsEvidence, notes };
}

/**
 * "Needs evidence: 2 of 5 verified claims cite no supporting source." when verdicts lack evidence, else
 * "Every verified claim cites a supporting source." (null when no claim is verified or disputed).
 */
function evidenceNote(
  counts: Readonly<Record<ClaimStatus, number>>,
  lacking: { readonly verified: number; readonly disputed: number },
): string | null {
  const kinds = [
    { verdict: 'verified', all: counts.verified, lacking: lacking.verified, stance: 'supporting' },
    { verdict: 'disputed', all: counts.disputed, lacking: lacking.disputed, stance: 'refuting' },
  ].filter((kind) => kind.all > 0);
  if (kinds.length === 0) return null;
  const gaps = kinds.filter((kind) => kind.lacking > 0);
  if (gaps.length === 0) {
    return `${kinds.map((kind) => `Every ${kind.verdict} claim cites a ${kind.stance} source`).join('; ')}.`;
  }
  const parts = gaps.map(
    (kind) =>
      `${kind.lacking} of ${kind.all} ${kind.verdict} ${kind.all === 1 ? 'claim' : 'claims'} ${kind.lacking === 1 ? 'cites' : 'cite'} no ${kind.stance} source`,
  );
  return `Needs evidence: ${parts.join('; ')}.`;
}
