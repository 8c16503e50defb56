import { describe, expect, it, vi } from 'vitest';
import { channels, type Channel, type Envelope } from '../../shared/ipc';
import type { WorkbenchSession } from '../../core/session/workbench-session';
import { createElectronRouter, FOREIGN_SENDER_ERROR } from './electron-router';

// electron-router.ts imports only electron's types: `ipcMain` is handed in, so a plain fake serves.

function setup(options: { onReply?: () => void } = {}) {
  const handlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: (event: unknown, args: unknown) => Promise<unknown>) =>
      handlers.set(channel, fn),
    ),
  };
  const session = { name: 'window 7' } as unknown as WorkbenchSession;
  const sessions = new Map<number, WorkbenchSession>([[7, session]]);
  const router = createElectronRouter({
    ipcMain: ipcMain as never,
    sessionFor: (id) => sessions.get(id),
    onReply: options.onReply,
  });
  const call = (
    channel: string,
    args: unknown,
    from: { id?: number; url?: string; frame?: 'none' | 'sub' },
  ) =>
    handlers.get(channel)!(
      {
        sender: { id: from.id ?? 7 },
        senderFrame:
          from.frame === 'none'
            ? null
            : { url: from.url ?? 'app://factdesk/index.html', parent: from.frame === 'sub' ? {} : null },
      },
      args,
    );
  return { router, ipcMain, handlers, session, call };
}

describe('the Electron router', () => {
  it('registers one ipcMain handler per channel it is given', () => {
    const { router, ipcMain } = setup();
    for (const channel of channels) router.handle(channel, async () => ({ ok: true, value: null }));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual(channels);
  });

  it('refuses to route a channel that is not in the contract, or one twice', () => {
    const { router } = setup();
    expect(() => router.handle('shell:exec' as never, async () => ({ ok: true, value: null }))).toThrow(
      /not a contract channel/,
    );
    router.handle('app:info', async () => ({ ok: true, value: null }));
    expect(() => router.handle('app:info', async () => ({ ok: true, value: null }))).toThrow(/already/);
  });

  it("passes the raw argument and the window's session to the handler", async () => {
    const { router, session, call } = setup();
    const handler = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    router.handle('claims:page', handler);
    await expect(call('claims:page', { raw: 1 }, {})).resolves.toEqual({ ok: true, value: 'done' });
    expect(handler).toHaveBeenCalledWith({ raw: 1 }, session);
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/' }],
    ['a file page', { url: 'file:///tmp/evil.html' }],
    ['a look-alike origin', { url: 'app://factdesk.evil/index.html' }],
    ['a sub-frame', { frame: 'sub' as const }],
    ['a destroyed frame', { frame: 'none' as const }],
    ['a window the app did not create', { id: 99 }],
  ])('answers a call from %s with an error envelope, without running the handler', async (_name, from) => {
    const { router, call } = setup();
    const handler = vi.fn(async () => ({ ok: true as const, value: 'secret' }));
    router.handle('project:current', handler);
    await expect(call('project:current', {}, from)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-request', message: FOREIGN_SENDER_ERROR },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into an error envelope', async () => {
    const { router, call } = setup();
    router.handle('claims:page', async () => {
      throw new Error('internal detail');
    });
    const reply = (await call('claims:page', { offset: 0, limit: 1 }, {})) as Envelope<unknown>;
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('internal detail');
  });

  it('dispatches from main through the same handler, and refuses unknown channels', async () => {
    const { router, session } = setup();
    const handler = vi.fn(async () => ({ ok: true as const, value: 1 }));
    router.handle('project:open', handler);
    await expect(router.dispatch('project:open', { dir: '/x' }, session)).resolves.toEqual({
      ok: true,
      value: 1,
    });
    expect(handler).toHaveBeenCalledWith({ dir: '/x' }, session);
    // A channel outside the contract does not compile; one that arrives anyway (a bug) is refused.
    const unknown = (name: string) => router.dispatch(name as Channel, {} as never, session);
    await expect(unknown('shell:exec')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(unknown('__proto__')).resolves.toMatchObject({ ok: false });
  });

  it('tells the shell about each reply to a window', async () => {
    const onReply = vi.fn();
    const { router, call } = setup({ onReply });
    router.handle('project:open', async () => ({ ok: true, value: { dir: '/x' } }));
    await call('project:open', { dir: '/x' }, {});
    expect(onReply).toHaveBeenCalledWith(
      { channel: 'project:open', envelope: { ok: true, value: { dir: '/x' } } },
      7,
    );
  });
});
