import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFigure, deletedSentence, original } from '../test-support/revisions/sample-variants';
import { expectRefusal, factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';

interface JsonClaim {
  id: string;
  documentId: string;
  quote: string;
  status: string;
  needsRecheck: boolean;
  anchoring: string;
  previous?: { quote: string; status: string };
}

// Each case runs the real bin several times; on a busy machine that takes a while.
describe('factdesk revise (the real bin)', { timeout: 180_000 }, () => {
  it('loads a new version, prints counts, and claims --json carries each claim’s flags', async () => {
    const root = await tempDir();
    const dir = join(root, 'Desk.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    expect(factdesk(['import', dir, SEED_SAMPLE]).code).toBe(0);
    const before = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
    expect(before.every((c) => c.needsRecheck === false && c.anchoring === 'exact')).toBe(true);
    const troops = before.find((c) => c.quote === 'Some 13,000 soldiers')!;
    expect(factdesk(['mark', dir, troops.id, 'verified']).code).toBe(0);

    const draft = join(root, 'belarus-v2.txt');
    await writeFile(draft, deletedSentence(changedFigure()));
    const run = factdesk(['revise', dir, troops.documentId, draft]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        `Loaded belarus-v2.txt as version 2 of ${troops.documentId}.`,
        `  ${before.length - 2} unchanged, 0 moved`,
        '  1 changed (need a recheck)',
        '  1 orphaned (their text is gone)',
        '  0 new suggestions',
        '',
      ].join('\n'),
    );

    const after = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
    expect(after).toHaveLength(before.length);
    expect(after.find((c) => c.id === troops.id)).toMatchObject({
      quote: 'Some 30,000 soldiers',
      anchoring: 'changed',
      needsRecheck: true,
      status: 'unchecked',
      previous: { quote: 'Some 13,000 soldiers', status: 'verified' },
    });
    expect(after.filter((c) => c.anchoring === 'orphaned').map((c) => c.quote)).toEqual([
      'two worrying scenarios',
    ]);
    expect(after.filter((c) => c.needsRecheck)).toHaveLength(2);

    const md = factdesk(['report', dir, '--format', 'md']);
    expect(md.stdout).toContain('## Changes between versions');
    expect(md.stdout).toContain(
      'Version 2 changed “Some 13,000 soldiers” to “Some 30,000 soldiers” (was Verified, needs re-check).',
    );
    expect(md.stdout).toContain(
      'Version 2 removed “two worrying scenarios” (was Unchecked, needs re-check).',
    );

    const third = join(root, 'belarus-v3.txt');
    await writeFile(third, changedFigure().replace('100,000', '120,000'));
    const json = factdesk(['revise', dir, troops.documentId, third, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      documentId: troops.documentId,
      version: 3,
      fileName: 'belarus-v3.txt',
      counts: { changed: 1 },
    });
  });

  it('refuses a missing document, the same text and missing arguments with one sentence', async () => {
    const dir = join(await tempDir(), 'Desk.factdesk');
    factdesk(['new', dir]);
    factdesk(['import', dir, SEED_SAMPLE]);
    const [claim] = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
    expectRefusal(
      factdesk(['revise', dir, 'd_nope', SEED_SAMPLE]),
      /There is no document d_nope in this project\./,
    );
    expectRefusal(
      factdesk(['revise', dir, claim!.documentId, SEED_SAMPLE]),
      /nato-belarus-2022\.txt has the same text as the current version; nothing was changed\./,
    );
    const usage = factdesk(['revise', dir]);
    expect(usage.code).toBe(2);
    expectRefusal(usage, /revise needs DIR, DOCUMENT_ID and FILE\./);
  });

  it('refuses the text of an earlier version (revise and import), and loads it only with --allow-duplicate', async () => {
    const root = await tempDir();
    const dir = join(root, 'Desk.factdesk');
    const [sent, edited] = [join(root, 'sent'), join(root, 'edited')];
    await Promise.all([mkdir(sent), mkdir(edited)]);
    const [first, second] = [join(sent, 'transit.txt'), join(edited, 'transit.txt')];
    await writeFile(first, original);
    await writeFile(second, changedFigure());
    factdesk(['new', dir]);
    factdesk(['import', dir, first]);
    const [claim] = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
    const id = claim!.documentId;
    expect(factdesk(['revise', dir, id, second]).code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const before = await readFile(join(dir, 'documents', `${id}.json`), 'utf8');

    const refused = factdesk(['revise', dir, id, first]);
    expect(refused.code).toBe(1);
    expectRefusal(
      refused,
      new RegExp(
        `^factdesk \\[refused\\]: transit\\.txt is version 1 of “[^”]+” \\(${id}\\); the project has version 2 since ${today}\\. Nothing was changed\\. To load it as the newest version all the same, add --allow-duplicate\\.\\n$`,
      ),
    );
    const skipped = factdesk(['import', dir, first]);
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stdout).toBe(
      `Skipped: transit.txt is version 1 of “${JSON.parse(before).title}” (${id}); the project has version 2 since ${today}. Nothing was changed; to load it as the newest version all the same: factdesk revise ${dir} ${id} ${first} --allow-duplicate (or import it as a draft of its own with --allow-duplicate).\n`,
    );
    expect(await readFile(join(dir, 'documents', `${id}.json`), 'utf8')).toBe(before);
    expect(JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')).documents).toHaveLength(1);

    // A renamed copy is the same old text: skipped and refused as version 1 of the same document.
    const renamed = join(root, 'transit-v1 (1).txt');
    await writeFile(renamed, original);
    const renamedImport = factdesk(['import', dir, renamed]);
    expect(renamedImport.code, renamedImport.stderr).toBe(0);
    expect(renamedImport.stdout).toBe(
      `Skipped: transit-v1 (1).txt is version 1 of “${JSON.parse(before).title}” (${id}); the project has version 2 since ${today}. Nothing was changed; to load it as the newest version all the same: factdesk revise ${dir} ${id} ${renamed} --allow-duplicate (or import it as a draft of its own with --allow-duplicate).\n`,
    );
    expectRefusal(
      factdesk(['revise', dir, id, renamed]),
      /^factdesk \[refused\]: transit-v1 \(1\)\.txt is version 1 of “[^”]+” \(\w+\); the project has version 2 since /,
    );
    expect(JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')).documents).toHaveLength(1);

    const allowed = factdesk(['revise', dir, id, first, '--allow-duplicate', '--json']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ documentId: id, version: 3, fileName: 'transit.txt' });
  });
});
