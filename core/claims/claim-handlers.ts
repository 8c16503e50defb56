import type { HandlerSlice } from '../ipc/handler-types';
import { setAssignee, setNote, setStatement, setStatus } from './claim-changes';

type ClaimChannel =
  | 'claims:list'
  | 'claim:setStatus'
  | 'claim:setNote'
  | 'claim:setAssignee'
  | 'claim:setStatement'
  | 'edit:undo'
  | 'edit:redo';

/** Handlers that list claims, mark one, note it, assign it, restate it, and undo or redo the last change. */
export const claimHandlers: HandlerSlice<ClaimChannel> = {
  'claims:list': async (_args, session) => session.project.claimRows(),
  'claim:setStatus': ({ claimId, status }, session) =>
    session.updateClaim(claimId, (claim, by) => setStatus(claim, status, by)),
  'claim:setNote': ({ claimId, note }, session) =>
    session.updateClaim(claimId, (claim, by) => setNote(claim, note, by)),
  'claim:setAssignee': ({ claimId, assignee }, session) =>
    session.updateClaim(claimId, (claim, by) => setAssignee(claim, assignee, by)),
  'claim:setStatement': ({ claimId, text }, session) =>
    session.updateClaim(claimId, (claim, by) => setStatement(claim, text, by)),
  'edit:undo': (_args, session) => session.undo(),
  'edit:redo': (_args, session) => session.redo(),
};
