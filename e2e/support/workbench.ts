import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base } from '@playwright/test';
import { seedChecker } from './seed-checker';

/** The seed article, as shipped in resources/. */
export const SEED_SAMPLE = join(process.cwd(), 'resources', 'samples', 'nato-belarus-2022.txt');

/** Runs the real `factdesk` CLI. */
export function factdesk(...args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/factdesk.mjs', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * Stops a web workbench as a person would (SIGTERM) and waits until it has exited, so its last
 * writes (the project closing, its claim index cache) are done before a test removes the folder.
 */
export async function stopWorkbench(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** A claim as it is written in a document's JSON. */
export interface DiskClaim {
  id: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  text: string;
  kind: string;
  /** Calibrated probability that the claim's sentence is worth checking. */
  score: number;
  status: string;
  note: string;
  assignee?: string;
  origin: string;
  warnings?: string[];
  citations: { id: string; url?: string; title: string; publisher?: string; quote: string; stance: string }[];
  history: { action: string; by: string }[];
}

/** A running web workbench on a real project folder: the real renderer and the real services. */
export interface Workbench {
  readonly url: string;
  readonly projectDir: string;
  /** A document's JSON as it is on disk right now. */
  readDocument(documentId: string): Promise<{ text: string; claims: DiskClaim[] }>;
  /** Every claim of every document, as on disk right now. */
  readAllClaims(): Promise<DiskClaim[]>;
}

/**
 * Starts `dist/web/factdesk-web.mjs` and resolves with the address it prints. The checker's name is
 * given beforehand unless `askName` (the first-use question then shows).
 */
export async function startWorkbench(
  args: string[],
  userData: string,
  { askName = false }: { askName?: boolean } = {},
): Promise<{ url: string; child: ChildProcess }> {
  if (!askName) await seedChecker(userData);
  const child = spawn(
    process.execPath,
    ['dist/web/factdesk-web.mjs', ...args, '--port', '0', '--user-data', userData],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`the web workbench exited (${code}): ${stderr}`)));
  });
  return { url, child };
}

export const test = base.extend<{ workbench: Workbench; emptyWorkbench: { url: string; root: string } }>({
  workbench: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
    const projectDir = join(root, 'Belarus.factdesk');
    factdesk('new', projectDir, '--title', 'Belarus desk');
    factdesk('import', projectDir, SEED_SAMPLE);
    const { url, child } = await startWorkbench(['--project', projectDir], join(root, 'user-data'));
    const readDocument = async (documentId: string) =>
      JSON.parse(await readFile(join(projectDir, 'documents', `${documentId}.json`), 'utf8'));
    await use({
      url,
      projectDir,
      readDocument,
      readAllClaims: async () => {
        const files = (await readdir(join(projectDir, 'documents'))).filter(
          (f) => f.endsWith('.json') && !f.endsWith('.versions.json'),
        );
        const docs = await Promise.all(files.map((f) => readDocument(f.slice(0, -'.json'.length))));
        return docs.flatMap((doc: { claims: DiskClaim[] }) => doc.claims);
      },
    });
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  },
  emptyWorkbench: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
    const { url, child } = await startWorkbench([], join(root, 'user-data'));
    await use({ url, root });
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
