/**
 * The preload: the renderer's one way to main. It exposes `window.factdesk.invoke(channel, args)`
 * and nothing else, answers only the IPC contract's channels, and always resolves to an
 * envelope (`{ ok: true, value }` or `{ ok: false, error }`), which the renderer unwraps the same
 * way it unwraps the web workbench's HTTP replies.
 *
 * It runs sandboxed and is bundled to CommonJS: only `electron` is required at run time; the
 * contract comes in with the bundle.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../../shared/ipc/channel-names';
import type { Envelope } from '../../shared/ipc/contract';
import { isEnvelope, refusal } from '../../shared/ipc/envelope';

/** What `window.factdesk` is. */
export interface FactdeskBridge {
  invoke(channel: unknown, args?: unknown): Promise<Envelope<unknown>>;
}

/** The transport the bridge sends over (`ipcRenderer.invoke` in the app). */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

const BROKEN_REPLY = 'Factdesk could not reach its main process; nothing was changed.';

/** Builds the bridge over `invoke`; refuses anything that is not a contract channel. */
export function createFactdeskBridge(invoke: Invoke): FactdeskBridge {
  return Object.freeze({
    async invoke(channel: unknown, args?: unknown): Promise<Envelope<unknown>> {
      if (!isChannel(channel)) {
        const name = typeof channel === 'string' ? `"${channel.slice(0, 100)}"` : 'a request without a name';
        return refusal('invalid-request', `Factdesk refused ${name}: it is not one of its commands.`);
      }
      try {
        const reply = await invoke(channel, args ?? {});
        return isEnvelope(reply) ? reply : refusal('transport', BROKEN_REPLY);
      } catch {
        return refusal('transport', BROKEN_REPLY);
      }
    },
  });
}

contextBridge.exposeInMainWorld(
  'factdesk',
  createFactdeskBridge((channel, args) => ipcRenderer.invoke(channel, args)),
);
