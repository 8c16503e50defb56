import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('gives exactly JSON.stringify’s text for a record holding a long array (a claims page), answer after answer', async () => {
    const page = (n: number) => ({
      rows: Array.from({ length: 5000 }, (_, i) => ({
        id: `c${n}-${i}`,
        // Curly quotes, a surrogate pair, and now and then an item longer than a chunk.
        text: i % 1999 === 7 ? '“long” 😀 '.repeat(20_000) : `“${i}” 😀 \u2028 "q" </script>`,
        skipped: undefined,
        n: i / 7,
      })),
      offset: n * 5000,
      total: 100_000,
      gone: undefined,
      say: () => 'functions are left out',
      ...(n === 0 ? { checkers: ['Ana', 'Ben'] } : {}),
      nested: { a: [1, undefined, 'x'], b: null },
    });
    for (let n = 0; n < 3; n++) {
      const envelope = { ok: true, value: page(n) } as Envelope<unknown>;
      const { text, writes } = await written(envelope);
      expect(text).toBe(JSON.stringify(envelope));
      expect(writes).toBeGreaterThan(3);
    }
  });

  it('gives every HTTP answer intact while its chunks are reused for the next ones', async () => {
    const page = (n: number) => ({
      ok: true,
      value: {
        rows: Array.from({ length: 30_000 }, (_, i) => ({
          id: `c${n}-${i}`,
          text: `“${n}” ${i} `.repeat(20),
        })),
        n,
      },
    });
    const server = createServer((request, response) => {
      const n = Number(request.url?.slice(1));
      void writeEnvelope(response, page(n) as Envelope<unknown>);
    });
    // Round 2 reuses round 1's connections: checking 24 MB of answers can outlast Node's 5 s keep-alive
    // on a loaded machine, and a socket the server closes as fetch reuses it is reset (seen in CI).
    server.keepAliveTimeout = 120_000;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      for (let round = 0; round < 2; round++) {
        const texts = await Promise.all(
          [0, 1, 2, 3].map(async (n) => (await fetch(`http://127.0.0.1:${port}/${n}`)).text()),
        );
        texts.forEach((text, n) => expect(text).toBe(JSON.stringify(page(n))));
      }
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
    // Answers of 6 MB each, four at once: more than the sockets take in one go.
  }, 30_000);

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
