import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { errorReplyFor } from '../../shared/errors';
import {
  isChannel,
  type Channel,
  type ChannelArgs,
  type ChannelResult,
  type Envelope,
} from '../../shared/ipc';
import { refusal } from '../../shared/ipc/envelope';
import type { Router } from '../../core/service-types';
import type { WorkbenchSession } from '../../core/session/workbench-session';
import { isAppUrl } from './url-policy';

/** A handler as `registerHandlers` gives it: validates its raw argument, resolves to an envelope. */
export type RouteHandler = Parameters<Router['handle']>[1];

/** The Electron router: `Router` over `ipcMain.handle`, plus in-process dispatch for the menu. */
export interface ElectronRouter extends Router {
  /**
   * Runs a channel's handler for a session from main itself (menu commands), through the same
   * validation as an IPC call. Unknown channels resolve to an error envelope.
   */
  dispatch<C extends Channel>(
    channel: C,
    args: ChannelArgs<C>,
    session: WorkbenchSession,
  ): Promise<Envelope<ChannelResult<C>>>;
}

/** A reply to a window, with its channel: telling the channel tells the type of its value. */
export type ChannelReply = {
  [C in Channel]: { readonly channel: C; readonly envelope: Envelope<ChannelResult<C>> };
}[Channel];

/** What the router needs from the shell. */
export interface ElectronRouterOptions {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  /** The session of a window the shell created, by its `webContents.id`; undefined for anything else. */
  readonly sessionFor: (webContentsId: number) => WorkbenchSession | undefined;
  /** Runs a handler with the calling window as the context (native dialogs attach to it). */
  readonly runForWindow?: <T>(webContentsId: number, run: () => Promise<T>) => Promise<T>;
  /** Told about every reply to a window (the shell updates its menu and recent documents). */
  readonly onReply?: (reply: ChannelReply, webContentsId: number) => void;
  /** A reason to refuse a window's call before its handler runs (a file no dialog chose), or null. */
  readonly refuse?: (channel: Channel, rawArgs: unknown) => string | null;
}

export const FOREIGN_SENDER_ERROR =
  'Factdesk refused a request that did not come from one of its own windows.';

/** The reason to refuse an IPC call, or null when it comes from the main frame of one of our windows. */
export function refuseSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  sessionFor: (webContentsId: number) => WorkbenchSession | undefined,
): string | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return FOREIGN_SENDER_ERROR;
  if (sessionFor(event.sender.id) === undefined) return FOREIGN_SENDER_ERROR;
  return null;
}

async function settle(
  handler: RouteHandler,
  rawArgs: unknown,
  session: WorkbenchSession,
): Promise<Envelope<unknown>> {
  try {
    return await handler(rawArgs, session);
  } catch (error) {
    // Handlers never throw by contract; if one does, the renderer still gets one clear sentence.
    return { ok: false, error: errorReplyFor(error) };
  }
}

/**
 * Builds the router. Each contract channel gets one `ipcMain.handle`; every call first checks
 * that its sender frame is the top frame of a window we created, showing the app's own origin,
 * then passes the raw argument and that window's session to the handler (which validates it).
 */
export function createElectronRouter(options: ElectronRouterOptions): ElectronRouter {
  const handlers = new Map<Channel, RouteHandler>();
  const runForWindow = options.runForWindow ?? ((_id, run) => run());
  return {
    handle(channel, handler) {
      if (!isChannel(channel))
        throw new Error(`Refusing to route "${String(channel)}": not a contract channel.`);
      if (handlers.has(channel)) throw new Error(`The channel ${channel} already has a handler.`);
      handlers.set(channel, handler);
      options.ipcMain.handle(channel, async (event, rawArgs: unknown) => {
        const foreign = refuseSender(event, options.sessionFor);
        const session = options.sessionFor(event.sender.id);
        if (foreign !== null || session === undefined) {
          return refusal('invalid-request', foreign ?? FOREIGN_SENDER_ERROR) satisfies Envelope<never>;
        }
        const refused = options.refuse?.(channel, rawArgs) ?? null;
        if (refused !== null) return refusal('refused', refused) satisfies Envelope<never>;
        const id = event.sender.id;
        const envelope = await runForWindow(id, () => settle(handler, rawArgs, session));
        // The handler answers for `channel`, so its envelope is of that channel's result.
        options.onReply?.({ channel, envelope } as ChannelReply, id);
        return envelope;
      });
    },
    async dispatch<C extends Channel>(channel: C, args: ChannelArgs<C>, session: WorkbenchSession) {
      const handler = isChannel(channel) ? handlers.get(channel) : undefined;
      if (!handler) return refusal('invalid-request', `Factdesk has no command called "${channel}".`);
      // The handler validates `args` against the contract and answers with `C`'s result.
      return (await settle(handler, args, session)) as Envelope<ChannelResult<C>>;
    },
  };
}
