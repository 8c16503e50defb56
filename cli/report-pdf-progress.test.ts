// `factdesk report --format pdf` with real Chromium: a progress line only on a terminal (a pty made by
// util-linux `script`), none when stderr is a pipe; and Ctrl-C typed on that terminal cancels between
// parts, leaving no file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../core/drafts/build-document';
import { findClaimsIn } from '../core/extraction/extraction-job';
import { OpenProject } from '../core/project/open-project';
import { requireChromium, skipWithoutChromium, titleNeedingChromium } from '../test-support/chromium';
import { factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE } from '../test-support/temp-dir';

const SCRIPT = '/usr/bin/script';
const skip = skipWithoutChromium || !existsSync(SCRIPT);

/** A project of `copies` imports of the seed article (each its own document and claims). */
async function projectOfCopies(dir: string, copies: number): Promise<number> {
  const text = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
  const outcome = findClaimsIn({ fileName: 'nato-belarus-2022.txt', format: 'txt', text });
  const project = await OpenProject.create(dir, 'Many copies', { tool: 'test', backups: false });
  const docs = Array.from({ length: copies }, () => buildDocument(outcome, 'Seeder'));
  await project.addDocuments(docs);
  await project.close();
  return docs.reduce((sum, doc) => sum + doc.claims.length, 0);
}

describe('factdesk report --format pdf: progress and Ctrl-C', () => {
  let root: string;
  let big: string;
  let small: string;
  const env = () => ({
    ...process.env,
    FACTDESK_CHECKER: 'Cli Tester',
    FACTDESK_PASSPHRASE: '',
    FACTDESK_CHROMIUM: requireChromium(),
  });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'factdesk-pdf-progress-'));
    big = join(root, 'big.factdesk');
    small = join(root, 'small.factdesk');
    if (skip) return;
    // About 8,000 unchecked claims: a PDF of three parts or more.
    expect(await projectOfCopies(big, 300)).toBeGreaterThan(6_000);
    await projectOfCopies(small, 1);
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.skipIf(skip)(
    titleNeedingChromium('prints nothing on stderr when stderr is not a terminal'),
    () => {
      const file = join(root, 'quiet.pdf');
      const run = factdesk(['report', small, '--format', 'pdf', '-o', file], { env: env() });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(existsSync(file)).toBe(true);
    },
    120_000,
  );

  it.skipIf(skip)(
    titleNeedingChromium('shows "part N of M" on a terminal, and Ctrl-C there cancels and leaves no file'),
    async () => {
      const out = join(root, 'out');
      spawnSync('mkdir', [out]);
      const file = join(out, 'report.pdf');
      const command = `exec node bin/factdesk.mjs report '${big}' --format pdf -o '${file}'`;
      // `script` runs the command on a new pseudo-terminal; what we write to its stdin is typed there.
      const child = spawn(SCRIPT, ['-qfec', command, '/dev/null'], {
        env: env(),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let screen = '';
      const seen = (pattern: RegExp) =>
        new Promise<void>((resolve) => {
          const check = () => pattern.test(screen) && (child.stdout.off('data', check), resolve());
          child.stdout.on('data', check);
          check();
        });
      child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
      await seen(/Printing the PDF: part 1 of (\d+)/);
      const parts = Number(/part 1 of (\d+)/.exec(screen)![1]);
      // Two parts print at once: the third cannot have started when Ctrl-C comes at the first.
      expect(parts).toBeGreaterThanOrEqual(3);
      child.stdin.write('\x03'); // Ctrl-C, as typed: the terminal sends SIGINT to the command
      // `script -e` exits with the command's own exit code.
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code, screen).toBe(1);
      expect(screen).toMatch(/factdesk \[cancelled\]: The PDF report was cancelled; nothing was saved\./);
      expect(screen).not.toMatch(/\n\s+at /);
      expect(screen).not.toMatch(new RegExp(`part ${parts} of ${parts}`));
      expect(await readdir(out)).toEqual([]);
    },
    240_000,
  );
});
