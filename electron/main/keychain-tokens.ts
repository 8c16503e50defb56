import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { z } from 'zod';
import { memoryTokenStore, type TokenStore } from '../../core';
import type { GitCredentials } from '../../core/desk/git-errors';
import { writeFileDurably } from '../../core/storage/durable-write';

/** The file in the app's user data that holds the tokens, each encrypted by the OS keychain. */
export const TOKENS_FILE = 'git-tokens.json';

const TokensFileSchema = z.object({
  format: z.literal('factdesk-git-tokens'),
  /** Remote URL → the base64 of `safeStorage.encryptString` of `{ token, user }` as JSON. */
  tokens: z.record(z.string().max(2000), z.string().max(100_000)),
});

const CredentialsSchema = z.object({ token: z.string().optional(), user: z.string().optional() });

export type KeychainApi = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

export const NO_KEYCHAIN_NOTE =
  'This computer offers Factdesk no keychain to lock the token in, so it is kept only until Factdesk closes.';

/**
 * Git tokens kept by the desktop app through Electron's safeStorage (the macOS Keychain, Windows
 * DPAPI, the Secret Service or KWallet on Linux): encrypted, in the app's user data, never in a
 * project. Without a keychain (or Linux's plain-text fallback, which locks nothing) tokens are kept in
 * memory for this run only, and the app says so. Call after Electron's `ready`.
 */
export function keychainTokenStore(safeStorage: KeychainApi, userDataDir: string): TokenStore {
  if (!keychainUsable(safeStorage)) return memoryTokenStore(NO_KEYCHAIN_NOTE);
  const path = join(userDataDir, TOKENS_FILE);
  const session = new Map<string, GitCredentials>();
  let writing: Promise<void> = Promise.resolve();

  async function readAll(): Promise<Record<string, string>> {
    try {
      const parsed = TokensFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? { ...parsed.data.tokens } : {};
    } catch {
      return {};
    }
  }

  return {
    kind: 'keychain',
    note: null,
    async get(remote) {
      const known = session.get(remote);
      if (known) return known;
      const sealed = (await readAll())[remote];
      if (!sealed) return undefined;
      try {
        const parsed = CredentialsSchema.safeParse(
          JSON.parse(safeStorage.decryptString(Buffer.from(sealed, 'base64'))),
        );
        if (!parsed.success) return undefined;
        session.set(remote, parsed.data);
        return parsed.data;
      } catch {
        // Sealed by another user or key: as if none were kept (Share… asks for it again).
        return undefined;
      }
    },
    async set(remote, credentials) {
      session.set(remote, { ...credentials });
      const sealed = safeStorage.encryptString(JSON.stringify(credentials)).toString('base64');
      writing = writing
        .catch(() => undefined)
        .then(async () => {
          const tokens = await readAll();
          tokens[remote] = sealed;
          await mkdir(userDataDir, { recursive: true });
          await writeFileDurably(path, JSON.stringify({ format: 'factdesk-git-tokens', tokens }, null, 1));
        });
      await writing;
    },
  };
}

/** True when safeStorage really locks data with the OS keychain. */
export function keychainUsable(safeStorage: KeychainApi): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  // On Linux with no Secret Service or KWallet, Chromium falls back to a key that is hard-coded.
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}
