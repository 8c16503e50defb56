import { claimFromFound } from '../../shared/changes';
import { CURRENT_SCHEMA_VERSION, type AttachedFile, type FactdeskDocument } from '../../shared/domain';
import type { ExtractionOutcome } from '../extraction/extraction-job';
import { newId, now } from '../project/ids';
import type { DraftText } from './read-draft';

/**
 * A new document from what an extraction job found in a draft: its text, its publication date (and
 * where that came from), and its claims, each starting `unchecked`; `original` when the draft's own
 * file was kept in the project (see keepOriginal).
 */
export function buildDocument(
  outcome: ExtractionOutcome,
  checker: string,
  original?: AttachedFile,
): FactdeskDocument {
  const { draft, found, publicationDate } = outcome;
  const id = newId('d');
  const at = now();
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title: titleOf(draft),
    fileName: draft.fileName,
    sourceFormat: draft.format,
    importedAt: at,
    ...(publicationDate
      ? { documentDate: publicationDate.date, documentDateSource: publicationDate.source }
      : {}),
    text: draft.text,
    ...(found.language ? { language: found.language } : {}),
    boilerplate: found.boilerplate,
    claims: found.claims.map((claim) => claimFromFound(claim, id, newId('c'), checker, at)),
    dismissed: [],
    ...(original ? { original } : {}),
  };
}

/**
 * The headline the file gives (an HTML page's), else the draft's first line when it reads like a
 * headline, else its file name without the extension.
 */
export function titleOf(draft: DraftText): string {
  const given = draft.title?.replace(/\s+/g, ' ').trim();
  if (given && given.length <= 200) return given;
  const firstLine = draft.text
    .split('\n', 20)
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .find((line) => line.length > 0);
  if (firstLine && firstLine.length <= 200) return firstLine;
  return draft.fileName.replace(/\.[^.]+$/, '');
}
