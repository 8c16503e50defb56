import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../shared/ipc/contract';
import { writeEnvelope } from './json-reply';

/** Writes through a stream read slowly (small high-water mark), so drains really happen. */
let listeners = { drain: 0, close: 0 };

async function written(envelope: Envelope<unknown>): Promise<{ text: string; writes: number }> {
  const out = new PassThrough({ highWaterMark: 1024 });
  let writes = 0;
  const write = out.write.bind(out);
  out.write = ((chunk: unknown, ...rest: never[]) => {
    writes++;
    return write(chunk as string, ...rest);
  }) as typeof out.write;
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((done) => out.on('end', done));
  const baseline = { drain: out.listenerCount('drain'), close: out.listenerCount('close') };
  await writeEnvelope(out, envelope);
  // What the writer left attached (none: a long answer must not pile up listeners per piece).
  listeners = {
    drain: out.listenerCount('drain') - baseline.drain,
    close: out.listenerCount('close') - baseline.close,
  };
  await ended;
  return { text: Buffer.concat(chunks).toString('utf8'), writes };
}

describe('writing an IPC answer', () => {
  it('gives exactly JSON.stringify’s text for long arrays, written in pieces', async () => {
    const items = Array.from({ length: 7001 }, (_, i) =>
      i % 1000 === 5 ? undefined : { id: `c${i}`, text: `« ${i} » \u2028 "quoted" </script>`, n: i / 3 },
    );
    const envelope: Envelope<unknown> = { ok: true, value: items };
    const { text, writes } = await written(envelope);
    expect(text).toBe(JSON.stringify(envelope));
    expect(writes).toBeGreaterThan(3);
    expect(listeners).toEqual({ drain: 0, close: 0 });
  });

  it('writes short answers and refusals in one go', async () => {
    for (const envelope of [
      { ok: true, value: [1, 2, 3] },
      { ok: true, value: { a: 1 } },
      { ok: false, error: { code: 'refused', message: 'No.' } },
      { ok: true, value: [] },
    ] as Envelope<unknown>[]) {
      const { text, writes } = await written(envelope);
      expect(text).toBe(JSON.stringify(envelope));
      expect(writes).toBe(0);
    }
  });

  it('stops when the reader goes away mid-answer', async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    const writing = writeEnvelope(out, { ok: true, value: Array.from({ length: 10_000 }, (_, i) => i) });
    out.destroy();
    await expect(writing).resolves.toBeUndefined();
  });

  it('does not wait for a reader that was gone before the answer was ready', async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    out.on('error', () => {});
    out.destroy();
    await new Promise((done) => out.once('close', done));
    const writing = writeEnvelope(out, { ok: true, value: Array.from({ length: 10_000 }, (_, i) => i) });
    await expect(writing).resolves.toBeUndefined();
  });
});
