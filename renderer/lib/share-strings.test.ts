import { describe, expect, it } from 'vitest';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { shareRepeatedStrings } from './share-strings';

describe('sharing the titles a parsed claims list repeats', () => {
  it('keeps every value and changes nothing else, across pages', () => {
    const page = (rows: object[]) => JSON.parse(JSON.stringify(rows)) as ClaimListRow[];
    const first = page([
      { id: 'a', text: 'Some 30,000 troops.', documentTitle: 'Drills' },
      { id: 'b', text: '30,000', sentence: 'Some 30,000 troops.', documentTitle: 'Drills' },
    ]);
    const second = page([{ id: 'c', text: 'x', documentTitle: 'Drills' }]);
    const before = JSON.stringify([first, second]);
    const titles = new Map<string, string>();
    shareRepeatedStrings(first, titles);
    shareRepeatedStrings(second, titles);
    expect(JSON.stringify([first, second])).toBe(before);
    expect(Object.keys(first[1]!)).toEqual(['id', 'text', 'sentence', 'documentTitle']);
    expect(titles.size).toBe(1);
  });
});
