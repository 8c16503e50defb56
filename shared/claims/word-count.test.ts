import { describe, expect, it } from 'vitest';
import { wordsUpTo } from './word-count';
import { sampleDraftTexts } from '../../test-support/repo-files';

const AWKWARD = [
  '',
  '   ',
  ' one ',
  'two\twords',
  'a\u00a0b\u2003c\u3000d\ufeffe\u2028f\u202fg',
  '\u200bzero-width is no space\u200b',
  'Él dijo: «Sí» — 𝐀𝐁𝐂 ١٢٣',
];

describe('wordsUpTo', () => {
  it('counts the words text.trim().split(/\\s+/) finds, up to the given number', () => {
    const texts = [...AWKWARD, ...sampleDraftTexts().flatMap((text) => text.split('\n'))];
    for (const text of texts) {
      const split = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
      for (const most of [1, 4, 15, 1000]) {
        expect(wordsUpTo(text, most), `${most} in ${JSON.stringify(text)}`).toBe(Math.min(split, most));
      }
    }
  });
});
