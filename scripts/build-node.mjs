// Bundles the Node-side entry points with esbuild: the Electron main process and preload (CommonJS,
// so the preload runs in a sandboxed renderer), the `factdesk` CLI and the web workbench (ESM).
// Entry points that do not exist yet are skipped with a note, so the build works while layers grow.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { eldTablesAsJson } from './eld-tables-as-json.mjs';
import { esbuildBundledFiles, recordBundledPackages } from './licenses/bundled-licenses.mjs';
import { asciiBundles } from './ascii-bundles.mjs';
import { lazyRankerModel } from './lazy-ranker-model.mjs';

const watch = process.argv.includes('--watch');
// `--out DIR` builds somewhere else than dist/ (the packaging test builds into a temporary folder).
const outDir = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'dist';
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' };
const entries = [
  {
    in: 'electron/main/main.ts',
    out: join(outDir, 'electron/main.cjs'),
    format: 'cjs',
    external: ['electron'],
  },
  {
    in: 'electron/preload/preload.ts',
    out: join(outDir, 'electron/preload.cjs'),
    format: 'cjs',
    external: ['electron'],
    sourcemap: false,
  },
  // Split so that heavy readers and writers (pdf.js, docx, citation-js) load only when a command needs them.
  { in: 'cli/factdesk.ts', out: join(outDir, 'cli/factdesk.mjs'), format: 'esm', split: true },
  { in: 'web/factdesk-web.ts', out: join(outDir, 'web/factdesk-web.mjs'), format: 'esm', split: true },
  {
    in: 'core/extraction/extract-worker.ts',
    out: join(outDir, 'workers/extract-worker.mjs'),
    format: 'esm',
    // Drafts are read in the worker: pdf.js and mammoth sit in chunks it loads only for PDF and Word.
    split: true,
  },
];

// ESM bundles of CommonJS dependencies need a `require`; give them one.
const esmBanner = {
  js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

const builds = entries
  .filter((entry) => {
    if (existsSync(entry.in)) return true;
    console.warn(`build-node: ${entry.in} does not exist yet; skipped.`);
    return false;
  })
  .map(async (entry) => {
    const output = entry.split
      ? {
          outdir: dirname(entry.out),
          splitting: true,
          entryNames: '[name]',
          chunkNames: 'chunks/[name]-[hash]',
          outExtension: { '.js': '.mjs' },
        }
      : { outfile: entry.out };
    const options = {
      ...common,
      ...output,
      entryPoints: [entry.in],
      format: entry.format,
      external: entry.external ?? [],
      sourcemap: entry.sourcemap ?? common.sourcemap,
      banner: entry.format === 'esm' ? esmBanner : undefined,
      metafile: !watch,
      // The ranker's model parsed on first use; eld's language tables as JSON (each extraction worker
      // loads them faster at its start); every output ASCII only, so V8 keeps its source one byte a
      // character.
      plugins: [lazyRankerModel, eldTablesAsJson(), asciiBundles],
    };
    if (!watch) {
      const result = await build(options);
      return [relative(outDir, entry.out).replace(/\\/g, '/'), esbuildBundledFiles(result.metafile)];
    }
    const { context } = await import('esbuild');
    const ctx = await context(options);
    await ctx.watch();
  });
const built = await Promise.all(builds);
// The licences of what was bundled, for the About dialog (<out>/licenses.json).
if (!watch) {
  recordBundledPackages({
    root: process.cwd(),
    outFile: join(outDir, 'licenses.json'),
    parts: Object.fromEntries(built),
  });
}
