import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// `Factdesk --self-test DIR`: the whole main process on the Electron BOUNDARY MOCK, with the real
// services, the real app protocol and a real project on disk that the real CLI made from the
// repository's sample drafts (as CI makes it before running the packaged app). The test plays what
// only a real Electron can: the renderer starting up (its calls go through the real IPC handlers),
// the page's answer to the security probe, and the app metrics.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { folderFingerprint } from '../../test-support/folder-fingerprint';
import { invokeFrom, startMainProcess } from '../../test-support/main-process';
import { factdesk } from '../../test-support/run-factdesk';
import { SEED_SAMPLE } from '../../test-support/temp-dir';

let root: string;
let project: string;
let claimsOnDisk: number;
let firstClaimId: string;
const personalSettings = () => path.join(root, 'person', 'user-data');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-self-test-'));
  project = path.join(root, 'Sample.factdesk');
  expect(factdesk(['new', project, '--title', 'Self-test sample']).code).toBe(0);
  const drafts = [SEED_SAMPLE, path.join('resources', 'samples', 'languages', 'fr-otan-2022.txt')];
  const imported = factdesk(['import', project, ...drafts]);
  expect(imported.code, imported.stderr).toBe(0);
  const claims = JSON.parse(factdesk(['claims', project, '--json']).stdout) as { id: string }[];
  claimsOnDisk = claims.length;
  firstClaimId = claims[0]!.id;
  expect(claimsOnDisk).toBeGreaterThan(5);
  // The person's own settings, with a recent project: the self-test must not touch them.
  await mkdir(personalSettings(), { recursive: true });
  await writeFile(
    path.join(personalSettings(), 'settings.json'),
    JSON.stringify({ checker: 'Ada', checkerChosen: true, recent: [] }),
  );
  boundary.app.paths.set('userData', personalSettings());
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the self-test, as the packaged app runs it in CI', () => {
  it('opens DIR read-only, lets the hidden renderer list its claims through IPC, prints one line, exits 0, writes nothing', async () => {
    const projectBefore = await folderFingerprint(project);
    const settingsBefore = await folderFingerprint(personalSettings());
    expect(Object.keys(projectBefore)).toContain('project.json');
    const printed = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const cwd = process.cwd();
    await startMainProcess(['/opt/Factdesk/factdesk', '--self-test', project], { waitForWindow: false });

    // No single-instance hand-off: it runs beside an open Factdesk.
    expect(boundary.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    // Its settings and Chromium's profile go to a throw-away folder, not the person's.
    const throwAway = boundary.app.getPath('userData');
    expect(throwAway).not.toBe(personalSettings());

    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalled());
    const [window] = FakeBrowserWindow.getAllWindows();
    expect(window!.loadURL).toHaveBeenCalledWith('app://factdesk/index.html');
    expect(window!.options).toMatchObject({ show: false });
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
    await vi.waitFor(() => expect(window!.webContents.page?.status).toBe(200));
    window!.webContents.executeJavaScript.mockResolvedValueOnce({
      nodeGlobals: [],
      bridge: 'function',
      inlineScriptRefused: true,
    });
    boundary.app.getAppMetrics.mockReturnValue([
      { pid: window!.webContents.getOSProcessId(), type: 'Tab', sandboxed: true },
    ]);

    // The renderer starting up, as app.tsx and the claims table do, through the real IPC.
    await expect(invokeFrom(window!, 'app:info')).resolves.toMatchObject({ ok: true });
    const current = await invokeFrom(window!, 'project:current');
    expect(current).toMatchObject({ ok: true, value: { dir: project, title: 'Self-test sample' } });
    // While it runs, the project holds no lock file (nor anything else new).
    expect(await folderFingerprint(project)).toEqual(projectBefore);
    // The project is read-only in that window: a change is refused.
    await expect(
      invokeFrom(window!, 'claim:setStatus', { claimId: firstClaimId, status: 'verified' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'read-only' } });
    // Until the renderer has listed the claims, the self-test waits.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(boundary.app.exit).not.toHaveBeenCalled();
    // A later page is not the list's start: the self-test waits on.
    const later = await invokeFrom(window!, 'claims:page', { offset: 1, limit: 5000 });
    expect(later.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(boundary.app.exit).not.toHaveBeenCalled();
    const listed = await invokeFrom(window!, 'claims:page', { offset: 0, limit: 5000 });
    expect(listed.ok).toBe(true);
    expect(listed.value).toMatchObject({ offset: 0, total: claimsOnDisk });
    expect((listed.value as { rows: unknown[] }).rows).toHaveLength(claimsOnDisk);

    await vi.waitFor(() => expect(boundary.app.exit).toHaveBeenCalled(), { timeout: 60_000 });
    expect(boundary.app.exit).toHaveBeenCalledWith(0);
    const lines = printed.mock.calls
      .map(([text]) => String(text))
      .filter((text) => text.startsWith('self-test'));
    printed.mockRestore();
    expect(lines).toEqual([`self-test: opened ${project}, 2 drafts, ${claimsOnDisk} claims\n`]);
    // The probe ran in that window; the window was never shown and is gone.
    expect(window!.webContents.executeJavaScript).toHaveBeenCalledWith(
      expect.stringContaining('inlineScriptRefused'),
    );
    expect(window!.show).not.toHaveBeenCalled();
    expect(window!.isDestroyed()).toBe(true);

    // Nothing written: every file of the project and of the person's settings is byte for byte the
    // same, none added or removed (no lock, no backup, no snapshot, no recent entry).
    expect(await folderFingerprint(project)).toEqual(projectBefore);
    expect(await folderFingerprint(personalSettings())).toEqual(settingsBefore);
    expect(existsSync(throwAway)).toBe(false);
    expect(process.cwd()).toBe(cwd);
  }, 90_000);
});
