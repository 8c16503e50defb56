import type { Claim, ClaimStatus, DocumentSummary, FactdeskDocument, ProjectFile } from '../../shared/domain';
import { countedStatus } from '../../shared/domain/claim-standing';
import { claimStatuses } from '../../shared/domain/enum-values';
import { resolveChecklists } from '../../shared/domain/checklists';
import type { ClaimRow, DocumentEntry, DocumentListItem, ProjectView, StatusCounts } from '../../shared/ipc';
import { documentPath } from './project-files';

/** All-zero counts by status. */
export function emptyCounts(): StatusCounts {
  return { unchecked: 0, verified: 0, disputed: 0, unsourced: 0 };
}

/** Counts a document's claims by the status each counts as (a claim left stale by a new version: unchecked). */
export function countByStatus(claims: readonly Claim[]): StatusCounts {
  const counts = emptyCounts();
  for (const claim of claims) counts[countedStatus(claim) satisfies ClaimStatus]++;
  return counts;
}

/** A document as the documents list shows it. */
export function documentListItem(file: ProjectFile, doc: FactdeskDocument): DocumentListItem {
  const summary = file.documents.find((entry) => entry.id === doc.id);
  if (!summary) throw new Error(`document ${doc.id} is not listed in project.json`);
  return listItemOf(summary, doc);
}

/** A document's list item from its summary in the project's list. */
export function listItemOf(summary: DocumentSummary, doc: FactdeskDocument): DocumentListItem {
  return {
    ...summary,
    counts: countByStatus(doc.claims),
    claimCount: doc.claims.length,
    ...(doc.documentDate ? { documentDate: doc.documentDate } : {}),
    ...(doc.documentDate && doc.documentDateSource ? { documentDateSource: doc.documentDateSource } : {}),
  };
}

/**
 * The project as the renderer sees it: its drafts by name only, with the counts of all their claims
 * (`countsOf` gives a document's, held in memory or not; undefined for one not read).
 */
export function projectView(
  dir: string,
  file: ProjectFile,
  countsOf: (documentId: string) => StatusCounts | undefined,
): ProjectView {
  const counts = emptyCounts();
  let claimCount = 0;
  const documents: DocumentEntry[] = [];
  for (const summary of file.documents) {
    const own = countsOf(summary.id);
    if (!own) continue;
    documents.push({ id: summary.id, title: summary.title, fileName: summary.fileName });
    for (const status of claimStatuses) {
      counts[status] += own[status];
      claimCount += own[status];
    }
  }
  return {
    dir,
    id: file.id,
    title: file.title,
    methodology: file.methodology,
    checklists: resolveChecklists(file.checklists),
    documents,
    counts,
    claimCount,
  };
}

/** The sentence a claim sits in (its quote when the finder did not say). */
export function sentenceOf(doc: FactdeskDocument, claim: Claim): string {
  return claim.sentenceStart !== undefined && claim.sentenceEnd !== undefined
    ? doc.text.slice(claim.sentenceStart, claim.sentenceEnd)
    : claim.quote;
}

/** A claim's full record with its document title and sentence (Claim details, changes' answers). */
export function claimRow(doc: FactdeskDocument, claim: Claim): ClaimRow {
  return { ...claim, documentTitle: doc.title, sentence: sentenceOf(doc, claim) };
}

/** What project.json keeps about a document. */
export function summaryOf(doc: FactdeskDocument): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    fileName: doc.fileName,
    sourceFormat: doc.sourceFormat,
    importedAt: doc.importedAt,
    path: documentPath(doc.id),
  };
}
