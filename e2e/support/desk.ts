import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

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
