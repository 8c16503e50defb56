import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// `factdesk-desktop --self-test`: the whole main process on the Electron BOUNDARY MOCK, with the
// real services, the real extraction worker, the real app protocol and the real report writers.
// The test plays what only a real Electron can: the renderer starting up, the page's answer to
// the security probe, and the app metrics. The packaged app runs the same code on CI runners.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { invokeFrom, startMainProcess } from '../../test-support/main-process';
import { wantsSelfTest } from './self-test';

let root: string;
const personalSettings = () => path.join(root, 'person', 'user-data');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-self-test-'));
  boundary.app.paths.set('userData', personalSettings());
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('--self-test on the command line', () => {
  it('is asked for by the switch anywhere on the line', () => {
    expect(wantsSelfTest(['/opt/Factdesk/factdesk', '--no-sandbox', '--self-test'])).toBe(true);
    expect(wantsSelfTest(['/opt/Factdesk/factdesk', 'Sample.factdesk'])).toBe(false);
  });
});

describe('the self-test, as the packaged app runs it in CI', () => {
  it('loads the renderer hidden, imports, marks, saves reports, checks the window, prints one line, exits 0', async () => {
    const printed = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const cwd = process.cwd();
    await startMainProcess(['/opt/Factdesk/factdesk', '--self-test'], { waitForWindow: false });

    // No single-instance hand-off: it runs beside an open Factdesk.
    expect(boundary.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    // Its settings, project and reports go to a throw-away folder, not the person's.
    const throwAway = boundary.app.getPath('userData');
    expect(throwAway).not.toBe(personalSettings());

    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalled());
    const [window] = FakeBrowserWindow.getAllWindows();
    expect(window!.loadURL).toHaveBeenCalledWith('app://factdesk/index.html');
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
    // The page it loaded came from the app protocol, with the built renderer.
    await vi.waitFor(() => expect(window!.webContents.page?.status).toBe(200));
    // The page's answer to the probe, and the OS's word on its process (only Electron knows them).
    window!.webContents.executeJavaScript.mockResolvedValueOnce({
      nodeGlobals: [],
      bridge: 'function',
      inlineScriptRefused: true,
    });
    boundary.app.getAppMetrics.mockReturnValue([
      { pid: window!.webContents.getOSProcessId(), type: 'Tab', sandboxed: true },
    ]);
    // Until the renderer has called main, nothing else happens.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(path.join(throwAway, 'self-test'))).toBe(false);
    // The renderer starting up, as app.tsx does, through the real IPC.
    await expect(invokeFrom(window!, 'app:info')).resolves.toMatchObject({ ok: true });

    await vi.waitFor(() => expect(boundary.app.exit).toHaveBeenCalled(), { timeout: 60_000 });
    expect(boundary.app.exit).toHaveBeenCalledWith(0);
    const lines = printed.mock.calls
      .map(([text]) => String(text))
      .filter((text) => text.startsWith('Self-test'));
    printed.mockRestore();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Self-test passed: Factdesk 0\.0\.0-test loaded its renderer .* imported a draft \(1[0-9] claims found in the worker\), marked a claim verified, saved HTML and PDF reports, and its window enforces the CSP, has no Node, is context-isolated and runs in a sandboxed process\.\n$/,
    );
    // The probe ran in that window; the CSP header came from the app protocol itself.
    expect(window!.webContents.executeJavaScript).toHaveBeenCalledWith(
      expect.stringContaining('inlineScriptRefused'),
    );
    expect(boundary.session.defaultSession.fetch).toHaveBeenCalledWith('app://factdesk/index.html');
    await expect(boundary.session.defaultSession.fetch.mock.results[0]!.value).resolves.toMatchObject({
      status: 200,
    });
    expect(window!.show).not.toHaveBeenCalled();
    expect(window!.isDestroyed()).toBe(true);
    // The PDF was printed from the report page in a private printing session.
    const printer = FakeBrowserWindow.instances.find((other) => other !== window);
    expect(printer?.webContents.printToPDF).toHaveBeenCalledTimes(1);
    // Nothing of the person's written; the throw-away folder is gone; no stray files where it ran.
    expect(existsSync(personalSettings())).toBe(false);
    expect(existsSync(throwAway)).toBe(false);
    expect(process.cwd()).toBe(cwd);
  }, 90_000);
});
