import type { AnchorState, ClaimStatus, FactdeskDocument } from '../domain';
import { statusLabels } from './verdicts';

/** A claim that a new version of its draft changed or took away, as the report lists it. */
export interface ReportVersionChange {
  readonly documentId: string;
  readonly documentTitle: string;
  readonly claimId: string;
  /** The version whose edit changed the claim. */
  readonly version: number;
  readonly state: AnchorState;
  /** The claim's words before that version, and now (empty when its text is gone). */
  readonly was: string;
  readonly now: string;
  readonly previousStatus: ClaimStatus;
  readonly status: ClaimStatus;
  readonly needsRecheck: boolean;
}

/** The report's "Changes between versions": revised documents and the claims their edits touched. */
export interface ReportVersions {
  readonly documents: readonly { readonly id: string; readonly title: string; readonly versions: number }[];
  readonly changes: readonly ReportVersionChange[];
}

/** What changed between versions in these documents (only the claims `included` keeps); null when none was revised. */
export function versionChangesOf(
  documents: readonly FactdeskDocument[],
  included: (claimId: string) => boolean,
): ReportVersions | null {
  const revised = documents.filter((doc) => (doc.versions?.length ?? 0) > 0);
  if (revised.length === 0) return null;
  const changes: ReportVersionChange[] = [];
  for (const doc of revised) {
    for (const claim of doc.claims) {
      if (!claim.previous || !included(claim.id)) continue;
      changes.push({
        documentId: doc.id,
        documentTitle: doc.title,
        claimId: claim.id,
        version: claim.previous.version + 1,
        state: claim.anchoring ?? 'changed',
        was: claim.previous.quote,
        now: claim.anchoring === 'orphaned' ? '' : claim.quote,
        previousStatus: claim.previous.status,
        status: claim.status,
        needsRecheck: claim.needsRecheck === true,
      });
    }
  }
  return {
    documents: revised.map((doc) => ({ id: doc.id, title: doc.title, versions: doc.versions!.length + 1 })),
    changes,
  };
}

/** One plain sentence for a change, the same in every format (each escapes it its own way). */
export function describeVersionChange(change: ReportVersionChange): string {
  const was = `was ${statusLabels[change.previousStatus]}`;
  const recheck = change.needsRecheck ? ', needs re-check' : `, now ${statusLabels[change.status]}`;
  if (change.state === 'orphaned' || change.now === '') {
    return `Version ${change.version} removed “${change.was}” (${was}${recheck}).`;
  }
  return `Version ${change.version} changed “${change.was}” to “${change.now}” (${was}${recheck}).`;
}

/** One line per revised document: how many versions it has. */
export function describeRevisedDocument(doc: ReportVersions['documents'][number]): string {
  return `${doc.title}: ${doc.versions} versions.`;
}
