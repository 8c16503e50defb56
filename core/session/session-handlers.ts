import type { HandlerMap } from '../ipc/handlers';

/**
 * `project:pendingOpen`: the project the shell was asked to open but could not without the person
 * (an encrypted one needs its passphrase; a damaged one, a backup). The renderer asks on start and
 * runs its usual open flow on it. It stays until a project opens or the renderer closes it.
 */
export const pendingOpenHandler: Pick<HandlerMap, 'project:pendingOpen'> = {
  'project:pendingOpen': async (_args, session) => session.pendingOpen,
};
