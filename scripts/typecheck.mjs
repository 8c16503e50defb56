// Type-checks every folder with its own tsconfig (its own lib and types), so that a Node
// type used in shared/ or a DOM type used in electron/ is an error where it belongs.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const folders = ['shared', 'electron', 'renderer', 'cli', 'web', 'e2e', 'scripts'];
let failed = false;
for (const folder of folders) {
  const result = spawnSync(process.execPath, [tsc, '-p', `${folder}/tsconfig.json`], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
