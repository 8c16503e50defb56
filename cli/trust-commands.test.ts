import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFigure } from '../test-support/revisions/sample-variants';
import { factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';

// Each case runs the real bin several times; on a busy machine that takes a while.
describe('factdesk import twice, and edit (the real bin)', { timeout: 180_000 }, () => {
  it('skips a draft already in the project with a sentence, and imports it when allowed', async () => {
    const dir = join(await tempDir(), 'Desk.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    const first = factdesk(['import', dir, SEED_SAMPLE]);
    const id = /\((d[A-Za-z0-9_-]+)\)/.exec(first.stdout)![1];
    const again = factdesk(['import', dir, SEED_SAMPLE]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `Skipped: nato-belarus-2022.txt has the same text as “Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus” (${id}), already in this project. Import it again with --allow-duplicate.\n`,
    );
    const allowed = factdesk(['import', dir, SEED_SAMPLE, '--allow-duplicate']);
    expect(allowed.stdout).toMatch(/^Imported "Stoltenberg asks Russia/);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).not.toContain('Skipped');
    // The same file name with other text is imported, with how to load it as a new version instead.
    const renamed = join(await tempDir(), 'nato-belarus-2022.txt');
    await writeFile(renamed, changedFigure());
    const named = factdesk(['import', dir, renamed]);
    expect(named.stdout).toMatch(/^Imported "Stoltenberg asks Russia/);
    expect(named.stdout).toContain(
      `to load it as a new version instead: factdesk revise ${dir} ${id} ${renamed}`,
    );
  });

  it('restates a claim as checked with edit --text, which reports use as its heading', async () => {
    const dir = join(await tempDir(), 'Desk.factdesk');
    factdesk(['new', dir]);
    factdesk(['import', dir, SEED_SAMPLE]);
    const claims = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as { id: string; quote: string }[];
    const troops = claims.find((claim) => claim.quote === 'Some 13,000 soldiers')!;
    const edited = factdesk([
      'edit',
      dir,
      troops.id,
      '--text',
      'Some 13,000 Russian soldiers\nwill join the drills',
    ]);
    expect(edited).toMatchObject({
      code: 0,
      stdout: `Claim ${troops.id} now reads: Some 13,000 Russian soldiers will join the drills\n`,
    });
    factdesk(['mark', dir, troops.id, 'verified']);
    const md = factdesk(['report', dir, '--format', 'md']).stdout;
    expect(md).toContain('#### Some 13,000 Russian soldiers will join the drills');
    const json = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as {
      id: string;
      history: { action: string }[];
    }[];
    expect(json.find((claim) => claim.id === troops.id)!.history.map((entry) => entry.action)).toContain(
      'restated',
    );
    const empty = factdesk(['edit', dir, troops.id, '--text', '  ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(
      'factdesk [refused]: A claim needs a statement: write the claim as you checked it.\n',
    );
    expect(factdesk(['edit', dir, troops.id]).stderr).toMatch(/edit needs --text/);
  });
});
