import { describe, it, expect } from 'vitest';
import { parseCheckThat } from './checkthat';
import { foldsById } from './folds';
import { tokenize } from './tokens';
import { readRepoFile } from '../../test-support/repo-files';

const DATA = 'data/checkworthiness/claimbuster-checkthat2024';

describe('parseCheckThat', () => {
  it('reads ids, CSV-quoted text and Yes/No labels, skipping the header', () => {
    const tsv =
      'Sentence_id\tText\tclass_label\r\n' +
      '26\t"You know, I saw a movie - ""Crocodile Dundee."""\tNo\r\n' +
      "80\tWe're consuming 50 percent of the world's cocaine.\tYes\r\n";
    expect(parseCheckThat(tsv)).toEqual([
      { id: 26, text: 'You know, I saw a movie - "Crocodile Dundee."', label: 0 },
      { id: 80, text: "We're consuming 50 percent of the world's cocaine.", label: 1 },
    ]);
  });

  it('splits the two records the published train file glues together', () => {
    const glued = "24098\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\n";
    expect(parseCheckThat(glued).map((s) => s.id)).toEqual([24098, 29286]);
  });

  it('reads the repository copies whole', () => {
    const train = parseCheckThat(readRepoFile(`${DATA}/CT24_checkworthy_english_train.tsv`));
    const dev = parseCheckThat(readRepoFile(`${DATA}/CT24_checkworthy_english_dev.tsv`));
    expect([train.length, train.filter((s) => s.label).length]).toEqual([22_501, 5_413]);
    expect([dev.length, dev.filter((s) => s.label).length]).toEqual([1_032, 238]);
    expect(new Set(train.map((s) => s.id)).size).toBe(train.length);
    const trainIds = new Set(train.map((s) => s.id));
    expect(dev.filter((s) => trainIds.has(s.id))).toEqual([]);
    // No CSV quoting left behind: no empty text, no doubled quotes.
    expect(train.filter((s) => s.text.length === 0 || s.text.includes('""'))).toEqual([]);
  });
});

describe('foldsById', () => {
  it('cuts sentences sorted by id into k contiguous runs of near-equal size', () => {
    const ids = [50, 10, 40, 20, 30, 60];
    expect(Array.from(foldsById(ids, 3))).toEqual([2, 0, 1, 0, 1, 2]);
    const big = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const fold = foldsById(big, 5);
    const sizes = [0, 0, 0, 0, 0];
    fold.forEach((f) => sizes[f]!++);
    expect(sizes).toEqual([200, 200, 200, 200, 200]);
    // Every id in fold f is below every id in fold f + 1.
    for (let f = 0; f < 4; f++) {
      const top = Math.max(...big.filter((_, i) => fold[i] === f));
      const next = Math.min(...big.filter((_, i) => fold[i] === f + 1));
      expect(top).toBeLessThan(next);
    }
  });
});

describe('tokenize', () => {
  it('folds numbers to shapes and keeps words lower-cased', () => {
    const { words } = tokenize('In 2019, Obama’s plan cut 1,200,000 jobs by 3.5% and $12.50.');
    expect(words).toEqual([
      'in', '<year>', "obama's", 'plan', 'cut', '<bignum>', 'jobs', 'by', '<num>', '<pct>', 'and', '<money>', '<num>',
    ]); // prettier-ignore
  });

  it('marks capitals after the first word, except I', () => {
    const { words, capitalized } = tokenize('Today I’m told NATO and Jens Stoltenberg agree, I think.');
    expect(words.filter((_, i) => capitalized[i] === 1)).toEqual(['nato', 'jens', 'stoltenberg']);
  });

  it('reads letters of any script, with their marks', () => {
    expect(tokenize('Über naïve café Москва 東京').words).toEqual([
      'über',
      'naïve',
      'café',
      'москва',
      '東京',
    ]);
  });

  it('lower-cases each word as the word alone lower-cases, where the whole sentence would differ', () => {
    // İ lower-cases to two units; Σ lower-cases to ς or σ by what follows it ("ΟΔΟΣ.Α" keeps σ whole).
    const sentences = ['İstanbul ΚΑΙ ΟΔΟΣ.Α Σίσυφος', 'ΟΔΟΣ.Α and İZMİR', 'Plain ÉCOLE Straße ǅemal'];
    for (const sentence of sentences) {
      const alone = [...sentence.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)].map((m) => m[0].toLowerCase());
      expect(tokenize(sentence).words, sentence).toEqual(alone);
    }
  });
});
