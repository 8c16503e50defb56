import { beforeAll, describe, expect, it } from 'vitest';
import { detectDraftLanguages, loadLanguageDetector } from './language';
import { countCommonWords } from './common-words';

const ENGLISH =
  'The minister said on Tuesday that the plan was not ready and that it would be put to a vote in May.';
const ITALIAN = [
  "Il segretario generale della NATO ha detto giovedì che circa 100.000 soldati russi sono ammassati vicino all'Ucraina, il più grande dispiegamento dalla guerra fredda.",
  'Secondo il governo la situazione resta molto tesa e non ci sono segni di una riduzione delle truppe lungo il confine settentrionale del paese.',
  "Gli alleati hanno chiesto a Mosca di ritirare le forze entro la fine del mese, ma il Cremlino ha respinto l'ultimatum definendolo una provocazione.",
];

describe("a draft's first language guess", () => {
  beforeAll(loadLanguageDetector);

  it('asks the detector when the paragraphs it is sure of weigh less than the others', () => {
    // Only the English paragraph's language is sure from its common words; the Italian ones outweigh it.
    expect(countCommonWords(ENGLISH).sure).toBe('en');
    for (const p of ITALIAN) expect(countCommonWords(p).sure).toBeUndefined();
    const text = [ENGLISH, ...ITALIAN].join('\n\n');
    expect(detectDraftLanguages(text, []).language).toBe('it');
  });

  it('goes with the sure paragraphs when they outweigh the rest', () => {
    const text = [ENGLISH, ENGLISH, ENGLISH, ITALIAN[1]].join('\n\n');
    const found = detectDraftLanguages(text, []);
    expect(found.language).toBe('en');
    // The Italian paragraph is still asked about on its own.
    expect(found.runs.map((run) => run.language)).toEqual(['en', 'it']);
  });
});
