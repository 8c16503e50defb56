// `factdesk import DIR FOLDER` with the real bin: drafts read and claims found in worker threads,
// committed in batches; a copy and an unreadable draft reported, the rest in, in name order; no
// progress line when stderr is not a terminal.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenProject } from '../core/project/open-project';
import { factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';

describe('factdesk import of a folder', () => {
  it('imports every draft in name order, skips a copy, reports a broken draft, prints no progress to a pipe', async () => {
    const root = await tempDir();
    const dir = join(root, 'folder.factdesk');
    const drafts = join(root, 'drafts');
    await mkdir(drafts);
    const paragraphs = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n').split('\n\n');
    const count = 230; // more than one batch of 200
    for (let index = 0; index < count; index++) {
      const text = `Story ${index}\n\n${paragraphs.slice(index % 6, (index % 6) + 2).join('\n\n')}`;
      await writeFile(join(drafts, `s${String(index).padStart(3, '0')}.txt`), text);
    }
    await writeFile(join(drafts, 'zz-copy.txt'), await readFile(join(drafts, 's007.txt')));
    await writeFile(join(drafts, 'm-broken.pdf'), 'not a PDF');
    expect(factdesk(['new', dir]).code).toBe(0);

    const run = factdesk(['import', dir, drafts, '--date', '2022-05-01']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe(
      'factdesk [unreadable-draft]: m-broken.pdf is damaged or is not a PDF: it has no PDF header.\n',
    );
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(lines[0]).toMatch(/^Imported "Story 0" \(d\w+\): \d+ claims, dated 2022-05-01 \(as given\)$/);
    expect(lines.at(-1)).toMatch(
      /^Skipped: zz-copy\.txt has the same text as “Story 7” \(d\w+\), already in this project\./,
    );

    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    const titles = project.allDocuments().map((doc) => doc.title);
    await project.close();
    expect(titles).toEqual(Array.from({ length: count }, (_, index) => `Story ${index}`));

    // Again: every draft is already in, so every one is skipped and nothing is added.
    const again = factdesk(['import', dir, drafts]);
    expect(again.stdout.match(/^Skipped: /gm)).toHaveLength(count + 1);
  }, 120_000);

  it('stops at Ctrl-C with a sentence: the drafts it lists are in the project, whole, and no others', async () => {
    const root = await tempDir();
    const dir = join(root, 'cancel.factdesk');
    const drafts = join(root, 'drafts');
    await mkdir(drafts);
    const count = 3_000; // many batches: Ctrl-C comes after the first is in and long before the last
    for (let index = 0; index < count; index++) {
      await writeFile(
        join(drafts, `s${String(index).padStart(4, '0')}.txt`),
        `Story ${index}: prices rose ${index} percent in 2021.\n`,
      );
    }
    expect(factdesk(['new', dir]).code).toBe(0);
    const child = spawn(process.execPath, ['bin/factdesk.mjs', 'import', dir, drafts], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Once the first batch is listed in project.json, interrupt as a person at the terminal would.
    for (;;) {
      const listed = await readFile(join(dir, 'project.json'), 'utf8').then(
        (text) => JSON.parse(text).documents.length,
      );
      if (listed > 0) break;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(1);
    const imported = stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('Imported '));
    expect(stderr).toMatch(
      new RegExp(
        `^factdesk \\[cancelled\\]: The import stopped at Ctrl-C after ${imported.length} of ${count} drafts: those listed are in the project, whole; the other ${count - imported.length} were not imported\\.\\n$`,
      ),
    );
    expect(imported.length).toBeLessThan(count);
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect(project.view().documents.map((doc) => doc.fileName)).toEqual(
      imported.map((_, index) => `s${String(index).padStart(4, '0')}.txt`),
    );
    await project.close();
  }, 120_000);
});
