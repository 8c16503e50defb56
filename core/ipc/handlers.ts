import type { Channel } from '../../shared/ipc';
import { removeCitation, replaceCitation, setAssignee, setNote, setStatus } from '../claims/claim-changes';
import { UserError } from '../../shared/errors';
import { sourcesOf } from '../citations/sources';
import { draftFromText, readDraftFile } from '../drafts/read-draft';
import type { Services } from '../index';
import type { ChannelHandler } from '../service-types';
import { backupHandlers } from '../backups/backup-handlers';
import { claimEditHandlers } from '../claims/claim-edit-handlers';
import { reportHandlers } from '../reports/report-handlers';
import { citationHandlers } from '../citations/citation-handlers';
import { citationFromRequest } from '../citations/citation-files';
import { aboutHandlers } from '../app/about-handlers';
import { revisionHandlers } from '../revisions/revision-handlers';
import { pendingOpenHandler } from '../session/session-handlers';
import { basename } from 'node:path';

/** One handler per channel of the contract; arguments arrive validated. */
export type HandlerMap = { [C in Channel]: ChannelHandler<C> };

/** The handlers, bound to the process's services. */
export function createHandlers(services: Services): HandlerMap {
  const appInfo = () => ({
    mode: services.mode,
    version: services.version,
    checker: services.settings.checker,
  });
  return {
    'app:info': async () => appInfo(),
    'app:setChecker': async ({ name }) => {
      await services.settings.setChecker(name);
      return appInfo();
    },
    'projects:recent': async () => services.settings.recent(),
    'project:create': ({ dir, title, passphrase }, session) =>
      session.createProject(dir, title, { passphrase }),
    'project:open': ({ dir, passphrase }, session) => session.openProject(dir, { passphrase }),
    'project:current': async (_args, session) => (session.hasProject ? session.project.view() : null),
    'project:close': async (_args, session) => {
      await session.closeProject();
      return null;
    },
    'dialog:chooseProjectFolder': ({ purpose }) => services.dialogs.chooseProjectFolder(purpose),
    'dialog:chooseDrafts': () => services.dialogs.chooseDrafts(),
    'documents:importFiles': ({ paths }, session) =>
      session.importDrafts(
        paths.map((path) => () => readDraftFile(path)),
        paths.map((path) => basename(path)),
      ),
    'documents:importText': ({ fileName, text }, session) =>
      session.importDrafts([async () => draftFromText(fileName, text)], [fileName]),
    'document:get': async ({ documentId }, session) => session.project.document(documentId),
    'claims:list': async (_args, session) => session.project.claimRows(),
    'claim:setStatus': ({ claimId, status }, session) =>
      session.updateClaim(claimId, (claim, by) => setStatus(claim, status, by)),
    'claim:setNote': ({ claimId, note }, session) =>
      session.updateClaim(claimId, (claim, by) => setNote(claim, note, by)),
    'claim:removeCitation': ({ claimId, citationId }, session) =>
      session.updateClaim(claimId, (claim, by) => removeCitation(claim, citationId, by)),
    'claim:updateCitation': async ({ claimId, citationId, citation }, session) => {
      const old = session.project.claimRow(claimId).citations.find((entry) => entry.id === citationId);
      if (!old) throw new UserError(`This claim has no citation ${citationId}.`);
      const built = await citationFromRequest(session, citation);
      // No new file chosen: the attached file stays.
      const next = built.file || !old.file ? built : { ...built, file: old.file };
      return session.updateClaim(claimId, (claim, by) => replaceCitation(claim, citationId, next, by));
    },
    'documents:importProgress': async (_args, session) => session.importProgress,
    'edit:undo': (_args, session) => session.undo(),
    'claim:setAssignee': ({ claimId, assignee }, session) =>
      session.updateClaim(claimId, (claim, by) => setAssignee(claim, assignee, by)),
    'sources:list': async (_args, session) => sourcesOf(session.project.allDocuments()),
    'edit:redo': (_args, session) => session.redo(),
    ...claimEditHandlers,
    ...backupHandlers(services),
    ...reportHandlers(services),
    ...citationHandlers(services),
    ...aboutHandlers(services),
    ...revisionHandlers,
    ...pendingOpenHandler,
  };
}
