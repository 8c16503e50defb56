import { describe, it, expect } from 'vitest';
import { bundledRanker, rankSentences, scoreSentence, isEnglish, WORTH_CHECKING } from './index';
import model from '../../resources/ranker.json';
import { englishDimension } from './features';
import { UNIVERSAL_CUES } from './universal-cues';

describe('the bundled ranker', () => {
  it('loads, fits in a few MB and names the data it was trained on', () => {
    const ranker = bundledRanker();
    expect(ranker.english.weights.length).toBe(englishDimension(model.bits));
    expect(ranker.universal.weights.length).toBe(UNIVERSAL_CUES.length);
    expect(JSON.stringify(model).length).toBeLessThan(3_000_000);
    expect(model.trainedOn.dataset).toMatch(/ClaimBuster/);
    expect(model.trainedOn.licence).toBe('CC-BY-4.0');
  });

  it('uses the threshold the renderer shows (WORTH_CHECKING)', () => {
    expect(WORTH_CHECKING).toBe(model.threshold);
    expect(bundledRanker().threshold).toBe(model.threshold);
  });

  it('scores every sentence with a probability', () => {
    const scores = rankSentences([
      '',
      'Thank you.',
      'Unemployment fell to 3.5 percent in 2019.',
      '?'.repeat(500),
    ]);
    expect(scores).toHaveLength(4);
    for (const s of scores) {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThan(1);
    }
  });

  it('puts claim-like sentences above chit-chat, on either side of the threshold', () => {
    const [claim, chat, claim2, chat2] = rankSentences([
      'We lost 70,000 factories since China entered the World Trade Organization.',
      'Thank you very much, it is great to be here tonight.',
      'Taxes went up by $2 billion last year, the highest increase in a decade.',
      'Well, let me just say this.',
    ]) as [number, number, number, number];
    expect(Math.min(claim, claim2)).toBeGreaterThanOrEqual(WORTH_CHECKING);
    expect(Math.max(chat, chat2)).toBeLessThan(WORTH_CHECKING);
  });
});

describe('scoring a sentence in another language', () => {
  const ranker = bundledRanker();

  it('reads English from no tag or an en tag, and anything else as another language', () => {
    expect([undefined, 'en', 'en-GB', 'EN-us'].map(isEnglish)).toEqual([true, true, true, true]);
    expect(['de', 'fr-CA', 'eng', 'und', ''].map(isEnglish)).toEqual([false, false, false, false, false]);
  });

  it('uses only language-independent cues: the words themselves do not count', () => {
    const de = { language: 'de' };
    // Same digits, symbols, capitals and length; different words.
    const a = scoreSentence(ranker, 'Die Arbeitslosigkeit sank 2019 auf 3,5 % im Land.', de);
    const b = scoreSentence(ranker, 'Der Hund schlief 2019 bei 3,5 % im Haus.', de);
    expect(a).toBe(b);
    // English word lists never see the sentence: "think", "thank you" make no difference.
    expect(scoreSentence(ranker, 'I think so', de)).toBe(scoreSentence(ranker, 'Ich denke ja', de));
  });

  it('still ranks figures above chit-chat', () => {
    const de = { language: 'de' };
    const figure = scoreSentence(
      ranker,
      'Die Regierung gab 2021 rund 4,2 Milliarden € für 12.000 Stellen aus.',
      de,
    );
    const chat = scoreSentence(ranker, 'Vielen Dank, schön hier zu sein.', de);
    expect(figure).toBeGreaterThan(chat);
  });

  it('differs from the English score of the same sentence', () => {
    const s = 'We lost 70,000 factories since China entered the World Trade Organization.';
    expect(scoreSentence(ranker, s, { language: 'fr' })).not.toBe(scoreSentence(ranker, s));
  });
});
