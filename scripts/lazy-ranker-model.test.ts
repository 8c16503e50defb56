// The ranker's model as the Node bundles hold it (the build's plugin): the module it writes gives back
// the model in resources/ranker.json, weights included, and loads into the same ranker; a model whose
// weights the packed form would not give back exactly stays JSON.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRanker, type RankerModel } from '../shared/ranking/model';
import { tempDir } from '../test-support/temp-dir';
import { rankerModelModule } from './lazy-ranker-model.mjs';

const modelText = () => readFile(join(process.cwd(), 'resources', 'ranker.json'), 'utf8');

/** The model the plugin's module builds from `text`, and the module's text. */
async function modelFromModule(text: string): Promise<{ model: RankerModel; module: string }> {
  const module = rankerModelModule(text);
  const path = join(await tempDir(), 'bundled-model.mjs');
  await writeFile(path, module);
  const { bundledModel } = (await import(pathToFileURL(path).href)) as { bundledModel: () => RankerModel };
  return { model: bundledModel(), module };
}

const withArrays = (model: RankerModel) => ({
  ...model,
  english: { ...model.english, weights: Array.from(model.english.weights) },
  universal: { ...model.universal, weights: Array.from(model.universal.weights) },
});

describe('the ranker model in the Node bundles', () => {
  it('gives back the stored model, weights included, and loads into the same ranker', async () => {
    const text = await modelText();
    const stored = JSON.parse(text) as RankerModel;
    const { model, module } = await modelFromModule(text);
    expect(module).toContain('packedPairs(');
    expect(module.length).toBeLessThan(text.length * 0.6);
    expect(withArrays(model)).toEqual(stored);
    expect(loadRanker(model)).toEqual(loadRanker(stored));
  });

  it('stays JSON when a weight has more decimals than the packed form keeps', async () => {
    const stored = JSON.parse(await modelText()) as RankerModel;
    const [first, ...others] = stored.english.weights;
    const finer = {
      ...stored,
      english: { ...stored.english, weights: [[first![0], 0.123456], ...others] },
    };
    const { model, module } = await modelFromModule(JSON.stringify(finer));
    expect(module).not.toContain('packedPairs(');
    expect(model).toEqual(finer);
  });
});
