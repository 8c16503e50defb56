import type { Channel, Envelope, FactdeskApi } from '../../shared/ipc/contract';
import { unwrapEnvelope } from './envelope';

/** What the preload exposes on `window.factdesk`. */
export interface PreloadBridge {
  invoke(channel: Channel, args: unknown): Promise<Envelope<unknown>>;
}

/** The preload bridge, when running inside Electron. */
export function findPreloadBridge(): PreloadBridge | null {
  const bridge = (window as { factdesk?: unknown }).factdesk;
  if (
    typeof bridge === 'object' &&
    bridge !== null &&
    typeof (bridge as PreloadBridge).invoke === 'function'
  ) {
    return bridge as PreloadBridge;
  }
  return null;
}

/** The desktop transport: the preload's envelopes, unwrapped. */
export function createElectronApi(bridge: PreloadBridge): FactdeskApi {
  return {
    async invoke(channel, args) {
      return unwrapEnvelope(await bridge.invoke(channel, args));
    },
  };
}
