import type { ExtractionResult } from '../../../shared/claims';
import type { FactdeskDocument } from '../../../shared/domain';
import { UserError } from '../../../shared/errors';
import type { RevisionResult } from '../../../shared/ipc';
import { reviseClaims } from '../../../shared/revisions/revise-claims';
import type { ExtractionRunner } from '../extraction/extraction-runner';
import { newClaimFrom } from '../import/build-document';
import type { DraftText } from '../import/read-draft';
import { now } from '../ids';
import type { OpenProject } from '../project/open-project';
import { currentVersion } from './document-versions';

/**
 * Loads a new version of a document's text into the project: the text it replaces is kept as a
 * version, every claim is found again in the new text (see shared/revisions), and claims the finder
 * sees in new text are suggested. A backup is taken first; the document's file is written once.
 */
export async function reviseDocument(
  project: OpenProject,
  documentId: string,
  draft: DraftText,
  checker: string,
  extraction: ExtractionRunner,
  onProgress?: (fraction: number) => void,
): Promise<RevisionResult> {
  const doc = project.document(documentId);
  if (draft.text === doc.text) {
    throw new UserError(`${draft.fileName} has the same text as the current version; nothing was changed.`);
  }
  if (!draft.text.trim())
    throw new UserError(`${draft.fileName} has no text, so it cannot be a new version.`);
  const found = await extraction.extract(
    { text: draft.text, documentDate: draft.documentDate ?? doc.documentDate, dismissed: doc.dismissed },
    onProgress,
  );
  await project.snapshot('before-revise');
  return project.updateDocument(documentId, (current) => applyRevision(current, draft, found, checker));
}

/** Replaces a document's text with a new version in place, carrying its claims over. */
export function applyRevision(
  doc: FactdeskDocument,
  draft: DraftText,
  found: ExtractionResult,
  checker: string,
  at: string = now(),
): RevisionResult {
  const number = currentVersion(doc);
  const outcome = reviseClaims({
    oldText: doc.text,
    newText: draft.text,
    claims: doc.claims,
    found,
    version: number + 1,
    by: checker,
    at,
  });
  doc.versions = [
    ...(doc.versions ?? []),
    {
      number,
      fileName: doc.revision?.fileName ?? doc.fileName,
      sourceFormat: doc.revision?.sourceFormat ?? doc.sourceFormat,
      loadedAt: doc.revision?.loadedAt ?? doc.importedAt,
      text: doc.text,
    },
  ];
  doc.revision = { fileName: draft.fileName, sourceFormat: draft.format, loadedAt: at };
  doc.text = draft.text;
  doc.boilerplate = found.boilerplate;
  doc.claims = [...outcome.claims, ...outcome.added.map((claim) => newClaimFrom(claim, doc.id, checker))];
  return { documentId: doc.id, version: number + 1, fileName: draft.fileName, counts: outcome.counts };
}
