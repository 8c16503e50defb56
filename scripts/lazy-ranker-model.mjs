// An esbuild plugin for the Node bundles: shared/ranking/bundled-model.ts becomes a function that builds
// the ranker's model (resources/ranker.json, 1.6 MB) when first called, from text held in the bundle.
// Imported as JSON, the model was an object literal of 100,000 small arrays that V8 compiled and built
// at every start of the CLI (about 0.3 s) and that every process kept, whether it ranked or not; a
// string inside a function that is never called is only scanned.
//
// The heads' weights are not JSON: each extraction worker builds the model when it starts, and parsing
// 100,000 [index, weight] pairs then copying them into the dense array took it 150-250 ms. They are held
// as base64 (index gaps as 16-bit, weights as 32-bit ten-thousandths, little-endian: half the text) and
// given to loadRanker as an iterable of the same pairs, made one at a time. A weight w is stored as k
// only when k / 10^4 is exactly w (the model keeps 4 decimals); otherwise the model stays JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SCALE = 1e4;

/** A head's weights as base64 gaps and values, or null when that form would not give them back exactly. */
function packedWeights(weights) {
  const gaps = Buffer.alloc(weights.length * 2);
  const values = Buffer.alloc(weights.length * 4);
  let previous = 0;
  for (const [at, [index, weight]] of weights.entries()) {
    const k = Math.round(weight * SCALE);
    const gap = index - previous;
    if (gap < 0 || gap > 0xffff || k / SCALE !== weight || k < -(2 ** 31) || k >= 2 ** 31) return null;
    gaps.writeUInt16LE(gap, at * 2);
    values.writeInt32LE(k, at * 4);
    previous = index;
  }
  return { gaps: gaps.toString('base64'), values: values.toString('base64') };
}

/** Made in the bundle: a head's pairs from their base64, one at a time (loadRanker iterates them once). */
const PAIRS = `function packedPairs(gaps64, values64) {
  const gaps = Buffer.from(gaps64, 'base64');
  const values = Buffer.from(values64, 'base64');
  return {
    length: gaps.length / 2,
    *[Symbol.iterator]() {
      let index = 0;
      for (let at = 0; at < gaps.length / 2; at++) {
        index += gaps.readUInt16LE(at * 2);
        yield [index, values.readInt32LE(at * 4) / ${SCALE}];
      }
    },
  };
}`;

/** The text of the module that replaces bundled-model.ts, for the model's JSON text `text`. */
export function rankerModelModule(text) {
  const model = JSON.parse(text); // a model that does not parse fails the build, not the first ranking
  const english = packedWeights(model.english.weights);
  const universal = packedWeights(model.universal.weights);
  if (!english || !universal) {
    return `export function bundledModel() {\n  return JSON.parse(${JSON.stringify(text)});\n}\n`;
  }
  // The rest of the model (cues, calibration, training record) stays JSON, in the file's key order.
  const rest = JSON.stringify({
    ...model,
    english: { ...model.english, weights: [] },
    universal: { ...model.universal, weights: [] },
  });
  return `export function bundledModel() {
  const model = JSON.parse(${JSON.stringify(rest)});
  model.english.weights = packedPairs(${JSON.stringify(english.gaps)}, ${JSON.stringify(english.values)});
  model.universal.weights = packedPairs(${JSON.stringify(universal.gaps)}, ${JSON.stringify(universal.values)});
  return model;
}
${PAIRS}
`;
}

export const lazyRankerModel = {
  name: 'factdesk-lazy-ranker-model',
  setup(build) {
    build.onLoad({ filter: /[\\/]shared[\\/]ranking[\\/]bundled-model\.ts$/ }, (args) => {
      const modelFile = join(dirname(args.path), '..', '..', 'resources', 'ranker.json');
      return {
        contents: rankerModelModule(readFileSync(modelFile, 'utf8')),
        loader: 'js',
        watchFiles: [modelFile],
      };
    });
  },
};
