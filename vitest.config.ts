import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,core,electron,cli,web,scripts,renderer}/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./scripts/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
