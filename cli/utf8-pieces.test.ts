// Long outputs are encoded as UTF-8 into buffers of a fixed size: every character whole, in order,
// no buffer given twice, and what was made before a failure is still given.
import { describe, expect, it } from 'vitest';
import { utf8Pieces } from './utf8-pieces';

async function* from(parts: readonly string[], failAfter = Infinity): AsyncGenerator<string> {
  for (const [index, part] of parts.entries()) {
    if (index >= failAfter) throw new Error('damaged');
    yield part;
  }
}

async function collect(pieces: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const piece of pieces) out.push(piece);
  return out;
}

const parts = [
  '[\n',
  '{"a":"é✓"}',
  ',\n',
  '{"b":"😀 two 😀"}',
  '',
  'plain ascii, longer than a piece',
  '\n]\n',
];
const whole = parts.join('');

describe('utf8Pieces', () => {
  for (const size of [4, 5, 7, 16, 1024]) {
    it(`gives the UTF-8 of the strings in pieces of at most ${size} bytes`, async () => {
      const pieces = await collect(utf8Pieces(from(parts), size));
      expect(Buffer.concat(pieces).equals(Buffer.from(whole, 'utf8'))).toBe(true);
      for (const piece of pieces.slice(0, -1)) {
        expect(piece.length).toBeLessThanOrEqual(size);
        // Full but for a character that did not fit whole (at most 3 bytes short).
        expect(piece.length).toBeGreaterThan(size - 4);
        // Each piece ends on a character's end: it decodes alone.
        expect(Buffer.from(piece).toString('utf8')).not.toContain('\uFFFD');
      }
      // Read only now, after every piece was made: a buffer written again would show here.
      expect(Buffer.concat(pieces).toString('utf8')).toBe(whole);
    });
  }

  it('gives nothing for no strings', async () => {
    expect(await collect(utf8Pieces(from([]), 64))).toEqual([]);
    expect(await collect(utf8Pieces(from(['', '']), 64))).toEqual([]);
  });

  it('gives what was made before a failure, then the failure', async () => {
    const got: string[] = [];
    const run = async () => {
      for await (const piece of utf8Pieces(from(parts, 3), 1024))
        got.push(Buffer.from(piece).toString('utf8'));
    };
    await expect(run()).rejects.toThrow('damaged');
    expect(got.join('')).toBe(parts.slice(0, 3).join(''));
  });
});
