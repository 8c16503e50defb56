import { UserError } from '../../shared/errors';
import type { HandlerSlice } from '../ipc/handler-types';

type ChecklistChannel = 'claim:tick' | 'project:setChecklists';

/**
 * Handlers that tick an item of a claim's checklist (one operation through the session's one write
 * path, so it is in the claim's history and undo) and replace the project's own checklists.
 */
export const checklistHandlers: HandlerSlice<ChecklistChannel> = {
  'claim:tick': async ({ claimId, item, done }, session) => {
    const claim = await session.project.readClaimRow(claimId);
    const entry = session.project.checklists[claim.kind].find((candidate) => candidate.id === item);
    // An item gone from the list (edited elsewhere) can still be unticked, never ticked.
    if (!entry && done) {
      throw new UserError("This item is no longer on the claim's checklist.", 'not-found');
    }
    const label = entry?.text ?? item;
    return session.changeClaim(claimId, [{ type: 'tick', claimId, item, label, done }]);
  },
  'project:setChecklists': ({ checklists }, session) =>
    session.project.setChecklists(checklists, session.deskChecker),
};
