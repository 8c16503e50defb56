import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cloneProject } from '../../core/desk/clone-project';

// The desktop app sends a shared project's work to the desk when its window closes and when the app
// quits: the whole main process on the Electron boundary mock, the real services, and a bare
// repository served by git http-backend on 127.0.0.1.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { mainProcessWithGitServer, okFrom } from '../../test-support/main-process';

const TOKEN = 'tok-5e1f09c2';
const desk = mainProcessWithGitServer('factdesk-main-desk-', TOKEN);
const windows = () => FakeBrowserWindow.getAllWindows();

/** The statuses the desk's copy holds now, read through a fresh clone. */
async function statusesOnTheServer(url: string, name: string): Promise<string[]> {
  const project = await cloneProject(url, path.join(desk.root, name), { token: TOKEN }, {}, 'the test');
  const statuses = (await project.claimRows()).map((row) => row.status);
  await project.close();
  return statuses;
}

/** A shared project in `window`, published to a new repository, with one claim then marked. */
async function sharedAndMarked(window: FakeBrowserWindow, name: string, status: string): Promise<string> {
  const ok = (channel: string, args: unknown = {}) => okFrom(window, channel, args);
  await ok('app:setChecker', { name: 'Ana' });
  await ok('project:create', { dir: path.join(desk.root, `${name}.factdesk`), title: name });
  await ok('documents:importText', { fileName: 'fares.txt', text: 'Fares rose to $31 a month in 2023.\n' });
  const url = desk.server.createRepo(name);
  await ok('desk:share', { remote: url, token: TOKEN });
  const [claim] = ((await ok('claims:page', { offset: 0, limit: 100 })) as { rows: { id: string }[] }).rows;
  await ok('claim:setStatus', { claimId: claim!.id, status });
  return url;
}

describe('a shared project in the desktop app', { timeout: 120_000 }, () => {
  it('syncs when its window closes', async () => {
    const [window] = windows();
    const url = await sharedAndMarked(window!, 'closing', 'verified');
    // Published at Share…, before the mark: the desk does not have it yet.
    expect(await statusesOnTheServer(url, 'before-close')).not.toContain('verified');
    const pushes = desk.server.pushes;
    window!.close();
    await vi.waitFor(() => expect(desk.server.pushes).toBeGreaterThan(pushes), { timeout: 60_000 });
    // The push is counted when it arrives, so the first clone may come before its ref is updated: each
    // try clones into a folder of its own (a clone refuses a folder that is not empty).
    let tries = 0;
    await vi.waitFor(
      async () => expect(await statusesOnTheServer(url, `after-close-${++tries}`)).toContain('verified'),
      { timeout: 60_000 },
    );
  });

  it('syncs the shared projects still open when the app quits, before it quits', async () => {
    boundary.app.emit('activate', fakeEvent(), false);
    await vi.waitFor(() => expect(windows()).toHaveLength(1));
    const url = await sharedAndMarked(windows()[0]!, 'quitting', 'disputed');
    const before = fakeEvent();
    boundary.app.emit('before-quit', before);
    expect(before.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(boundary.app.quit).toHaveBeenCalled(), { timeout: 60_000 });
    expect(await statusesOnTheServer(url, 'after-quit')).toContain('disputed');
  });
});
