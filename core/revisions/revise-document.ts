import type { ExtractionResult } from '../../shared/claims';
import type { FactdeskDocument } from '../../shared/domain';
import { UserError, messageFor } from '../../shared/errors';
import type { RevisionResult } from '../../shared/ipc';
import { reviseClaims } from '../../shared/revisions/revise-claims';
import type { ExtractionRunner } from '../extraction/extraction-runner';
import { newClaimFrom } from '../drafts/build-document';
import type { DraftText } from '../drafts/read-draft';
import { now } from '../project/ids';
import type { OpenProject } from '../project/open-project';
import { currentVersion, currentVersionEntry } from './document-versions';

/**
 * Loads a new version of a document's text into the project: the text it replaces is kept as a
 * version, every claim is found again in the new text (see shared/revisions), and claims the finder
 * sees in new text are suggested. A backup is taken first; then the document's versions file gets
 * the text it replaces, and the document's own file is written once, with no earlier texts in it.
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
    throw new UserError(
      `${draft.fileName} has the same text as the current version; nothing was changed.`,
      'refused',
    );
  }
  if (!draft.text.trim())
    throw new UserError(`${draft.fileName} has no text, so it cannot be a new version.`, 'unreadable-draft');
  // Read before anything is done, so versions that cannot be read refuse the revision up front.
  const earlier = await project.earlierVersions(documentId).catch((error: unknown) => {
    throw new UserError(`${messageFor(error)} No new version was loaded; nothing was changed.`, 'refused');
  });
  const found = await extraction.extract(
    { text: draft.text, documentDate: draft.documentDate ?? doc.documentDate, dismissed: doc.dismissed },
    onProgress,
  );
  await project.snapshot('before-revise');
  // Versions file first: a crash before the document is written leaves an extra entry, never a lost text.
  await project.saveEarlierVersions(documentId, [
    ...earlier,
    { ...currentVersionEntry(doc), text: doc.text },
  ]);
  return project.updateDocument(documentId, (current) => applyRevision(current, draft, found, checker));
}

/**
 * Replaces a document's text with a new version in place, carrying its claims over. The text it
 * replaces joins `versions` as an entry without its text (the caller keeps that in the versions file).
 */
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
    ...(doc.versions ?? []).map(({ text: _movedToVersionsFile, ...entry }) => entry),
    currentVersionEntry(doc),
  ];
  doc.revision = { fileName: draft.fileName, sourceFormat: draft.format, loadedAt: at };
  doc.text = draft.text;
  doc.boilerplate = found.boilerplate;
  doc.claims = [...outcome.claims, ...outcome.added.map((claim) => newClaimFrom(claim, doc.id, checker))];
  return { documentId: doc.id, version: number + 1, fileName: draft.fileName, counts: outcome.counts };
}
