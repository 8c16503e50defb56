import type { FactdeskDocument } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { ClaimChanges } from '../../shared/ipc';
import { addManualClaim, dismissClaim, mergeClaims, reextractClaims, splitClaim } from './claim-editing';
import type { WorkbenchSession } from '../session/workbench-session';
import type { HandlerSlice } from '../ipc/handler-types';

type EditChannel = 'claim:add' | 'claim:dismiss' | 'claims:merge' | 'claim:split' | 'document:reextract';

/**
 * Handlers that add, dismiss, merge, split or re-find claims: each writes one document once.
 * Re-finding a document's claims, which replaces them, first takes a snapshot.
 */
export const claimEditHandlers: HandlerSlice<EditChannel> = {
  'claim:add': ({ documentId, start, end, kind }, session) =>
    editDocument(session, documentId, (doc, by) => addManualClaim(doc, start, end, kind, by)),
  'claim:dismiss': ({ claimId }, session) =>
    editDocument(session, session.project.documentIdOf(claimId), (doc) => dismissClaim(doc, claimId)),
  'claims:merge': ({ claimIds }, session) => {
    const documents = new Set(claimIds.map((id) => session.project.documentIdOf(id)));
    if (documents.size > 1) throw new UserError('Only claims of the same document can be merged.', 'refused');
    return editDocument(session, [...documents][0]!, (doc, by) => mergeClaims(doc, claimIds, by));
  },
  'claim:split': ({ claimId, at }, session) =>
    editDocument(session, session.project.documentIdOf(claimId), (doc, by) =>
      splitClaim(doc, claimId, at, by),
    ),
  'document:reextract': async ({ documentId }, session) => {
    await session.project.snapshot('before-reextract');
    return editDocument(session, documentId, (doc, by) => reextractClaims(doc, by));
  },
};

/** Runs an edit on one document through the session, so it can be undone. */
function editDocument(
  session: WorkbenchSession,
  documentId: string,
  edit: (doc: FactdeskDocument, by: string) => unknown,
): Promise<ClaimChanges> {
  return session.editDocument(documentId, 'edit claims', edit);
}
