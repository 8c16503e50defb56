import type { FactdeskDocument, VersionEntry } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { DocumentVersionInfo, VersionDiff } from '../../shared/ipc';
import { diffTexts } from '../../shared/revisions/text-diff';
import type { OpenProject } from '../project/open-project';

/** The number of a document's current text: 1 until a new version is loaded. */
export function currentVersion(doc: FactdeskDocument): number {
  return (doc.versions?.length ?? 0) + 1;
}

/** Where the current text came from, as the entry it becomes once a newer version is loaded. */
export function currentVersionEntry(doc: FactdeskDocument): VersionEntry {
  return {
    number: currentVersion(doc),
    fileName: doc.revision?.fileName ?? doc.fileName,
    sourceFormat: doc.revision?.sourceFormat ?? doc.sourceFormat,
    loadedAt: doc.revision?.loadedAt ?? doc.importedAt,
  };
}

/** Every version of a document, oldest first, without their texts (the versions file is not read). */
export function versionsOf(doc: FactdeskDocument): DocumentVersionInfo[] {
  const earlier = (doc.versions ?? []).map((version) => ({
    number: version.number,
    fileName: version.fileName,
    sourceFormat: version.sourceFormat,
    loadedAt: version.loadedAt,
    current: false,
  }));
  return [...earlier, { ...currentVersionEntry(doc), current: true }];
}

/**
 * What changed from version `from` to version `to` of a document, as runs of kept, removed and added
 * text. Earlier texts are read from the document's versions file only when one of them is asked for.
 */
export async function diffVersions(
  project: OpenProject,
  documentId: string,
  from: number,
  to: number,
): Promise<VersionDiff> {
  const doc = await project.readDocument(documentId);
  const current = currentVersion(doc);
  for (const number of [from, to]) {
    if (number !== current && !doc.versions?.some((entry) => entry.number === number)) {
      throw new UserError(
        `"${doc.title}" has no version ${number}; it has versions 1 to ${current}.`,
        'not-found',
      );
    }
  }
  const currentText = doc.text;
  const earlier = from === current && to === current ? [] : await project.earlierVersions(documentId);
  const textOf = (number: number) =>
    number === current ? currentText : earlier.find((version) => version.number === number)!.text;
  const oldText = textOf(from);
  const newText = textOf(to);
  const parts = diffTexts(oldText, newText).map((part) =>
    part.kind === 'added'
      ? { kind: part.kind, text: newText.slice(part.newStart, part.newEnd) }
      : { kind: part.kind, text: oldText.slice(part.oldStart, part.oldEnd) },
  );
  return { documentId: doc.id, from, to, parts };
}
