import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRanker } from './build-ranker';
import { readCorpus } from './corpus';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('npm run train:ranker', () => {
  // About 7 s of CPU: five folds and a final fit of each head on 22,501 sentences.
  it('rebuilds resources/ranker.json and its threshold module byte for byte from the repository', () => {
    const built = buildRanker(readCorpus(root));
    expect(built.json === readFileSync(path.join(root, 'resources', 'ranker.json'), 'utf8')).toBe(true);
    expect(built.thresholdModule).toBe(
      readFileSync(path.join(root, 'shared', 'ranking', 'worth-checking.ts'), 'utf8'),
    );
    expect(built.model.trainedOn.sentences).toBe(22_501);
  }, 300_000);
});
