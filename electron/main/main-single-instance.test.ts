import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary } from '../../test-support/electron-boundary-mock';

describe('a second Factdesk', () => {
  it('quits at once when another instance holds the lock (that one opens the project instead)', async () => {
    boundary.app.singleInstance = false;
    const argv = process.argv;
    process.argv = ['/opt/Factdesk/factdesk', '/desk/Belarus.factdesk'];
    await import('./main');
    process.argv = argv;
    expect(boundary.app.quit).toHaveBeenCalledOnce();
    expect(boundary.app.listenerCount('second-instance')).toBe(0);
    expect(boundary.ipcMain.handle).not.toHaveBeenCalled();
  });
});
