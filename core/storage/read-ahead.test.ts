import { describe, expect, it } from 'vitest';
import { inOrderWithReadAhead } from './read-ahead';

/** A load whose promise the test settles by hand, so the order of settling is chosen, not timed. */
function manualLoads() {
  const pending = new Map<number, { resolve: (value: string) => void; reject: (error: Error) => void }>();
  const load = (item: number) =>
    new Promise<string>((resolve, reject) => pending.set(item, { resolve, reject }));
  return { pending, load };
}

async function collect<R>(generator: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const value of generator) out.push(value);
  return out;
}

describe('inOrderWithReadAhead', () => {
  it('yields in order however the loads settle, with at most `ahead` loads beyond the awaited one', async () => {
    const { pending, load } = manualLoads();
    const results = collect(inOrderWithReadAhead([0, 1, 2, 3, 4, 5], 2, load));
    await Promise.resolve();
    expect([...pending.keys()]).toEqual([0, 1, 2]);
    pending.get(2)!.resolve('two');
    pending.get(1)!.resolve('one');
    pending.get(0)!.resolve('zero');
    await new Promise((done) => setImmediate(done));
    for (const item of [3, 4, 5]) pending.get(item)!.resolve(`#${item}`);
    expect(await results).toEqual(['zero', 'one', 'two', '#3', '#4', '#5']);
  });

  it('throws the first failure in order, even when a later load failed first', async () => {
    const { pending, load } = manualLoads();
    const results = collect(inOrderWithReadAhead([0, 1, 2], 2, load));
    await Promise.resolve();
    pending.get(2)!.reject(new Error('third'));
    pending.get(1)!.reject(new Error('second'));
    pending.get(0)!.resolve('first');
    await expect(results).rejects.toThrow('second');
  });
});
