// `-o PATH` of `report` and `citations export` writes what PATH really is: a regular file whole
// (temporary file, then rename) through its symbolic links; a FIFO or a device as it is, never
// replaced by a regular file.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { lstat, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdesk, type CliRun } from '../test-support/run-factdesk';
import { tempDir } from '../test-support/temp-dir';

/** A new empty project beside which the outputs go. */
async function project(): Promise<{ root: string; dir: string }> {
  const root = await tempDir();
  const dir = join(root, 'p.factdesk');
  expect(factdesk(['new', dir, '--title', 'Outputs']).code).toBe(0);
  return { root, dir };
}

/** Runs a program without blocking this process, so another child can read what it writes. */
function run(command: string, args: string[], timeoutMs = 60_000): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      env: { ...process.env, FACTDESK_CHECKER: 'Cli Tester', FACTDESK_PASSPHRASE: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (piece: string) => (stdout += piece));
    child.stderr.setEncoding('utf8').on('data', (piece: string) => (stderr += piece));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const posix = process.platform !== 'win32' && existsSync('/proc/self/fd/1');
const devFullUsable =
  process.getuid?.() === 0 && existsSync('/dev/full') && lstatSync('/dev/full').isCharacterDevice();

describe('factdesk report -o PATH', () => {
  it.skipIf(!posix)(
    'writes into a FIFO as a stream, for the reader at its other end',
    async () => {
      const { root, dir } = await project();
      const fifo = join(root, 'report.fifo');
      execFileSync('mkfifo', [fifo]);
      // Killed after a while: a FIFO replaced by a regular file would leave it waiting for a writer.
      const reader = run('cat', [fifo], 20_000);
      const written = await run(process.execPath, [
        'bin/factdesk.mjs',
        'report',
        dir,
        '--format',
        'md',
        '-o',
        fifo,
      ]);
      expect(written.code, written.stderr).toBe(0);
      expect((await lstat(fifo)).isFIFO()).toBe(true);
      const read = await reader;
      expect(read.code).toBe(0);
      expect(read.stdout).toMatch(/^# Fact-check report: Outputs\n/);
    },
    60_000,
  );

  it('follows a symbolic link to a regular file, or to a file not made yet, and keeps the link', async () => {
    const { root, dir } = await project();
    const target = join(root, 'real.md');
    await writeFile(target, 'an older report');
    const link = join(root, 'link.md');
    await symlink('real.md', link);
    const written = factdesk(['report', dir, '--format', 'md', '-o', link]);
    expect(written.code, written.stderr).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real.md');
    expect(await readFile(target, 'utf8')).toMatch(/^# Fact-check report: Outputs\n/);

    const dangling = join(root, 'refs.ris');
    await symlink('later/../made.ris', dangling);
    const exported = factdesk(['citations', 'export', dir, '--format', 'ris', '-o', dangling]);
    expect(exported.code, exported.stderr).toBe(0);
    expect((await lstat(dangling)).isSymbolicLink()).toBe(true);
    expect((await lstat(join(root, 'made.ris'))).isFile()).toBe(true);
  });

  it('refuses a link outside the project that leads into it', async () => {
    const { root, dir } = await project();
    const projectFile = join(dir, 'project.json');
    const before = await readFile(projectFile);
    await symlink(projectFile, join(root, 'innocent.md'));
    const refused = factdesk(['report', dir, '--format', 'md', '-o', join(root, 'innocent.md')]);
    expect(refused.stderr).toMatch(
      /^factdesk \[refused\]: Factdesk will not save .* inside the project folder/,
    );
    expect(refused.code).toBe(1);
    expect(await readFile(projectFile)).toEqual(before);
  });

  it.skipIf(!posix)(
    'writes through a link to /proc/self/fd/1 onto standard output, leaving the link',
    async () => {
      const { root, dir } = await project();
      const mystdout = join(root, 'mystdout');
      await symlink('/proc/self/fd/1', mystdout);
      // Through a shell's pipe, as a reader would run it (Node gives its children sockets, not pipes).
      const script = `"${process.execPath}" bin/factdesk.mjs report "$1" --format md -o "$2" | cat`;
      const written = await run('sh', ['-c', script, 'sh', dir, mystdout]);
      expect(written.stderr).toBe('');
      expect(written.stdout).toMatch(
        /^# Fact-check report: Outputs\n[\s\S]*\nWrote the md report of "Outputs" to .*mystdout\.\n$/,
      );
      expect((await lstat(mystdout)).isSymbolicLink()).toBe(true);
    },
  );

  it.skipIf(!devFullUsable)(
    devFullUsable
      ? 'says the disk is full for /dev/full, which stays a character device'
      : 'says the disk is full for /dev/full (skipped: needs root and /dev/full as a character device)',
    async () => {
      const { dir } = await project();
      const full = factdesk(['report', dir, '--format', 'md', '-o', '/dev/full']);
      expect(full.stderr).toBe(
        'factdesk [io-failed]: Factdesk cannot save the md report to /dev/full: the disk is full.\n',
      );
      expect(full.code).toBe(1);
      expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    },
  );
});
