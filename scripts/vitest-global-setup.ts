// Unit tests of the CLI and the web workbench run the real bundles, so build them once first.
// The desktop main process's tests load the built renderer into their windows: it is built when
// missing (an older build serves them as well, so it is not rebuilt every run).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
  if (!existsSync('dist/renderer/index.html')) {
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], {
      stdio: 'inherit',
    });
  }
}
