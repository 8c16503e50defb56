import type { HandlerSlice } from '../ipc/handler-types';
import type { Dialogs } from '../service-types';

type SessionChannel =
  | 'project:create'
  | 'project:open'
  | 'project:current'
  | 'project:close'
  | 'project:pendingOpen'
  | 'dialog:chooseProjectFolder';

/** Handlers that create, open, show and close a window's project. */
export function sessionHandlers(dialogs: Pick<Dialogs, 'chooseProjectFolder'>): HandlerSlice<SessionChannel> {
  return {
    'project:create': ({ dir, title, passphrase }, session) =>
      session.createProject(dir, title, { passphrase }),
    'project:open': ({ dir, passphrase }, session) => session.openProject(dir, { passphrase }),
    'project:current': async (_args, session) => (session.hasProject ? session.project.view() : null),
    'project:close': async (_args, session) => {
      await session.closeProject();
      return null;
    },
    /**
     * The project the shell was asked to open but could not without the person (an encrypted one
     * needs its passphrase; a damaged one, a backup). The renderer asks on start and runs its usual
     * open flow on it. It stays until a project opens or the renderer closes it.
     */
    'project:pendingOpen': async (_args, session) => session.pendingOpen,
    'dialog:chooseProjectFolder': ({ purpose }) => dialogs.chooseProjectFolder(purpose),
  };
}
