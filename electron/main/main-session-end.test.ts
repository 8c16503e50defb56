import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Windows ending the session (shutdown, restart, log off), with the whole main process on the
// boundary mock: no before-quit comes, and the process is killed once session-end returns.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { invokeFrom, mainProcessInTempFolder } from '../../test-support/main-process';

const desk = mainProcessInTempFolder('factdesk-session-end-');

describe('the main process when a Windows session ends', () => {
  it('flushes at the query without refusing it, and releases every lock when the session ends', async () => {
    const [window] = FakeBrowserWindow.getAllWindows();
    const dir = path.join(desk.root, 'Budget.factdesk');
    await expect(invokeFrom(window!, 'project:create', { dir, title: 'Budget' })).resolves.toMatchObject({
      ok: true,
    });
    const lock = path.join(dir, '.factdesk.lock');

    const query = fakeEvent({ reasons: ['shutdown'] });
    window!.emit('query-session-end', query);
    expect(query.defaultPrevented).toBe(false);
    // Nothing closed: another app may still cancel the shutdown, and the checker goes on.
    await expect(invokeFrom(window!, 'project:current')).resolves.toMatchObject({
      value: { title: 'Budget' },
    });
    expect(existsSync(lock)).toBe(true);

    window!.emit('session-end', fakeEvent({ reasons: ['shutdown'] }));
    // Synchronously, before the listener returns (Windows may kill the process right after).
    expect(existsSync(lock)).toBe(false);
  });
});
