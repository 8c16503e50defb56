import type { Candidate, SentenceRef } from './types';
import type { LanguagePack } from './languages/tables';
import { ENGLISH } from './languages/en';

function trimEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:]/.test(s[e - 1] as string)) e--;
  return e;
}

/**
 * Finds superlatives, comparatives, firsts and records in one sentence: "the largest Russian deployment
 * since the Cold War", "higher than expected", "for the first time since 1990", "a record high".
 */
export function findComparisons(sentence: SentenceRef, lang: LanguagePack = ENGLISH): Candidate[] {
  const t = lang.comparisons;
  const s = sentence.text;
  const out: Candidate[] = [];
  const add = (start: number, end: number, type: string, prior: number): void => {
    const e = trimEnd(s, start, end);
    if (out.some((c) => c.start < sentence.start + e && sentence.start + start < c.end)) return;
    out.push({
      start: sentence.start + start,
      end: sentence.start + e,
      kind: 'comparison',
      values: { comparison: type },
      prior,
    });
  };
  for (const [re, type, prior] of [
    [t.superlative, 'superlative', 0.8],
    [t.first, 'first-or-record', 0.8],
    [t.comparative, 'comparative', 0.7],
    [t.ratio, 'ratio', 0.7],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (type === 'superlative' && t.notSuperlative.test(m[0])) continue;
      add(m.index, m.index + m[0].length, type, prior);
    }
  }
  return out;
}
