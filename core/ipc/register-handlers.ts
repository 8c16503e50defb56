import { errorReplyFor, isUserError } from '../../shared/errors';
import { refusal } from '../../shared/ipc/envelope';
import { channelArgs, channels, type Channel, type Envelope } from '../../shared/ipc';
import type { Router } from '../service-types';
import type { WorkbenchSession } from '../session/workbench-session';
import type { HandlerMap } from './handler-types';
import { createHandlers, type HandlerContext } from './handlers';

/**
 * Registers one handler per contract channel on `router` (ipcMain in Electron, a plain map in the
 * web workbench and tests). Every raw argument is validated against the contract's schema before
 * its handler runs; every reply is an envelope whose error has a stable code and one clear sentence.
 */
export function registerHandlers(router: Router, context: HandlerContext): void {
  const handlers = createHandlers(context);
  for (const channel of channels) {
    router.handle(channel, (rawArgs, session) => runHandler(handlers, channel, rawArgs, session));
  }
}

async function runHandler<C extends Channel>(
  handlers: HandlerMap,
  channel: C,
  rawArgs: unknown,
  session: WorkbenchSession,
): Promise<Envelope<unknown>> {
  const parsed = channelArgs[channel].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return refusal(
      'invalid-request',
      `Factdesk refused a malformed request to ${channel}${where}; nothing was changed.`,
    );
  }
  try {
    const handler = handlers[channel] as (args: unknown, session: WorkbenchSession) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, session) };
  } catch (error) {
    if (!isUserError(error)) console.error(`[factdesk] ${channel} failed:`, error);
    return { ok: false, error: errorReplyFor(error) };
  }
}
