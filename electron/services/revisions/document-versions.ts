import type { FactdeskDocument } from '../../../shared/domain';
import { UserError } from '../../../shared/errors';
import type { DocumentVersionInfo, VersionDiff } from '../../../shared/ipc';
import { diffTexts } from '../../../shared/revisions/text-diff';

/** The number of a document's current text: 1 until a new version is loaded. */
export function currentVersion(doc: FactdeskDocument): number {
  return (doc.versions?.length ?? 0) + 1;
}

/** Every version of a document, oldest first, without their texts. */
export function versionsOf(doc: FactdeskDocument): DocumentVersionInfo[] {
  const earlier = (doc.versions ?? []).map((version) => ({
    number: version.number,
    fileName: version.fileName,
    sourceFormat: version.sourceFormat,
    loadedAt: version.loadedAt,
    current: false,
  }));
  const origin = doc.revision ?? {
    fileName: doc.fileName,
    sourceFormat: doc.sourceFormat,
    loadedAt: doc.importedAt,
  };
  return [...earlier, { number: currentVersion(doc), ...origin, current: true }];
}

/** The text of version `number` of a document. */
export function versionText(doc: FactdeskDocument, number: number): string {
  if (number === currentVersion(doc)) return doc.text;
  const version = doc.versions?.find((entry) => entry.number === number);
  if (!version) {
    throw new UserError(
      `"${doc.title}" has no version ${number}; it has versions 1 to ${currentVersion(doc)}.`,
    );
  }
  return version.text;
}

/** What changed from version `from` to version `to` of a document, as runs of kept, removed and added text. */
export function diffVersions(doc: FactdeskDocument, from: number, to: number): VersionDiff {
  const oldText = versionText(doc, from);
  const newText = versionText(doc, to);
  const parts = diffTexts(oldText, newText).map((part) =>
    part.kind === 'added'
      ? { kind: part.kind, text: newText.slice(part.newStart, part.newEnd) }
      : { kind: part.kind, text: oldText.slice(part.oldStart, part.oldEnd) },
  );
  return { documentId: doc.id, from, to, parts };
}
