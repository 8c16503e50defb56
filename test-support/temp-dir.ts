import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh real folder for one test, removed after it. */
export async function tempDir(prefix = 'factdesk-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The seed article shipped with the app. */
export const SEED_SAMPLE = join(process.cwd(), 'resources', 'samples', 'nato-belarus-2022.txt');
