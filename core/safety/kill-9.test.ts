import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { bundleFixture, fixturePath } from '../../test-support/safety/bundle-fixture';
import { runKillHarness } from '../../test-support/safety/kill-harness';
import { seedProject } from '../../test-support/safety/seed-project';

const KILLS = Number(process.env.FACTDESK_SAFETY_KILLS ?? 100);
/** On a busy machine the run stops here (reporting how many kills it made); `npm run soak` has no limit. */
const BUDGET_MS = Number(process.env.FACTDESK_SAFETY_KILL_BUDGET_MS ?? 45_000);
const AT_LEAST = Math.min(KILLS, 25);

describe('kill -9 while marking claims', () => {
  it(`loses no acknowledged mark and no file across up to ${KILLS} kills at random moments`, async () => {
    const dir = join(await tempDir(), 'killed.factdesk');
    const [childScript] = await Promise.all([
      bundleFixture(fixturePath('mark-loop-child.ts')),
      seedProject(dir),
    ]);
    const started = performance.now();
    const figures = await runKillHarness({
      dir,
      childScript,
      kills: KILLS,
      budgetMs: BUDGET_MS,
      maxRunMs: 250,
      maxOpenMs: 450,
      seed: 20240501,
      checkSnapshotsEvery: 10,
    });
    console.log(
      `[safety] kill -9: ${figures.kills} kills survived (${figures.killedWhileOpening} while opening), ` +
        `${figures.acknowledged} acknowledged marks, ${figures.lostAcknowledged} lost; ` +
        `${figures.inFlightAtKill} in flight at a kill (${figures.inFlightSaved} saved anyway); ` +
        `${figures.staleLocksRecovered} stale locks recovered; ${figures.filesValidated} files and ` +
        `${figures.snapshotsValidated} snapshots validated, ${figures.damagedFiles} damaged; ` +
        `${Math.round(performance.now() - started)} ms.`,
    );
    expect(figures.kills).toBeGreaterThanOrEqual(AT_LEAST);
    expect(figures.lostAcknowledged).toBe(0);
    expect(figures.damagedFiles).toBe(0);
    expect(figures.acknowledged).toBeGreaterThan(figures.kills);
    expect(figures.staleLocksRecovered).toBeGreaterThan(figures.kills / 2);
    expect(figures.snapshotsValidated).toBeGreaterThan(0);
  }, 120_000);
});
