import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PASSPHRASE_NEEDED } from '../../shared/ipc/open-refusals';

// The main process's data-safety hardening, started against the Electron boundary mock and the
// real services: sandbox for all, every session locked down, renderer paths only from dialogs,
// and an encrypted project handed to the window to ask for its passphrase.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import {
  boundary,
  createFakeSession,
  fakeEvent,
  FakeBrowserWindow,
} from '../../test-support/electron-boundary-mock';
import { UNCHOSEN_PATH_ERROR } from './chosen-paths';

type Reply = { ok: boolean; value?: unknown; error?: string };
let root: string;
const windows = () => FakeBrowserWindow.getAllWindows();
const invoke = (window: FakeBrowserWindow, channel: string, args: unknown = {}) =>
  boundary.ipcMain.invoke(channel, args, {
    sender: { id: window.webContents.id },
    senderFrame: { url: 'app://factdesk/index.html', parent: null },
  }) as Promise<Reply>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-main-safety-'));
  boundary.app.paths.set('userData', path.join(root, 'not-used'));
  boundary.app.paths.set('documents', root);
  process.env.FACTDESK_USER_DATA = path.join(root, 'user-data');
  const argv = process.argv;
  process.argv = ['/opt/Factdesk/factdesk'];
  await import('./main');
  process.argv = argv;
  delete process.env.FACTDESK_USER_DATA;
  boundary.app.becomeReady();
  await vi.waitFor(() => expect(windows()[0]?.loadURL).toHaveBeenCalled());
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the main process, for data safety', () => {
  it('sandboxes every renderer, asked before the app is ready', () => {
    expect(boundary.app.enableSandbox).toHaveBeenCalledOnce();
    expect(boundary.app.sandboxedBeforeReady).toBe(true);
  });

  it('honours FACTDESK_USER_DATA in an unpackaged build', () => {
    expect(boundary.app.paths.get('userData')).toBe(path.join(root, 'user-data'));
  });

  it('locks down a session created later exactly like the default one, spellchecker off on Linux', () => {
    const later = createFakeSession();
    boundary.app.emit('session-created', later);
    const callback = vi.fn();
    later.permissionRequestHandler?.({} as never, 'media' as never, callback as never);
    expect(callback).toHaveBeenCalledWith(false);
    const decide = vi.fn();
    later.beforeRequest?.(
      { url: 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic' } as never,
      decide as never,
    );
    expect(decide).toHaveBeenCalledWith({ cancel: true });
    const spellcheckOff = process.platform === 'linux';
    for (const ses of [later, boundary.session.defaultSession]) {
      if (spellcheckOff) expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      else expect(ses.setSpellCheckerEnabled).not.toHaveBeenCalled();
    }
  });

  it('reads only files a dialog of this app chose: an import of any other path is refused', async () => {
    const [window] = windows();
    const dir = path.join(root, 'Desk.factdesk');
    await expect(invoke(window!, 'project:create', { dir, title: 'Desk' })).resolves.toMatchObject({
      ok: true,
    });
    const draft = path.join(root, 'draft.txt');
    const other = path.join(root, 'other.txt');
    await writeFile(draft, 'Draft\n\nThe ministry said 4,500 troops arrived on 3 March 2022.\n');
    await writeFile(other, 'Other\n\nSome 13,000 soldiers took part in 2022.\n');

    const refused = await invoke(window!, 'documents:importFiles', { paths: [other] });
    expect(refused).toEqual({ ok: false, error: { code: 'refused', message: UNCHOSEN_PATH_ERROR } });
    const citation = { title: 'Secret', quote: '', stance: 'supports', filePath: other };
    await expect(invoke(window!, 'claim:addCitation', { claimId: 'c1', citation })).resolves.toEqual({
      ok: false,
      error: { code: 'refused', message: UNCHOSEN_PATH_ERROR },
    });
    expect((await invoke(window!, 'project:current')).value).toMatchObject({ documents: [] });

    boundary.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [draft] });
    await expect(invoke(window!, 'dialog:chooseDrafts')).resolves.toEqual({ ok: true, value: [draft] });
    const imported = await invoke(window!, 'documents:importFiles', { paths: [draft] });
    // Let through to the importer, whose claim-finding worker (the built one) reads it.
    expect(imported).toMatchObject({
      ok: true,
      value: { imported: [{ fileName: 'draft.txt' }], failed: [] },
    });
    expect(JSON.stringify(imported)).not.toContain(UNCHOSEN_PATH_ERROR);
    // One chosen path does not let an unchosen one through beside it.
    await expect(invoke(window!, 'documents:importFiles', { paths: [draft, other] })).resolves.toMatchObject({
      ok: false,
    });
    await invoke(window!, 'project:close');
  });

  it('hands an encrypted project from a second launch to the window, which asks for its passphrase', async () => {
    const [window] = windows();
    const dir = path.join(root, 'Secret.factdesk');
    const passphrase = 'correct horse battery staple';
    await expect(
      invoke(window!, 'project:create', { dir, title: 'Secret', passphrase }),
    ).resolves.toMatchObject({ ok: true });
    await invoke(window!, 'project:close');
    boundary.dialog.showMessageBox.mockClear();
    window!.webContents.reload.mockClear();

    boundary.app.emit('second-instance', fakeEvent(), ['factdesk', dir], '/');
    await vi.waitFor(() => expect(window!.webContents.reload).toHaveBeenCalled());
    expect(boundary.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(windows()).toHaveLength(1);
    await expect(invoke(window!, 'project:pendingOpen')).resolves.toEqual({
      ok: true,
      value: { dir, message: PASSPHRASE_NEEDED },
    });
    await expect(invoke(window!, 'project:open', { dir, passphrase })).resolves.toMatchObject({
      ok: true,
      value: { title: 'Secret' },
    });
    await expect(invoke(window!, 'project:pendingOpen')).resolves.toEqual({ ok: true, value: null });
    await invoke(window!, 'project:close');
  });
});
