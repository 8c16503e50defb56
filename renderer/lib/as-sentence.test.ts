import { describe, expect, it } from 'vitest';
import { asSentence } from './format';

describe('a claim read out as a sentence', () => {
  it('gets one full stop, never two', () => {
    expect(asSentence('Some 13,000 soldiers')).toBe('Some 13,000 soldiers.');
    expect(asSentence('…along the border with Ukraine.')).toBe('…along the border with Ukraine.');
    expect(asSentence('from February 10 to 20 …')).toBe('from February 10 to 20 …');
    expect(asSentence('“We will not retreat.”')).toBe('“We will not retreat.”');
    expect(asSentence('Is it true? ')).toBe('Is it true?');
  });
});
