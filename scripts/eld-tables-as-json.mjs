// An esbuild plugin that bundles eld's n-gram tables as JSON text read by JSON.parse, instead of the
// package's 950 kB object literal: V8 reads JSON far faster than it parses and runs a literal of 43,000
// small objects, and every extraction worker loads these tables when it starts. The data is the same
// (the module is loaded here, at build time, and its export written out), so detection is unchanged.
import { pathToFileURL } from 'node:url';

/** The n-gram modules of eld (`eld/src/ngrams/*.js`), whichever size is imported. */
const ELD_TABLES = /[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/;

/** The text of a module exporting `ngramsData` as the package's module does, read with JSON.parse. */
export async function eldTablesModule(path) {
  const { ngramsData } = await import(pathToFileURL(path).href);
  // A string literal of the JSON: JSON.stringify of the JSON text escapes it for JavaScript.
  return `export const ngramsData = JSON.parse(${JSON.stringify(JSON.stringify(ngramsData))});\n`;
}

export function eldTablesAsJson() {
  return {
    name: 'factdesk-eld-tables-as-json',
    setup(build) {
      build.onLoad({ filter: ELD_TABLES }, async (args) => ({
        contents: await eldTablesModule(args.path),
        loader: 'js',
      }));
    },
  };
}
