import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { startGitServer, type GitTestServer } from '../../test-support/git-http-server';
import { seedChecker } from './seed-checker';
import { SEED_SAMPLE, factdesk, startWorkbench, stopWorkbench, test } from './workbench';

/**
 * Runs the real `factdesk` CLI without blocking this process, which serves the git repository the
 * command talks to (a blocking spawn would wait on itself).
 */
export function factdeskAsync(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['bin/factdesk.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`factdesk ${args.join(' ')} failed: ${stderr}`)),
    ),
  );
}

/** The claims of the project in `dir` as `factdesk claims --json` lists them (fields as the test needs). */
export async function claimsOf<Row extends { id: string }>(dir: string): Promise<Row[]> {
  return JSON.parse(await factdeskAsync(['claims', dir, '--json'])) as Row[];
}

/** A token file only the test reads (the CLI's `--token-file`). */
export async function tokenFile(root: string, token: string): Promise<string> {
  await mkdir(root, { recursive: true });
  const path = join(root, 'token');
  await writeFile(path, `${token}\n`, { mode: 0o600 });
  return path;
}

/** The header's sync control. */
export function syncControl(page: Page) {
  return page.locator('[data-sync-state]');
}

/** Shares the open project through Share… (or gives the token again), and waits until it has synced. */
export async function shareThroughDialog(page: Page, remote: string | null, token: string): Promise<void> {
  await syncControl(page).click();
  const dialog = page.getByRole('dialog', { name: 'Share project' });
  await expect(dialog).toBeVisible();
  if (remote !== null) await dialog.getByLabel('Repository URL').fill(remote);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('button', { name: 'Share and sync' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(syncControl(page)).toHaveAttribute('data-sync-state', 'synced');
}

/** Syncs with the header's button and waits until the sync is done. */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Sync now/ }).click();
  await expect(syncControl(page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 60_000 });
}

/** What a team-desk test works in: its own folder, a git server that wants `token`, workbenches. */
export interface Desk {
  /** A folder of this test's own, removed after it. */
  readonly root: string;
  /** Debian git's http-backend on 127.0.0.1, serving bare repositories under `root/git`. */
  readonly server: GitTestServer;
  /** The personal access token the server takes (HTTP basic). */
  readonly token: string;
  /** A file holding the token, for the CLI's `--token-file`. */
  tokenFile(): Promise<string>;
  /** Starts a web workbench on the project in `dir`, its checker named beforehand; returns its URL. */
  workbenchOn(dir: string, checker: string): Promise<string>;
  /**
   * The start most desk tests share: an empty repository `desk` on the server, project `a` made with
   * `title` and the seed draft imported, and the path `b` where a second checker's copy will go.
   */
  twoCopies(title: string): { url: string; a: string; b: string };
}

/** The workbench tests with a `desk` fixture; every workbench it starts is stopped after the test. */
export const deskTest = test.extend<{ desk: Desk }>({
  desk: async ({}, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-desk-'));
    await mkdir(join(root, 'git'));
    const token = `e2e-tok-${testInfo.testId.slice(0, 12)}`;
    const server = await startGitServer(join(root, 'git'), token);
    const children: ChildProcess[] = [];
    try {
      await use({
        root,
        server,
        token,
        tokenFile: () => tokenFile(join(root, 'secrets'), token),
        async workbenchOn(dir, checker) {
          const userData = join(root, `user-data-${checker}`);
          await seedChecker(userData, checker);
          const { url, child } = await startWorkbench(['--project', dir], userData);
          children.push(child);
          return url;
        },
        twoCopies(title) {
          const url = server.createRepo('desk');
          const a = join(root, 'a.factdesk');
          factdesk('new', a, '--title', title);
          factdesk('import', a, SEED_SAMPLE);
          return { url, a, b: join(root, 'b.factdesk') };
        },
      });
    } finally {
      await Promise.all(children.map((child) => stopWorkbench(child)));
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  },
});
