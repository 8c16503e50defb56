import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../shared/ipc/views';
import { shareRepeatedStrings } from './share-strings';

describe('sharing the strings a parsed claims list repeats', () => {
  it('keeps every value and changes nothing else', () => {
    const parsed = JSON.parse(
      JSON.stringify([
        { id: 'a', text: 'Some 30,000 troops.', sentence: 'Some 30,000 troops.', documentTitle: 'Drills' },
        { id: 'b', text: '30,000', sentence: 'Some 30,000 troops.', documentTitle: 'Drills' },
        { id: 'c', text: 'x', sentence: 'x', documentTitle: 'Other' },
      ]),
    ) as ClaimRow[];
    const before = JSON.stringify(parsed);
    shareRepeatedStrings(parsed);
    expect(JSON.stringify(parsed)).toBe(before);
    expect(Object.keys(parsed[1]!)).toEqual(['id', 'text', 'sentence', 'documentTitle']);
  });
});
