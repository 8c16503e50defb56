import fc from 'fast-check';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OpenProject } from '../project/open-project';
import { tempDir } from '../../test-support/temp-dir';
import { applyMutation, mutationArbitrary } from '../../test-support/safety/file-mutations';
import { folderState } from '../../test-support/safety/folder-state';
import { seedProject } from '../../test-support/safety/seed-project';

const RUNS = Number(process.env.FACTDESK_SAFETY_MUTATIONS ?? 2000);
/** On a busy machine fast-check stops here; the figures say how many files were tried. */
const BUDGET_MS = Number(process.env.FACTDESK_SAFETY_MUTATION_BUDGET_MS ?? 25_000);
const tally = { tried: 0, opened: 0, refused: 0, offeredBackup: 0, offeredMend: 0 };

describe('opening damaged project files', () => {
  afterAll(() => {
    console.log(
      `[safety] damaged files: ${tally.tried} mutated files opened: ${tally.opened} opened correctly, ` +
        `${tally.refused} refused with a sentence (${tally.offeredMend} offering to mend the file, ${tally.offeredBackup} the newest good backup); 0 crashes, 0 writes.`,
    );
  });

  it(`gives a sentence or a correct open for up to ${RUNS} mutated files, and never writes to them`, async () => {
    const dir = join(await tempDir(), 'damaged.factdesk');
    await seedProject(dir);
    await (await OpenProject.open(dir, { tool: 'safety' })).close(); // takes the first backup
    const targets = [
      'project.json',
      ...(await readdir(join(dir, 'documents'))).map((name) => `documents/${name}`),
    ];
    const intact = new Map(
      await Promise.all(targets.map(async (t) => [t, await readFile(join(dir, t))] as const)),
    );
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
    const deadline = performance.now() + BUDGET_MS;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: targets.length - 1 }), mutationArbitrary, async (which, mutation) => {
        if (performance.now() > deadline) return; // out of time: the rest are not tried
        const target = targets[which]!;
        await writeFile(join(dir, target), applyMutation(intact.get(target)!, mutation));
        const before = await folderState(dir, ['backups']);
        tally.tried++;
        try {
          const project = await OpenProject.open(dir, {
            tool: 'safety',
            readOnly: tally.tried % 2 === 0,
            backups: false,
          });
          expect(project.view().claimCount).toBe((await project.claimRows()).length);
          await project.close();
          tally.opened++;
        } catch (error) {
          const message = (error as Error).message;
          expect((error as Error).name, message).toBe('UserError');
          expect(message).toMatch(/^[A-Za-z/"].*\.$/s);
          expect(message).not.toMatch(/\n|\(\S+:\d+:\d+\)/);
          expect(message).toMatch(/project\.json|documents\//);
          if (/newest good backup (is|instead \() ?\d{8}T\d{9}Z-open/.test(message)) tally.offeredBackup++;
          if (
            /To mend it, Factdesk puts back (project\.json|documents\/\S+) from the backup of /.test(message)
          )
            tally.offeredMend++;
          tally.refused++;
        }
        expect(await folderState(dir, ['backups'])).toEqual(before);
        expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        await writeFile(join(dir, target), intact.get(target)!);
      }),
      { numRuns: RUNS, seed: 1337 },
    );
    expect(tally.tried).toBeGreaterThanOrEqual(Math.min(RUNS, 300));
    expect(tally.refused).toBeGreaterThan(tally.tried / 2);
    expect(tally.offeredBackup).toBeGreaterThan(0);
    expect(tally.offeredMend).toBeGreaterThan(0);
  }, 110_000);
});
