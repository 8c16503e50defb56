// `factdesk import DIR FOLDER` with the real bin: drafts read and claims found in worker threads,
// committed in batches; a copy and an unreadable draft reported, the rest in, in name order; no
// progress line when stderr is not a terminal.
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
});
