import { extractClaims, type ExtractionResult, type FoundClaim } from '../../shared/claims';
import { CURRENT_SCHEMA_VERSION, type Claim, type FactdeskDocument } from '../../shared/domain';
import { newId, now } from '../project/ids';
import type { DraftText } from './read-draft';

/**
 * Turns a draft's text into a new document with the claims found in it, each starting `unchecked`.
 * Pass `extraction` when the claims were found elsewhere (a worker); else they are found here.
 */
export function buildDocument(
  draft: DraftText,
  checker: string,
  extraction: ExtractionResult = extractClaims(draft.text),
): FactdeskDocument {
  const id = newId('d');
  const at = now();
  const claims = extraction.claims.map((found) => newClaimFrom(found, id, checker));
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title: titleOf(draft),
    fileName: draft.fileName,
    sourceFormat: draft.format,
    importedAt: at,
    ...(draft.documentDate ? { documentDate: draft.documentDate } : {}),
    text: draft.text,
    ...(extraction.language ? { language: extraction.language } : {}),
    boilerplate: extraction.boilerplate,
    claims,
    dismissed: [],
  };
}

/** A new `unchecked` claim record for a claim the finder found. */
export function newClaimFrom(found: FoundClaim, documentId: string, checker: string): Claim {
  const at = now();
  return {
    id: newId('c'),
    documentId,
    start: found.start,
    end: found.end,
    quote: found.quote,
    text: found.text,
    kind: found.kind,
    score: found.score,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [{ at, by: checker, action: 'found' }],
    origin: 'found',
    values: found.values,
    sentenceStart: found.sentenceStart,
    sentenceEnd: found.sentenceEnd,
    warnings: found.warnings,
    ...(found.language ? { language: found.language } : {}),
    updatedAt: at,
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
