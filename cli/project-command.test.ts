import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitServerForEachTest } from '../test-support/git-server-per-test';
import { SEED_SAMPLE } from '../test-support/temp-dir';

/*
 * `factdesk project`: the title and methodology, a rename with --title that travels to another copy
 * through a bare repository served by git http-backend on 127.0.0.1, and --history with the rename
 * a concurrent one replaced.
 */

const TOKEN = 'tok-project-command';

/** Runs the real bin without blocking this process, which serves the git repository. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bin/factdesk.mjs', ...args], {
    env: { ...process.env, FACTDESK_PASSPHRASE: '', FACTDESK_GIT_TOKEN: TOKEN },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function ok(args: string[]): Promise<string> {
  const run = await cli(args);
  expect(run.stderr, `factdesk ${args.join(' ')}`).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

interface ProjectJson {
  title: string;
  methodology: string;
  shared?: boolean;
  history?: { field: string; by: string; from?: string; to: string; concurrent: boolean }[];
}

const git = gitServerForEachTest('factdesk-project-command-', TOKEN);

describe('factdesk project (the real bin)', { timeout: 600_000 }, () => {
  it('shows and renames the project; two renames made offline at once end as the later, the other in --history', async () => {
    const a = join(git.root, 'a.factdesk');
    const b = join(git.root, 'b.factdesk');
    await ok(['new', a, '--title', 'Belarus exercises']);
    await ok(['import', a, SEED_SAMPLE]);
    expect(await ok(['project', a])).toBe('Title: Belarus exercises\nMethodology: (none yet)\n');
    expect(await ok(['project', a, '--history'])).toMatch(
      /History: none kept; the history of these settings is logged once the project is shared \(factdesk sync\)\.\n$/,
    );
    const empty = await cli(['project', a, '--title', '  ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--title needs a title\./);

    const url = git.server.createRepo('desk');
    await ok(['sync', a, '--remote', url]);
    await ok(['clone', url, b]);
    expect(await ok(['project', a, '--title', 'Ana: exercises', '--by', 'Ana'])).toMatch(
      /^Title: Ana: exercises\n/,
    );
    expect(await ok(['project', b, '--title', 'Ben: Belarus exercises, February', '--by', 'Ben'])).toMatch(
      /^Title: Ben: Belarus exercises, February\n/,
    );
    await ok(['sync', b, '--by', 'Ben']);
    await ok(['sync', a, '--by', 'Ana']);
    await ok(['sync', b, '--by', 'Ben']);

    for (const dir of [a, b]) {
      const shown = JSON.parse(await ok(['project', dir, '--history', '--json'])) as ProjectJson;
      expect(shown.title).toBe('Ben: Belarus exercises, February');
      expect(shown.shared).toBe(true);
      expect(shown.history!.filter((line) => line.field === 'title')).toEqual([
        expect.objectContaining({
          by: 'Ana',
          from: 'Belarus exercises',
          to: 'Ana: exercises',
          concurrent: false,
        }),
        expect.objectContaining({
          by: 'Ben',
          from: 'Ana: exercises',
          to: 'Ben: Belarus exercises, February',
          concurrent: true,
        }),
      ]);
      const text = await ok(['project', dir, '--history']);
      expect(text).toMatch(/\n {2}\S+ {2}Ana {2}title: "Belarus exercises" -> "Ana: exercises"\n/);
      expect(text).toMatch(
        /\n {2}\S+ {2}Ben {2}title: "Ana: exercises" -> "Ben: Belarus exercises, February" \(made without seeing the edit before it, which it replaced\)\n/,
      );
    }
    // Without --json or --title it reads only: the claims list is unchanged and readable.
    expect(JSON.parse(await ok(['claims', a, '--json'])).length).toBeGreaterThan(0);
  });
});
