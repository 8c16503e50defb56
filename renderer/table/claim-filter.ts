import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { countedStatus } from '../../shared/domain/claim-standing';
import { isContested } from '../desk/contested-words';
import { evidenceGap } from '../../shared/domain/evidence';
import { haystackOf } from './search-index';
import { holdsTerm } from './term-match';

/** The facet of the status filter: one status, contested (competing values to settle), or all. */
export type StatusFacet = ClaimStatus | 'contested' | 'all';

/** Everything the claims table filters by; a new object means a new filter. */
export interface ClaimFilter {
  /** Lowercased terms of "Filter claims" (words and quoted phrases, term-match.ts); every one must appear. */
  readonly words: readonly string[];
  readonly status: StatusFacet;
  /** A claim kind, or 'all'. */
  readonly kind: string;
  /** Only this document's claims, or all when null. */
  readonly documentId: string | null;
  /** Only verdicts without the evidence they need. */
  readonly needsEvidence: boolean;
  /** Only claims a new version of their draft changed or took away. */
  readonly needsRecheck?: boolean;
  /** Only claims assigned to this checker ("Assigned to me"), when set. */
  readonly assignedTo?: string;
}

export const NO_FILTER: ClaimFilter = {
  words: [],
  status: 'all',
  kind: 'all',
  documentId: null,
  needsEvidence: false,
};

/** True when `filter` narrows by anything but words. */
export function hasFacets(filter: ClaimFilter): boolean {
  return (
    filter.status !== 'all' ||
    filter.kind !== 'all' ||
    filter.documentId !== null ||
    filter.needsEvidence ||
    Boolean(filter.needsRecheck) ||
    Boolean(filter.assignedTo)
  );
}

/** True when `claim` passes the status facet, as the status buttons count it. */
export function passesStatus(claim: ClaimListRow, status: StatusFacet): boolean {
  // A verdict a new version of the draft left stale counts as unchecked.
  if (status === 'contested') return isContested(claim);
  return status === 'all' || countedStatus(claim) === status;
}

/** True when `claim` passes every part of `filter` except its words. */
export function passesFacets(claim: ClaimListRow, filter: ClaimFilter): boolean {
  if (!passesStatus(claim, filter.status)) return false;
  if (filter.kind !== 'all' && claim.kind !== filter.kind) return false;
  if (filter.documentId !== null && claim.documentId !== filter.documentId) return false;
  if (filter.needsEvidence && evidenceGap(claim) === null) return false;
  if (filter.needsRecheck && !claim.needsRecheck) return false;
  if (filter.assignedTo && claim.assignee !== filter.assignedTo) return false;
  return true;
}

/** True when `claim` passes the whole filter, words included (its haystack holds every word). */
export function matches(claim: ClaimListRow, filter: ClaimFilter): boolean {
  if (!passesFacets(claim, filter)) return false;
  if (filter.words.length === 0) return true;
  const text = haystackOf(claim);
  for (const word of filter.words) if (!holdsTerm(text, word)) return false;
  return true;
}

/**
 * True when every claim `next` keeps is among those `previous` kept (typing more of the same words):
 * each earlier term is held by a later one, so whatever holds the later one holds it too.
 */
export function narrows(previous: ClaimFilter, next: ClaimFilter): boolean {
  if (
    previous.status !== next.status ||
    previous.kind !== next.kind ||
    previous.documentId !== next.documentId ||
    previous.needsEvidence !== next.needsEvidence ||
    previous.needsRecheck !== next.needsRecheck ||
    previous.assignedTo !== next.assignedTo
  )
    return false;
  return previous.words.every((word) => next.words.some((w) => holdsTerm(w, word)));
}
