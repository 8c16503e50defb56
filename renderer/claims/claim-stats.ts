import type { StatusCounts } from '../../shared/ipc/views';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { countedStatus } from '../../shared/domain/claim-standing';
import { isContested } from '../desk/contested-words';
import { evidenceGap } from '../../shared/domain/evidence';
import { emptyCounts } from '../lib/status';
import { passesStatus, type ClaimFilter } from '../table/claim-filter';

/** What the workbench counts over a set of claims: statuses, kinds, verdicts lacking evidence, re-checks. */
export interface ClaimStats {
  readonly counts: StatusCounts;
  readonly kinds: ReadonlyMap<string, number>;
  readonly needsEvidence: number;
  readonly needsRecheck: number;
  /** Claims with competing verdicts or notes to settle (a shared project). */
  readonly contested: number;
}

export const NO_STATS: ClaimStats = Object.freeze({
  counts: Object.freeze(emptyCounts()),
  kinds: new Map<string, number>(),
  needsEvidence: 0,
  needsRecheck: 0,
  contested: 0,
});

/** True when the claim is a verdict without the evidence it needs (the "Needs evidence" facet). */
export function lacksEvidence(claim: ClaimListRow): boolean {
  return (claim.status === 'verified' || claim.status === 'disputed') && evidenceGap(claim) !== null;
}

/** The stats of one list of claims. */
export function statsOf(claims: readonly ClaimListRow[]): ClaimStats {
  const counts = emptyCounts();
  const kinds = new Map<string, number>();
  let needsEvidence = 0;
  let needsRecheck = 0;
  let contested = 0;
  for (const claim of claims) {
    // A claim a new version left stale counts as unchecked (countedStatus), never as verified.
    counts[countedStatus(claim)] += 1;
    kinds.set(claim.kind, (kinds.get(claim.kind) ?? 0) + 1);
    if (lacksEvidence(claim)) needsEvidence++;
    if (claim.needsRecheck) needsRecheck++;
    // Its verdict counts as unchecked while verdicts compete (the core says so): never as verified.
    if (isContested(claim)) contested++;
  }
  return { counts, kinds, needsEvidence, needsRecheck, contested };
}

/**
 * What each facet counts while the checker narrows the claims: the claims `kept` marks (by position
 * in `claims`: those the filter's words and document keep) that pass every other facet but its own.
 * So "Verified 4", "Date (3)" and "Needs re-check 2" are each what choosing it shows. One pass, cheap
 * enough for every keystroke of a filter over 100,000 claims.
 */
export function facetStatsOf(
  claims: readonly ClaimListRow[],
  kept: Uint8Array,
  filter: ClaimFilter,
): ClaimStats {
  const counts = emptyCounts();
  const kindCounts: Record<string, number> = Object.create(null) as Record<string, number>;
  let needsEvidence = 0;
  let needsRecheck = 0;
  let contested = 0;
  for (let i = 0; i < claims.length; i++) {
    if (kept[i] !== 1) continue;
    const claim = claims[i]!;
    if (filter.assignedTo && claim.assignee !== filter.assignedTo) continue;
    const offStatus = !passesStatus(claim, filter.status);
    const offKind = filter.kind !== 'all' && claim.kind !== filter.kind;
    const offEvidence = filter.needsEvidence && evidenceGap(claim) === null;
    const offRecheck = Boolean(filter.needsRecheck) && !claim.needsRecheck;
    const off = Number(offStatus) + Number(offKind) + Number(offEvidence) + Number(offRecheck);
    if (off > 1) continue;
    if (off === 0 || offStatus) {
      counts[countedStatus(claim)] += 1;
      if (isContested(claim)) contested++;
    }
    if (off === 0 || offKind) kindCounts[claim.kind] = (kindCounts[claim.kind] ?? 0) + 1;
    if ((off === 0 || offEvidence) && lacksEvidence(claim)) needsEvidence++;
    if ((off === 0 || offRecheck) && claim.needsRecheck) needsRecheck++;
  }
  const kinds = new Map(Object.entries(kindCounts));
  return { counts, kinds, needsEvidence, needsRecheck, contested };
}

/**
 * `total` with `removed` taken out and `added` put in: the project's stats after some documents'
 * stats changed, without counting every claim again.
 */
export function restate(
  total: ClaimStats,
  removed: readonly ClaimStats[],
  added: readonly ClaimStats[],
): ClaimStats {
  const counts = { ...total.counts };
  const kinds = new Map(total.kinds);
  let { needsEvidence, needsRecheck, contested } = total;
  const fold = (stats: ClaimStats, sign: 1 | -1) => {
    for (const status of Object.keys(counts) as (keyof StatusCounts)[]) {
      counts[status] += sign * stats.counts[status];
    }
    for (const [kind, count] of stats.kinds) {
      const next = (kinds.get(kind) ?? 0) + sign * count;
      if (next === 0) kinds.delete(kind);
      else kinds.set(kind, next);
    }
    needsEvidence += sign * stats.needsEvidence;
    needsRecheck += sign * stats.needsRecheck;
    contested += sign * stats.contested;
  };
  for (const stats of removed) fold(stats, -1);
  for (const stats of added) fold(stats, 1);
  return { counts, kinds, needsEvidence, needsRecheck, contested };
}
