import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { createElectronDialogs } from './dialogs';

beforeEach(() => vi.clearAllMocks());

describe('the citation file dialog', () => {
  it('chooses one file, modal to the window that asked, or nothing when cancelled', async () => {
    const parent = new FakeBrowserWindow({});
    const dialogs = createElectronDialogs(() => parent as never);
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/desk/minutes.pdf'],
    });
    await expect(dialogs.chooseCitationFile!()).resolves.toBe('/desk/minutes.pdf');
    const [window, options] = boundary.dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      { properties: string[] },
    ];
    expect(window).toBe(parent);
    expect(options.properties).toEqual(['openFile']);
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(dialogs.chooseCitationFile!()).resolves.toBeNull();
  });
});
