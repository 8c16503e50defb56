import { beforeAll, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { channels } from '../../shared/ipc';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary } from '../../test-support/electron-boundary-mock';

interface Bridge {
  invoke(channel: unknown, args?: unknown): Promise<unknown>;
}

let bridge: Bridge;

beforeAll(async () => {
  await import('../preload/preload');
  bridge = boundary.contextBridge.exposed.get('factdesk') as Bridge;
});

describe('the preload', () => {
  it('exposes exactly one thing, window.factdesk, with exactly one function, invoke', () => {
    expect([...boundary.contextBridge.exposed.keys()]).toEqual(['factdesk']);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it("passes every contract channel to ipcRenderer.invoke and returns main's envelope", async () => {
    boundary.ipcRenderer.main.mockImplementation(async (channel) => ({ ok: true, value: channel }));
    for (const channel of channels) {
      await expect(bridge.invoke(channel, {})).resolves.toEqual({ ok: true, value: channel });
    }
    expect(boundary.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual(channels);
  });

  it.each(['shell:openExternal', 'fs:readFile', '__proto__', 'toString', 'constructor', '', 42, null, {}])(
    'refuses %j with an error envelope, without reaching main',
    async (channel) => {
      boundary.ipcRenderer.invoke.mockClear();
      const reply = await bridge.invoke(channel, {});
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringMatching(/refused/) },
      });
      expect(boundary.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed or malformed reply into an error envelope', async () => {
    boundary.ipcRenderer.main.mockRejectedValueOnce(new Error("No handler registered for 'app:info'"));
    await expect(bridge.invoke('app:info', {})).resolves.toMatchObject({ ok: false });
    boundary.ipcRenderer.main.mockResolvedValueOnce('not an envelope');
    await expect(bridge.invoke('app:info', {})).resolves.toMatchObject({ ok: false });
    // A reply that cannot cross the process boundary (a function in it) rejects like real IPC.
    boundary.ipcRenderer.main.mockResolvedValueOnce({ ok: true, value: { later: () => 1 } });
    await expect(bridge.invoke('app:info', {})).resolves.toMatchObject({ ok: false });
  });

  it('sends {} when a channel is called without arguments', async () => {
    boundary.ipcRenderer.invoke.mockClear();
    boundary.ipcRenderer.main.mockResolvedValueOnce({ ok: true, value: null });
    await bridge.invoke('project:current');
    expect(boundary.ipcRenderer.invoke).toHaveBeenCalledWith('project:current', {});
  });
});
