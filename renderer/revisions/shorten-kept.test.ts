import { describe, expect, it } from 'vitest';
import { shortenKept } from './shorten-kept';

describe('kept text in Compare versions', () => {
  it('stays whole when short', () => {
    expect(shortenKept('Some 13,000 soldiers.')).toBe('Some 13,000 soldiers.');
  });

  it('keeps its ends cut between words, never inside a word or a figure', () => {
    const words = Array.from({ length: 120 }, (_, i) => (i === 100 ? '100,000' : `word${i}`));
    const text = words.join(' ');
    const short = shortenKept(text);
    expect(short.length).toBeLessThan(text.length);
    const [head, tail] = short.split(' … ');
    expect(text.startsWith(head!)).toBe(true);
    expect(text.endsWith(tail!)).toBe(true);
    const whole = new Set(words);
    for (const part of [head!, tail!]) for (const word of part.split(' ')) expect(whole.has(word)).toBe(true);
    expect(head!.length).toBeGreaterThan(110);
    expect(tail!.length).toBeGreaterThan(110);
  });

  it('cuts a text without spaces where it must', () => {
    const text = 'x'.repeat(1_000);
    expect(shortenKept(text)).toBe(`${'x'.repeat(160)} … ${'x'.repeat(160)}`);
  });
});
