import { existsSync } from 'node:fs';

/**
 * Where the built extraction worker is, tried from where this code runs: the CLI bundle
 * (dist/cli/factdesk.mjs or one of its chunks in dist/cli/chunks/) or the sources (cli/, with a
 * build in dist/). Null when there is none: the command then finds claims on its own thread.
 */
export function extractWorkerPath(): URL | null {
  const candidates = [
    '../workers/extract-worker.mjs',
    '../../workers/extract-worker.mjs',
    '../dist/workers/extract-worker.mjs',
  ];
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return null;
}
