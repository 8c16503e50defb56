import { extractClaims } from '../../shared/claims';
import { CURRENT_SCHEMA_VERSION, type FactdeskDocument } from '../../shared/domain';
import { claimFromFound, type DocumentOperation, type RecordedSide } from '../../shared/changes';

/** A short draft with a few claims, for the document operations' tests. */
export const RALLY_TEXT =
  'The ministry said 4,000 people attended the rally in Minsk on Sunday. Turnout was the highest since 2019.\n' +
  'Officials promised new roads and 12 schools by 2025.';
export const AT = '2026-01-02T03:04:05.000Z';
/** Who and when every operation is applied as, unless a test says otherwise. */
export const ctx = { by: 'Ana', at: AT };

/** The rally draft as a document, its claims found (ids c0, c1, …). */
export function rallyDocument(): FactdeskDocument {
  const found = extractClaims(RALLY_TEXT);
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'd1',
    title: 'Rally',
    fileName: 'rally.txt',
    sourceFormat: 'txt',
    importedAt: AT,
    text: RALLY_TEXT,
    boilerplate: found.boilerplate,
    claims: found.claims.map((claim, index) => claimFromFound(claim, 'd1', `c${index}`, 'Ana', AT)),
    dismissed: [],
  };
}

/** The operation that puts a recorded side back (what undo and redo apply). */
export const undo = (side: RecordedSide): DocumentOperation => ({ type: 'restore', state: side });
