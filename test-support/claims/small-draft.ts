import {
  CURRENT_SCHEMA_VERSION,
  type Citation,
  type Claim,
  type FactdeskDocument,
} from '../../shared/domain';
import type { ClaimRow } from '../../shared/ipc/views';

/** When the claims of these small drafts were found. */
export const FOUND_AT = '2024-04-30T00:00:00.000Z';

/** A claim of draft `d1` as the claim finder leaves it (unchecked, no note, no citations), with any field given. */
export function testClaim(id: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    documentId: 'd1',
    start: 0,
    end: 4,
    quote: 'text',
    text: `Claim ${id}`,
    kind: 'quantity',
    score: 0.5,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [{ at: FOUND_AT, by: 'Import', action: 'found' }],
    origin: 'found',
    updatedAt: FOUND_AT,
    ...over,
  };
}

/** `testClaim` as the services answer `claim:get`: with its draft's title and its sentence. */
export function testClaimRow(id: string, over: Partial<ClaimRow> = {}): ClaimRow {
  return { ...testClaim(id), documentTitle: 'Draft', sentence: 'text', ...over };
}

/** A source that supports its claim. */
export function testCitation(id: string, title: string): Citation {
  return { id, title, quote: '', stance: 'supports', addedAt: FOUND_AT, addedBy: 'x' };
}

/** Draft `d1` holding `claims`, with any field given. */
export function testDraft(claims: Claim[], over: Partial<FactdeskDocument> = {}): FactdeskDocument {
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'd1',
    title: 'Draft',
    fileName: 'draft.txt',
    sourceFormat: 'txt',
    importedAt: FOUND_AT,
    text: 'text text text',
    boilerplate: [],
    claims,
    dismissed: [],
    ...over,
  };
}
