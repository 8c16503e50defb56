import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The self-test when the renderer's page does not load: exit 1 with one line on stderr. On the
// Electron BOUNDARY MOCK; the test plays Chromium failing the load.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { startMainProcess } from '../../test-support/main-process';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-self-test-fails-'));
  boundary.app.paths.set('userData', path.join(root, 'user-data'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the self-test, failing', () => {
  it('exits 1 with a sentence when the window cannot load the renderer', async () => {
    const complaint = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await startMainProcess(['/opt/Factdesk/factdesk', '--self-test'], { waitForWindow: false });
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalled());
    const [window] = FakeBrowserWindow.getAllWindows();
    // Chromium could not load the page (a broken archive, say): the renderer never calls main.
    window!.webContents.emit(
      'did-fail-load',
      fakeEvent(),
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://factdesk/index.html',
      true,
    );

    await vi.waitFor(() => expect(boundary.app.exit).toHaveBeenCalledWith(1));
    const lines = complaint.mock.calls
      .map(([text]) => String(text))
      .filter((text) => text.startsWith('Self-test'));
    complaint.mockRestore();
    expect(lines).toEqual([
      'Self-test failed: The window could not load app://factdesk/index.html: ERR_FILE_NOT_FOUND (-6).\n',
    ]);
    expect(window!.isDestroyed()).toBe(true);
  });
});
