import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// `--self-test DIR` failing: each case exits non-zero with one line on stderr, `self-test [CODE]: `
// and one sentence, and leaves DIR as it was. On the Electron BOUNDARY MOCK, with the real services
// and real project folders (made by the real CLI, then damaged by the test).
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { folderFingerprint } from '../../test-support/folder-fingerprint';
import { factdesk } from '../../test-support/run-factdesk';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { appLayout } from './app-layout';
import { selfTestUserData, startSelfTest } from './self-test';
import type { SelfTestRequest } from './self-test-command';

let root: string;
let sample: string;
let cases = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-self-test-fails-'));
  sample = path.join(root, 'Sample.factdesk');
  expect(factdesk(['new', sample]).code).toBe(0);
  expect(factdesk(['import', sample, SEED_SAMPLE]).code).toBe(0);
  boundary.app.becomeReady();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A copy of the sample project, for one case to damage. */
async function copyOfSample(): Promise<string> {
  const dir = path.join(root, `case-${(cases += 1)}.factdesk`);
  await cp(sample, dir, { recursive: true });
  return dir;
}

/**
 * Runs the self-test as main.ts does; while it runs, `during` plays Electron's part. Resolves with
 * the exit code and what was printed, once it exited.
 */
async function selfTest(
  request: SelfTestRequest,
  during: () => Promise<void> = async () => undefined,
  timeoutMs?: number,
): Promise<{ code: unknown; stderr: string[]; stdout: string[]; userData: string }> {
  // Each run starts the shell's services afresh, as a new process would.
  boundary.ipcMain.handlers.clear();
  boundary.protocol.handlers.delete('app');
  boundary.app.exit.mockClear();
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const userData = selfTestUserData();
  try {
    startSelfTest(appLayout(process.cwd()), userData, request, timeoutMs);
    await during();
    await vi.waitFor(() => expect(boundary.app.exit).toHaveBeenCalled(), { timeout: 20_000 });
    const lines = (spy: typeof stderr) =>
      spy.mock.calls.map(([text]) => String(text)).filter((text) => text.startsWith('self-test'));
    return {
      code: boundary.app.exit.mock.calls[0]![0],
      stderr: lines(stderr),
      stdout: lines(stdout),
      userData,
    };
  } finally {
    stderr.mockRestore();
    stdout.mockRestore();
  }
}

/** Runs a case on `dir` and checks that nothing under it changed and the throw-away folder is gone. */
async function failingOn(dir: string, during?: () => Promise<void>, timeoutMs?: number) {
  const before = await folderFingerprint(dir);
  const run = await selfTest({ kind: 'run', dir }, during, timeoutMs);
  expect(await folderFingerprint(dir)).toEqual(before);
  expect(existsSync(run.userData)).toBe(false);
  expect(run.stdout).toEqual([]);
  return run;
}

describe('the self-test, failing', () => {
  it('exits 2 with the usage sentence without a project folder', async () => {
    const run = await selfTest({ kind: 'usage', message: 'USAGE SENTENCE.' });
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual(['self-test [usage]: USAGE SENTENCE.\n']);
    expect(FakeBrowserWindow.getAllWindows()).toEqual([]);
  });

  it('exits 1 when the folder does not exist', async () => {
    const missing = path.join(root, 'Nowhere.factdesk');
    const run = await failingOn(missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      expect.stringMatching(/^self-test \[not-found\]: Factdesk cannot open .*Nowhere\.factdesk: .*\.\n$/),
    ]);
    expect(existsSync(missing)).toBe(false);
  });

  it('exits 1 when the folder is not a project', async () => {
    const empty = path.join(root, 'Empty');
    await mkdir(empty);
    await writeFile(path.join(empty, 'notes.txt'), 'not a project');
    const run = await failingOn(empty);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      `self-test [refused]: ${empty} is not a Factdesk project: it has no project.json.\n`,
    ]);
  });

  it('exits 1 when project.json is damaged', async () => {
    const dir = await copyOfSample();
    await writeFile(path.join(dir, 'project.json'), '{ "format": "factdesk-project", ');
    const run = await failingOn(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/^self-test \[file-damaged\]: .*project\.json.*\n$/)]);
  });

  it('exits 1 when project.json was written by a newer Factdesk', async () => {
    const dir = await copyOfSample();
    const file = path.join(dir, 'project.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number };
    await writeFile(file, JSON.stringify({ ...data, schemaVersion: data.schemaVersion + 100 }));
    const run = await failingOn(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/^self-test \[too-new\]: .*project\.json.*\n$/)]);
  });

  it('exits 1 when the window cannot load the renderer', async () => {
    const dir = await copyOfSample();
    let window: FakeBrowserWindow | undefined;
    const run = await failingOn(dir, async () => {
      await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalled());
      [window] = FakeBrowserWindow.getAllWindows();
      // Chromium could not load the page (a broken archive, say): the renderer never calls main.
      window!.webContents.emit(
        'did-fail-load',
        fakeEvent(),
        -6,
        'ERR_FILE_NOT_FOUND',
        'app://factdesk/index.html',
        true,
      );
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      'self-test [unavailable]: The window could not load app://factdesk/index.html: ERR_FILE_NOT_FOUND (-6).\n',
    ]);
    expect(window!.isDestroyed()).toBe(true);
  });

  it('exits 1 when the renderer never lists the claims in time', async () => {
    const dir = await copyOfSample();
    const run = await failingOn(dir, undefined, 1_500);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      "self-test [unavailable]: The renderer did not list the project's claims within 2 s.\n",
    ]);
    expect(FakeBrowserWindow.getAllWindows()).toEqual([]);
  });
});
