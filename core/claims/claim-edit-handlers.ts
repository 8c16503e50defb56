import { UserError } from '../../shared/errors';
import type { HandlerSlice } from '../ipc/handler-types';
import { newId } from '../project/ids';

type EditChannel =
  | 'claim:add'
  | 'claim:dismiss'
  | 'claims:merge'
  | 'claim:split'
  | 'document:reextract'
  | 'document:setLanguage';

/**
 * Handlers that add, dismiss, merge, split or re-find claims (also in the language the checker says
 * the draft is in): each is one operation on one document, written once, one undo step. Re-finding
 * runs in the worker and first takes a snapshot.
 */
export const claimEditHandlers: HandlerSlice<EditChannel> = {
  'claim:add': ({ documentId, start, end, kind }, session) =>
    session.change(documentId, [{ type: 'addClaim', claimId: newId('c'), start, end, kind }]),
  'claim:dismiss': ({ claimId }, session) =>
    session.change(session.project.documentIdOf(claimId), [{ type: 'dismissClaim', claimId }]),
  'claims:merge': ({ claimIds }, session) => {
    const documents = new Set(claimIds.map((id) => session.project.documentIdOf(id)));
    if (documents.size > 1) throw new UserError('Only claims of the same document can be merged.', 'refused');
    return session.change([...documents][0]!, [{ type: 'mergeClaims', claimIds }]);
  },
  'claim:split': ({ claimId, at }, session) =>
    session.change(session.project.documentIdOf(claimId), [
      { type: 'splitClaim', claimId, at, newClaimId: newId('c') },
    ]),
  'document:reextract': ({ documentId }, session) => session.refindClaims(documentId),
  'document:setLanguage': ({ documentId, language }, session) => session.setLanguage(documentId, language),
};
