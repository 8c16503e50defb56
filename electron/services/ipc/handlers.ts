import type { Channel } from '../../../shared/ipc';
import { buildCitation } from '../citations';
import { addCitation, removeCitation, setNote, setStatus } from '../claim-changes';
import { draftFromText, readDraftFile } from '../import/read-draft';
import type { Services } from '../index';
import type { ChannelHandler } from '../service-types';
import { claimEditHandlers } from './claim-edit-handlers';
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
    'project:create': ({ dir, title }, session) => session.createProject(dir, title),
    'project:open': ({ dir }, session) => session.openProject(dir),
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
    'claim:addCitation': async ({ claimId, citation }, session) => {
      session.project.claimRow(claimId);
      const built = await buildCitation(session.project.dir, citation, session.checker);
      return session.updateClaim(claimId, (claim, by) => addCitation(claim, built, by));
    },
    'claim:removeCitation': ({ claimId, citationId }, session) =>
      session.updateClaim(claimId, (claim, by) => removeCitation(claim, citationId, by)),
    'documents:importProgress': async (_args, session) => session.importProgress,
    ...claimEditHandlers,
  };
}
