import { describe, expect, it } from 'vitest';
import { shownLine } from './filter-bar';

describe('the claims count line', () => {
  it('says how many claims, and how many a filter shows', () => {
    expect(shownLine(1200, 1200, null)).toBe('1,200 claims');
    expect(shownLine(12, 1200, null)).toBe('12 of 1,200 claims');
  });

  it('while the list arrives, gives the claims so far against the whole, never as the whole', () => {
    expect(shownLine(6000, 6000, { of: 100_020 })).toBe('6,000 of 100,020 claims · loading…');
    // A filter over the claims so far, or one draft (whose own count is not known yet).
    expect(shownLine(12, 6000, { of: 100_020 })).toBe('12 of 6,000 claims · loading…');
    expect(shownLine(30, 30, { of: null })).toBe('30 claims · loading…');
    // A project's count from before claims were added: the claims in already are the most it says.
    expect(shownLine(1200, 1200, { of: 1000 })).toBe('1,200 claims · loading…');
  });
});
