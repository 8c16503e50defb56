import { describe, it, expect } from 'vitest';
import {
  averagePrecision,
  bundledRanker,
  digitsBaseline,
  meanAveragePrecision,
  parseClef,
  rankSentences,
  sentenceVector,
  trainLogistic,
} from './index';
import model from '../../resources/ranker.json';
import { CLEF_TRAINING, listRepoFolder, readRepoFile, repoPathExists } from '../../test-support/repo-files';

describe('the bundled ranker', () => {
  it('loads and is small', () => {
    expect(bundledRanker().weights.length).toBe((1 << model.bits) + model.dense.length);
    expect(JSON.stringify(model).length).toBeLessThan(1_000_000);
  });

  it('scores every sentence in [0, 1]', () => {
    const scores = rankSentences([
      '',
      'Thank you.',
      'Unemployment fell to 3.5 percent in 2019.',
      '?'.repeat(500),
    ]);
    expect(scores).toHaveLength(4);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('puts claim-like sentences above chit-chat', () => {
    const [claim, chat, claim2, chat2] = rankSentences([
      'We lost 70,000 factories since China entered the World Trade Organization.',
      'Thank you very much, it is great to be here tonight.',
      'Taxes went up by $2 billion last year, the highest increase in a decade.',
      'Well, let me just say this.',
    ]);
    expect(Math.min(claim as number, claim2 as number)).toBeGreaterThan(
      Math.max(chat as number, chat2 as number),
    );
  });
});

describe('metrics', () => {
  it('computes average precision by hand', () => {
    // Ranked: a(1) b(0) c(1) d(0) → (1/1 + 2/3) / 2
    expect(averagePrecision([0.9, 0.8, 0.7, 0.1], [1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(averagePrecision([0.1, 0.2], [0, 0])).toBe(0);
  });

  it('breaks ties by original order, like the official scorer', () => {
    // All tied: order stays b0, b1, b2; the relevant item is third → 1/3.
    expect(averagePrecision([1, 1, 1], [0, 0, 1])).toBeCloseTo(1 / 3, 10);
    expect(averagePrecision(digitsBaseline(['no', 'yes 1', 'also 2']), [0, 0, 1])).toBeCloseTo(1 / 2, 10);
  });

  it('averages per document (MAP)', () => {
    const map = meanAveragePrecision([
      { scores: [0.9, 0.1], labels: [1, 0] }, // AP 1
      { scores: [0.9, 0.1], labels: [0, 1] }, // AP 1/2
    ]);
    expect(map).toBeCloseTo(0.75, 10);
  });
});

describe('training', () => {
  it('is deterministic and learns a separable toy problem', () => {
    const data = [
      'the tax rose 10 percent',
      'thank you all',
      'jobs fell by 5 percent',
      'good evening everyone',
    ];
    const examples = data.map((t, i) => ({ x: sentenceVector(t, 10), y: (i % 2 === 0 ? 1 : 0) as 0 | 1 }));
    const options = { epochs: 30, learningRate: 0.1, l2: 1e-4, positiveWeight: 1, seed: 7 };
    const a = trainLogistic(examples, (1 << 10) + 30, options);
    const b = trainLogistic(examples, (1 << 10) + 30, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });

  it.skipIf(!repoPathExists(CLEF_TRAINING))(
    'beats the digits baseline on the CLEF 2019 training files (in-sample sanity check)',
    () => {
      const files = listRepoFolder(CLEF_TRAINING).filter((f) => f.endsWith('.tsv'));
      expect(files).toHaveLength(19);
      const docs = files.map((f) => parseClef(readRepoFile(`${CLEF_TRAINING}/${f}`)));
      const ours = meanAveragePrecision(
        docs.map((d) => ({ scores: rankSentences(d.map((l) => l.text)), labels: d.map((l) => l.label) })),
      );
      const digits = meanAveragePrecision(
        docs.map((d) => ({ scores: digitsBaseline(d.map((l) => l.text)), labels: d.map((l) => l.label) })),
      );
      expect(ours).toBeGreaterThan(digits);
    },
  );
});
