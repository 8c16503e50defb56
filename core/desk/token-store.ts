import type { GitCredentials } from './git-errors';

/**
 * Where the tokens for git remotes are kept, by remote URL. Never in the project: the web workbench
 * keeps them in its process's memory only; the desktop shell in the OS keychain (Electron safeStorage).
 */
export interface TokenStore {
  /** Where a token given now is kept. */
  readonly kind: 'keychain' | 'memory';
  /** Why the OS keychain is not used, one sentence (desktop without one); null otherwise. */
  readonly note: string | null;
  get(remote: string): Promise<GitCredentials | undefined>;
  set(remote: string, credentials: GitCredentials): Promise<void>;
}

/** Tokens held by this process only: gone when it ends. */
export function memoryTokenStore(note: string | null = null): TokenStore {
  const tokens = new Map<string, GitCredentials>();
  return {
    kind: 'memory',
    note,
    get: async (remote) => tokens.get(remote),
    set: async (remote, credentials) => {
      tokens.set(remote, { ...credentials });
    },
  };
}
