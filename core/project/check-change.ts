import type { z } from 'zod';
import type { RecordedSide } from '../../shared/changes';
import { ClaimSchema, DocumentSchema, type FactdeskDocument } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { assertFits } from '../storage/change-guard';
import { isPlainValidClaim } from './claim-fast-check';

/**
 * Refuses a change that would write what Factdesk could not read back, looking only at what it
 * reached: each claim it touched (the fast check, else its schema) and each document field it set.
 * The whole document is never validated again for a mark, a note or a citation.
 */
export function checkChange(doc: FactdeskDocument, after: RecordedSide): void {
  for (const entry of after.claims) {
    const claim = entry.at?.claim;
    if (!claim) continue;
    if (!isPlainValidClaim(claim)) assertFits(ClaimSchema, claim, 'claim');
    if (claim.documentId !== doc.id || claim.start > claim.end || claim.end > doc.text.length) {
      throw new UserError(
        `Factdesk refused a change to claim ${claim.id}: its text is not in its draft; nothing was changed.`,
        'refused',
      );
    }
  }
  for (const [field, value] of Object.entries(after.fields)) {
    const schema: z.ZodType = DocumentSchema.shape[field as keyof typeof DocumentSchema.shape];
    if (value !== undefined) assertFits(schema, value, 'document');
  }
}
