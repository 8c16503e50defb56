// `npm run soak [-- KILLS [SEED]]`: the long kill -9 run. A child opens a project and marks claims in a
// tight loop; it is SIGKILLed at a random moment, thousands of times (default 2000). After each kill the
// project must open (the dead child's lock recovered), every file must validate, and every mark whose
// promise resolved must be on disk. Prints progress on stderr and the figures as JSON on stdout; exits 1
// on the first loss.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFixture, fixturePath } from '../test-support/safety/bundle-fixture';
import { runKillHarness } from '../test-support/safety/kill-harness';
import { seedProject } from '../test-support/safety/seed-project';

const kills = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
if (!Number.isInteger(kills) || kills < 1) {
  process.stderr.write(`soak: KILLS must be a whole number above 0, not "${process.argv[2]}".\n`);
  process.exit(2);
}
const root = await mkdtemp(join(tmpdir(), 'factdesk-soak-'));
const dir = join(root, 'soak.factdesk');
const started = performance.now();
try {
  const [childScript] = await Promise.all([
    bundleFixture(fixturePath('mark-loop-child.ts')),
    seedProject(dir),
  ]);
  const figures = await runKillHarness({
    dir,
    childScript,
    kills,
    maxRunMs: 400,
    maxOpenMs: 500,
    seed,
    checkSnapshotsEvery: 25,
    onKill: (f) => {
      if (f.kills % 100 === 0)
        process.stderr.write(
          `soak: ${f.kills}/${kills} kills, ${f.acknowledged} acknowledged marks, ${f.lostAcknowledged} lost\n`,
        );
    },
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  process.stdout.write(`${JSON.stringify({ seed, seconds, ...figures }, null, 2)}\n`);
  await rm(root, { recursive: true, force: true });
} catch (error) {
  process.stderr.write(`soak: ${(error as Error).message}\nThe project is kept at ${dir} (seed ${seed}).\n`);
  process.exit(1);
}
