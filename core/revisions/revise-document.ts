import { claimFromFound } from '../../shared/changes';
import type { FactdeskDocument } from '../../shared/domain';
import { UserError, codeOf, messageFor, type EarlierVersionDetail } from '../../shared/errors';
import type { RevisionResult } from '../../shared/ipc';
import { reviseClaims } from '../../shared/revisions/revise-claims';
import type { ExtractionOutcome, ExtractionRunner, JobSource } from '../extraction/extraction-runner';
import { keepOriginal } from '../drafts/original-draft';
import { describeEarlier } from '../documents/duplicate-drafts';
import { storedDate } from '../extraction/document-jobs';
import { newId, now } from '../project/ids';
import type { OpenProject } from '../project/open-project';
import { currentVersion, currentVersionEntry } from './document-versions';
import { fillVersionHashes, textHash } from './version-hashes';

/**
 * How a draft with the text of an earlier version of the document is met: without it, loaded as a
 * new version like any other text (the app asks first, when such a draft is imported); with it,
 * refused with a sentence ending in `hint` (how to load it all the same), and nothing is changed.
 */
export interface RefuseEarlierText {
  readonly hint: string;
}

/** The refusal of an earlier version's text, with which version it is for an app to ask about. */
export class EarlierVersionError extends UserError {
  constructor(
    message: string,
    readonly earlier: EarlierVersionDetail,
  ) {
    super(message, 'refused');
  }
}

/**
 * Loads a new version of a document's text into the project: the text it replaces is kept as a
 * version, every claim is found again in the new text (see shared/revisions), and claims the finder
 * sees in new text are suggested. The draft is read and its claims found by one extraction job (in
 * the worker, in the app), with the document's dismissed quotes and its publication date: one a
 * person gave stays; otherwise the new draft's own date, if it has one, replaces the old. A backup
 * is taken first; then the document's versions file gets the text it replaces, and the document's
 * own file is written once, with no earlier texts in it.
 */
export async function reviseDocument(
  project: OpenProject,
  documentId: string,
  source: JobSource,
  checker: string,
  extraction: ExtractionRunner,
  onProgress?: (fraction: number) => void,
  refuseEarlier?: RefuseEarlierText,
): Promise<RevisionResult> {
  const doc = await project.loadDocument(documentId);
  // Read before anything is done, so versions that cannot be read refuse the revision up front.
  const earlier = await project.earlierVersions(documentId).catch((error: unknown) => {
    throw new UserError(
      `${messageFor(error)} No new version was loaded; nothing was changed.`,
      codeOf(error),
    );
  });
  const known = storedDate(doc);
  const outcome = await extraction.run(
    {
      source,
      ...(known?.source === 'given' ? { givenDate: known } : {}),
      ...(known ? { knownDate: known } : {}),
      dismissed: doc.dismissed,
    },
    onProgress,
  );
  const { draft } = outcome;
  if (draft.text === doc.text) {
    throw new UserError(
      `${draft.fileName} has the same text as the current version; nothing was changed.`,
      'refused',
    );
  }
  if (refuseEarlier) {
    const hash = textHash(draft.text);
    const same = earlier.filter((version) => textHash(version.text) === hash).at(-1);
    if (same) {
      const detail: EarlierVersionDetail = {
        file: draft.fileName,
        documentId: doc.id,
        title: doc.title || doc.fileName,
        version: same.number,
        currentVersion: currentVersion(doc),
        currentSince: currentVersionEntry(doc).loadedAt,
      };
      const said = describeEarlier({ ...detail, reason: 'earlier-version' });
      throw new EarlierVersionError(`${said}. Nothing was changed. ${refuseEarlier.hint}`, detail);
    }
  }
  await project.snapshot('before-revise');
  const original = await keepOriginal(project, draft);
  // Versions file first: a crash before the document is written leaves an extra entry, never a lost text.
  await project.saveEarlierVersions(documentId, [
    ...earlier,
    { ...currentVersionEntry(doc), text: doc.text },
  ]);
  return project.updateDocument(documentId, (current) => {
    const result = applyRevision(current, outcome, checker);
    // Entries from before schema 6 get their hashes from the texts read above.
    fillVersionHashes(current, earlier);
    // The kept Word file is the current text's: a new version from elsewhere leaves none.
    if (original) current.original = original;
    else delete current.original;
    return result;
  });
}

/**
 * Replaces a document's text with a new version in place, carrying its claims over. The text it
 * replaces joins `versions` as an entry without its text (the caller keeps that in the versions file),
 * with its hash.
 */
export function applyRevision(
  doc: FactdeskDocument,
  { draft, found, publicationDate }: ExtractionOutcome,
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
    { ...currentVersionEntry(doc), textHash: textHash(doc.text) },
  ];
  doc.revision = { fileName: draft.fileName, sourceFormat: draft.format, loadedAt: at };
  doc.text = draft.text;
  doc.boilerplate = found.boilerplate;
  if (publicationDate) {
    doc.documentDate = publicationDate.date;
    doc.documentDateSource = publicationDate.source;
  }
  doc.claims = [
    ...outcome.claims,
    ...outcome.added.map((claim) => claimFromFound(claim, doc.id, newId('c'), checker, at)),
  ];
  return { documentId: doc.id, version: number + 1, fileName: draft.fileName, counts: outcome.counts };
}
