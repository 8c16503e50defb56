// The boundary mock's IPC: what crosses between the processes is a structured clone, as in Electron
// (see ../electron-boundary-mock.ts).
import { vi } from 'vitest';

/** A reply crossing back to the renderer, cloned; Electron rejects the renderer's call when it cannot be. */
export function crossToRenderer(channel: string, reply: unknown): unknown {
  try {
    return structuredClone(reply);
  } catch (error) {
    throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  readonly handle = vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });

  /**
   * Plays a renderer calling `ipcRenderer.invoke(channel, args)` from `sender` / `senderFrame`.
   * Like real IPC, the argument and the reply cross the process boundary as structured clones:
   * what cannot be cloned (a function, a class instance's methods) rejects the call, and the
   * handler never shares an object with the caller.
   */
  async invoke(
    channel: string,
    args: unknown,
    from: { sender: { id: number }; senderFrame: { url: string; parent: unknown } | null },
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const reply = await handler(from, structuredClone(args));
    return crossToRenderer(channel, reply);
  }
}
