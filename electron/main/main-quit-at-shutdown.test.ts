import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Linux and macOS shutting down, with the whole main process on the boundary mock.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { invokeFrom, mainProcessInTempFolder } from '../../test-support/main-process';

const desk = mainProcessInTempFolder('factdesk-shutdown-');

describe('the main process when the OS shuts down (Linux, macOS)', () => {
  it('asks the OS to wait, flushes and releases every project, quits, and lets the OS’s own quit through', async () => {
    const [window] = FakeBrowserWindow.getAllWindows();
    const dir = path.join(desk.root, 'Budget.factdesk');
    await expect(invokeFrom(window!, 'project:create', { dir, title: 'Budget' })).resolves.toMatchObject({
      ok: true,
    });
    expect(existsSync(path.join(dir, '.factdesk.lock'))).toBe(true);

    // powerMonitor 'shutdown': held (Electron then delays the OS), no before-quit needed.
    const shutdown = fakeEvent();
    boundary.powerMonitor.emit('shutdown', shutdown);
    expect(shutdown.defaultPrevented).toBe(true);
    // The OS's own quit that follows (macOS) is not cancelled: that could abort the logout.
    const osQuit = fakeEvent();
    boundary.app.emit('before-quit', osQuit);
    expect(osQuit.defaultPrevented).toBe(false);

    await vi.waitFor(() => expect(boundary.app.quit).toHaveBeenCalled());
    expect(existsSync(path.join(dir, '.factdesk.lock'))).toBe(false);
    const saved = JSON.parse(await readFile(path.join(desk.root, 'user-data', 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ width: 1200, height: 800 });
    const after = fakeEvent();
    boundary.app.emit('will-quit', after);
    expect(after.defaultPrevented).toBe(false);
    expect(boundary.app.exit).not.toHaveBeenCalled();
  });
});
