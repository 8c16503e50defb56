// An esbuild plugin for the Node bundles: shared/ranking/bundled-model.ts becomes a function that holds
// the ranker's model (resources/ranker.json, 1.6 MB) as one string and parses it when first called.
// Imported as JSON, the model was an object literal of 100,000 small arrays that V8 compiled and built
// at every start of the CLI (about 0.3 s) and that every process kept, whether it ranked or not; a
// string inside a function that is never called is only scanned.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const lazyRankerModel = {
  name: 'factdesk-lazy-ranker-model',
  setup(build) {
    build.onLoad({ filter: /[\\/]shared[\\/]ranking[\\/]bundled-model\.ts$/ }, (args) => {
      const modelFile = join(dirname(args.path), '..', '..', 'resources', 'ranker.json');
      const text = readFileSync(modelFile, 'utf8');
      JSON.parse(text); // a model that does not parse fails the build, not the first ranking
      return {
        contents: `export function bundledModel() {\n  return JSON.parse(${JSON.stringify(text)});\n}\n`,
        loader: 'js',
        watchFiles: [modelFile],
      };
    });
  },
};
