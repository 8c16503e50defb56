import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The desktop's first-use question asks the checker's name and email; they sign the commits a
// shared project sends to the desk. The whole main process on the Electron boundary mock, the real
// services, and a bare repository served by git http-backend on 127.0.0.1.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { mainProcessWithGitServer, okFrom } from '../../test-support/main-process';

const TOKEN = 'tok-author-7c41';
const desk = mainProcessWithGitServer('factdesk-main-author-', TOKEN);

describe('the first-use name and email in the desktop app', { timeout: 120_000 }, () => {
  it('sign the commits of a shared project on the server', async () => {
    const [window] = FakeBrowserWindow.getAllWindows();
    const ok = (channel: string, args: unknown = {}) => okFrom(window!, channel, args);
    // A first run: no name given yet, so the first-use question shows.
    expect(await ok('app:info')).toMatchObject({ checkerChosen: false });
    // What the first-use form sends.
    expect(await ok('app:setChecker', { name: 'Ana Lima', email: 'ana@desk.example' })).toMatchObject({
      checker: 'Ana Lima',
      checkerChosen: true,
      checkerEmail: 'ana@desk.example',
    });
    await ok('project:create', { dir: path.join(desk.root, 'fares.factdesk'), title: 'Fares' });
    await ok('documents:importText', { fileName: 'fares.txt', text: 'Fares rose to $31 a month in 2023.\n' });
    const url = desk.server.createRepo('fares');
    await ok('desk:share', { remote: url, token: TOKEN });
    const author = execFileSync(
      'git',
      ['--git-dir', path.join(desk.root, 'fares.git'), 'log', '-1', '--format=%an <%ae>', 'main'],
      { encoding: 'utf8' },
    );
    expect(author).toBe('Ana Lima <ana@desk.example>\n');
  });
});
