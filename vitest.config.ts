import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,core,electron,cli,web,scripts,renderer}/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./scripts/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most of the
    // slow files wait on child processes, fsync and a git server rather than compute, so two share 2
    // cores well: the whole unit suite took 481 s instead of 722 s on the 2-core CI machine (4 December).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
