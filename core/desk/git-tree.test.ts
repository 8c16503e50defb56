import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { checkoutFiles, writeWorkingTree } from './git-tree';

/*
 * A sync checks out the merged tree while the app keeps taking marks: a line this copy appended to
 * its own log after the tree was written must stay, and a log that grew elsewhere must arrive.
 */

async function repoWithLog(lines: string): Promise<{ dir: string; log: string }> {
  const dir = await tempDir('factdesk-git-tree-');
  await git.init({ fs, dir, defaultBranch: 'main' });
  await mkdir(join(dir, 'desk', 'logs'), { recursive: true });
  const log = join(dir, 'desk', 'logs', 'r1.jsonl');
  await writeFile(log, lines);
  return { dir, log };
}

describe('checking out the shared files', () => {
  it('keeps a line appended to a log after the tree was written (a mark made during a sync)', async () => {
    const { dir, log } = await repoWithLog('{"seq":1}\n');
    const tree = await writeWorkingTree(dir, new Map());
    await appendFile(log, '{"seq":2}\n');
    await checkoutFiles(dir, tree, new Map());
    expect(await readFile(log, 'utf8')).toBe('{"seq":1}\n{"seq":2}\n');
  });

  it('writes a log the tree holds more of, and a log that differs, as the tree has them', async () => {
    const { dir, log } = await repoWithLog('{"seq":1}\n{"seq":2}\n');
    const other = join(dir, 'desk', 'logs', 'r2.jsonl');
    await writeFile(other, 'theirs\n');
    const tree = await writeWorkingTree(dir, new Map());
    await writeFile(log, '{"seq":1}\n');
    await writeFile(other, 'mine, longer than theirs\n');
    await checkoutFiles(dir, tree, new Map());
    expect(await readFile(log, 'utf8')).toBe('{"seq":1}\n{"seq":2}\n');
    expect(await readFile(other, 'utf8')).toBe('theirs\n');
  });
});
