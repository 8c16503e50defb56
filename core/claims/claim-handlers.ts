import type { HandlerSlice } from '../ipc/handler-types';

type ClaimChannel =
  | 'claims:page'
  | 'claims:checkers'
  | 'claim:get'
  | 'claim:setStatus'
  | 'claim:setNote'
  | 'claim:setAssignee'
  | 'claim:setStatement'
  | 'claim:approve'
  | 'claim:withdrawApproval'
  | 'edit:undo'
  | 'edit:redo'
  | 'edit:state';

/**
 * Handlers that list claims (and the desk's checkers), mark one, note it, assign it, restate it, approve it, and undo or redo the last
 * change. Each change is one operation through the session's one write path.
 */
export const claimHandlers: HandlerSlice<ClaimChannel> = {
  'claims:page': ({ offset, limit }, session) => session.project.claimsPage(offset, limit),
  'claims:checkers': async (_args, session) => session.project.checkers(),
  'claim:get': ({ claimId }, session) => session.project.readClaimRow(claimId),
  'claim:setStatus': ({ claimId, status }, session) =>
    session.changeClaim(claimId, [{ type: 'setStatus', claimId, status }]),
  'claim:setNote': ({ claimId, note }, session) =>
    session.changeClaim(claimId, [{ type: 'setNote', claimId, note }]),
  'claim:setAssignee': ({ claimId, assignee }, session) =>
    session.changeClaim(claimId, [{ type: 'setAssignee', claimId, assignee }]),
  'claim:setStatement': ({ claimId, text }, session) =>
    session.changeClaim(claimId, [{ type: 'setStatement', claimId, text }]),
  'claim:approve': ({ claimId }, session) => session.changeClaim(claimId, [{ type: 'approve', claimId }]),
  'claim:withdrawApproval': ({ claimId }, session) =>
    session.changeClaim(claimId, [{ type: 'withdrawApproval', claimId }]),
  'edit:undo': (_args, session) => session.undo(),
  'edit:redo': (_args, session) => session.redo(),
  'edit:state': async (_args, session) => session.undoState,
};
