// Type-checks every folder with its own tsconfig (its own lib and types), so that a Node
// type used in shared/ or a DOM type used in electron/ is an error where it belongs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// The renderer's Vite config is checked on its own: Vite's types bring Node's, which browser code must not see.
const projects = [
  ...['shared', 'core', 'test-support', 'electron', 'renderer', 'cli', 'web', 'e2e', 'scripts'].map(
    (f) => `${f}/tsconfig.json`,
  ),
  'shared/tsconfig.test.json',
  'renderer/tsconfig.vite.json',
];
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
