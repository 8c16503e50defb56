#!/usr/bin/env node
// The `factdesk` command: runs the CLI bundle that `npm ci` builds (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/factdesk.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('factdesk is not built yet: run `npm run build` (npm install does it for you).\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
