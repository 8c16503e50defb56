import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a fixture script (a child process of a safety test) with esbuild into a temporary
 * `.mjs`, once per process, so children start in plain `node` in tens of milliseconds.
 */
export function bundleFixture(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = (async () => {
      const outfile = join(
        await mkdtemp(join(tmpdir(), 'factdesk-fixture-')),
        basename(entry).replace(/\.ts$/, '.mjs'),
      );
      await build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        logLevel: 'error',
        minify: true,
        banner: {
          js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
        },
      });
      return outfile;
    })();
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** The path of a fixture in this folder's `fixtures/`. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}
