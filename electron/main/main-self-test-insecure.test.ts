import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The self-test of a window whose page runs injected script in an unsandboxed process: the work
// (listing a project's claims) passes, the security check does not, and it exits 1 naming both. On the Electron BOUNDARY MOCK;
// the test plays the page's answer and the app metrics.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { invokeFrom, startMainProcess } from '../../test-support/main-process';
import { factdesk } from '../../test-support/run-factdesk';
import { SEED_SAMPLE } from '../../test-support/temp-dir';

let root: string;
let project: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-self-test-insecure-'));
  boundary.app.paths.set('userData', path.join(root, 'user-data'));
  project = path.join(root, 'Sample.factdesk');
  expect(factdesk(['new', project]).code).toBe(0);
  expect(factdesk(['import', project, SEED_SAMPLE]).code).toBe(0);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the self-test of an insecure window', () => {
  it('exits 1 with the problems in one line', async () => {
    const complaint = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await startMainProcess(['/opt/Factdesk/factdesk', '--self-test', project], { waitForWindow: false });
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalled());
    const [window] = FakeBrowserWindow.getAllWindows();
    const contents = window!.webContents;
    contents.executeJavaScript.mockResolvedValueOnce({
      nodeGlobals: [],
      bridge: 'function',
      inlineScriptRefused: false,
    });
    boundary.app.getAppMetrics.mockReturnValue([
      { pid: contents.getOSProcessId(), type: 'Tab', sandboxed: false },
    ]);
    await invokeFrom(window!, 'app:info');
    await invokeFrom(window!, 'project:current');
    await invokeFrom(window!, 'claims:page', { offset: 0, limit: 5000 });

    await vi.waitFor(() => expect(boundary.app.exit).toHaveBeenCalled(), { timeout: 60_000 });
    expect(boundary.app.exit).toHaveBeenCalledWith(1);
    const lines = complaint.mock.calls
      .map(([text]) => String(text))
      .filter((text) => text.startsWith('self-test'));
    complaint.mockRestore();
    expect(lines).toEqual([
      `self-test [unavailable]: The page ran an inline script: its CSP is not enforced. The renderer process ${contents.getOSProcessId()} is not sandboxed.\n`,
    ]);
  }, 90_000);
});
