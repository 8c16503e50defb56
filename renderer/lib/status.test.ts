import { describe, expect, it } from 'vitest';
import { progressOf } from './status';

const counts = (unchecked: number, verified: number) => ({ unchecked, verified, disputed: 0, unsourced: 0 });

describe('the share of claims checked, as the header says it', () => {
  it('is never 0% once a claim is checked, nor 100% while one is left', () => {
    expect(progressOf(counts(119, 1)).percentText).toBe('<1');
    expect(progressOf(counts(1, 999)).percentText).toBe('99');
    expect(progressOf(counts(0, 1000)).percentText).toBe('100');
    expect(progressOf(counts(120, 0)).percentText).toBe('0');
    expect(progressOf(counts(0, 0)).percentText).toBe('0');
    expect(progressOf(counts(3, 1))).toMatchObject({ checked: 1, total: 4, percent: 25, percentText: '25' });
  });
});
