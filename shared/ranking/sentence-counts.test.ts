import { describe, expect, it } from 'vitest';
import { countSentence } from './sentence-counts';
import { sampleDraftTexts } from '../../test-support/repo-files';

/** The counts as the regular expressions they stand for find them. */
function byRegex(sentence: string) {
  return {
    digitRuns: sentence.match(/\d+/g)?.length ?? 0,
    words: sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
    capitals: sentence.match(/(?<=[\p{L}\p{N},;]\s+)\p{Lu}/gu)?.length ?? 0,
  };
}

const AWKWARD = [
  '',
  'The NATO chief, Jens Stoltenberg; Said 100,000 troops (12.5%) were there.',
  'Él dijo:  ÉPOCA ¿Qué?  Über\tÄrger\u00a0Ølen\u2003Ωmega ١٢٣ Numbers ² ³ ½',
  'Bold 𝐀𝐁𝐂 then 𝐃 and x\u3000Y, z\u2028W; q\ufeffR',
  'a \ud835 B lone high, c \udc00 D lone low, e\u0301 F combining',
  '42  Apples,   Pears;Plums; \n Kiwis 7Up 2 Go - Now',
  '日本語 のテスト Σύνταγμα Ελλάδα, Россия Москва; Беларусь',
];

function sampleSentences(): string[] {
  return sampleDraftTexts().flatMap((text) => text.split(/(?<=[.!?])\s+|\n/));
}

describe('countSentence', () => {
  it('counts what the regular expressions find, on awkward text and every sample sentence', () => {
    const sentences = [...AWKWARD, ...sampleSentences()];
    expect(sentences.length).toBeGreaterThan(50);
    for (const s of sentences) expect(countSentence(s), JSON.stringify(s)).toEqual(byRegex(s));
  });
});
