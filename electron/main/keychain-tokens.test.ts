import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { safeStorage } from 'electron';
import { boundary } from '../../test-support/electron-boundary-mock';
import { tempDir } from '../../test-support/temp-dir';
import { NO_KEYCHAIN_NOTE, TOKENS_FILE, keychainTokenStore } from './keychain-tokens';

const REMOTE = 'https://git.example.org/desk/belarus.git';
const TOKEN = 'glpat-Zq81LxT0Kx3vM2';

beforeAll(() => boundary.app.becomeReady());
afterEach(() => {
  boundary.safeStorage.keychain = true;
  boundary.safeStorage.backend = 'gnome_libsecret';
});

describe('git tokens in the OS keychain (safeStorage)', () => {
  it('keeps a token sealed in the user data, readable by a later run with the same keychain', async () => {
    const userData = await tempDir('factdesk-userdata-');
    const store = keychainTokenStore(safeStorage, userData);
    expect(store.kind).toBe('keychain');
    expect(store.note).toBeNull();
    await store.set(REMOTE, { token: TOKEN, user: 'ana' });

    const text = await readFile(join(userData, TOKENS_FILE), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('ana"');
    expect(JSON.parse(text)).toMatchObject({
      format: 'factdesk-git-tokens',
      tokens: { [REMOTE]: expect.any(String) },
    });

    // A new run (a new store) reads it back through the keychain.
    const later = keychainTokenStore(safeStorage, userData);
    expect(await later.get(REMOTE)).toEqual({ token: TOKEN, user: 'ana' });
    expect(await later.get('https://git.example.org/other.git')).toBeUndefined();
  });

  it('treats a token sealed under another key as not kept (Share… asks again)', async () => {
    const userData = await tempDir('factdesk-userdata-');
    await keychainTokenStore(safeStorage, userData).set(REMOTE, { token: TOKEN });
    boundary.safeStorage.rotateKey();
    expect(await keychainTokenStore(safeStorage, userData).get(REMOTE)).toBeUndefined();
  });

  it('keeps two remotes side by side and replaces a token given again', async () => {
    const userData = await tempDir('factdesk-userdata-');
    const store = keychainTokenStore(safeStorage, userData);
    await store.set(REMOTE, { token: 'first' });
    await store.set('https://git.example.org/b.git', { token: 'other' });
    await store.set(REMOTE, { token: 'second' });
    const later = keychainTokenStore(safeStorage, userData);
    expect(await later.get(REMOTE)).toEqual({ token: 'second' });
    expect(await later.get('https://git.example.org/b.git')).toEqual({ token: 'other' });
  });

  it.each([
    ['no keychain at all', () => (boundary.safeStorage.keychain = false)],
    ['only the plain-text fallback (Linux)', () => (boundary.safeStorage.backend = 'basic_text')],
  ])('with %s, keeps the token in memory for this run only and says so', async (_label, play) => {
    if (_label.includes('Linux') && process.platform !== 'linux') return;
    play();
    const userData = await tempDir('factdesk-userdata-');
    const store = keychainTokenStore(safeStorage, userData);
    expect(store.kind).toBe('memory');
    expect(store.note).toBe(NO_KEYCHAIN_NOTE);
    await store.set(REMOTE, { token: TOKEN });
    expect(await store.get(REMOTE)).toEqual({ token: TOKEN });
    await expect(readFile(join(userData, TOKENS_FILE))).rejects.toThrow();
    expect(await keychainTokenStore(safeStorage, userData).get(REMOTE)).toBeUndefined();
  });
});
