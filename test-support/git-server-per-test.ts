import { afterEach, beforeEach } from 'vitest';
import { startGitServer, type GitTestServer } from './git-http-server';
import { tempDir } from './temp-dir';

/**
 * A fresh folder and a git http-backend serving it on 127.0.0.1, for each test of the calling file
 * (closed after the test): read `root` and `server` inside a test, never at the file's top level.
 */
export function gitServerForEachTest(
  prefix: string,
  token: string,
): { readonly root: string; readonly server: GitTestServer } {
  const current = {} as { root: string; server: GitTestServer };
  beforeEach(async () => {
    current.root = await tempDir(prefix);
    current.server = await startGitServer(current.root, token);
  });
  afterEach(async () => {
    await current.server.close();
  });
  return current;
}
