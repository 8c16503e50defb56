import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

/** The repository root (Playwright runs from it). */
export const ROOT = process.cwd();
/** The seed article, as shipped in resources/. */
export const SEED_SAMPLE = path.join(ROOT, 'resources', 'samples', 'nato-belarus-2022.txt');

/**
 * The Electron executable, found the way the `electron` package finds it (its `path.txt` names
 * the executable inside its `dist/`) but without requiring the package: requiring it would try
 * to download the binary, which machines without GitHub access cannot.
 */
export function electronBinary(): string | null {
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

export const NO_ELECTRON_REASON =
  'No Electron binary here (node_modules/electron/path.txt or its dist/ executable is missing, and this ' +
  'machine cannot download it). These tests run on the CI runners for macOS, Windows and Linux; run ' +
  '`npx install-electron` to fetch the binary locally.';

/** Runs the real `factdesk` CLI. */
export function factdesk(...args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/factdesk.mjs', ...args], { encoding: 'utf8', cwd: ROOT });
  if (result.status !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A launched app with its own settings folder and a scratch folder for projects. */
export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly window: Page;
  readonly scratch: string;
  /** Quits the app, which flushes its writes and releases its project locks (once). */
  quit(): Promise<void>;
  /** Quits the app and removes the scratch folder. */
  close(): Promise<void>;
}

/** A scratch folder for one test. */
export function scratchFolder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'factdesk-electron-'));
}

/** Launches the built app (`electron .`) with `args` (a project folder, for instance). */
export async function launchApp(scratch: string, args: readonly string[] = []): Promise<LaunchedApp> {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error(NO_ELECTRON_REASON);
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(ROOT, built)))
      throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.FACTDESK_USER_DATA = path.join(scratch, 'user-data');
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({ executablePath, args: ['.', ...args], cwd: ROOT, env });
  const window = await app.firstWindow();
  let quitting: Promise<void> | undefined;
  const quit = () => (quitting ??= app.close());
  return {
    app,
    window,
    scratch,
    quit,
    async close() {
      await quit();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Every claim as stored on disk now, read from each document file of the project. */
export async function claimsOnDisk(projectDir: string): Promise<{ id: string; status: string }[]> {
  const folder = path.join(projectDir, 'documents');
  if (!existsSync(folder)) return [];
  const claims: { id: string; status: string }[] = [];
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json')) continue;
    const document = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as {
      claims?: { id: string; status: string }[];
    };
    claims.push(...(document.claims ?? []));
  }
  return claims;
}
