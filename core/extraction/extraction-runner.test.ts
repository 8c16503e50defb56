import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { inlineRunner, workerRunner } from './extraction-runner';

// The worker is the real bundle that the shells load (built by the test run's global setup).
const builtWorker = new URL('../../dist/workers/extract-worker.mjs', import.meta.url);

describe('extraction runners', () => {
  it('find the same claims in a worker thread as on this thread, with progress', async () => {
    const seed = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
    const text = Array.from({ length: 40 }, () => seed).join('\n\n');
    const progress: number[] = [];
    const inWorker = await workerRunner(builtWorker).extract({ text }, (fraction) => progress.push(fraction));
    const inline = await inlineRunner.extract({ text });
    expect(inWorker.claims.map((c) => [c.start, c.end, c.kind])).toEqual(
      inline.claims.map((c) => [c.start, c.end, c.kind]),
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('rejects when the worker script cannot run', async () => {
    await expect(
      workerRunner(new URL('file:///nonexistent/worker.mjs')).extract({ text: 'x' }),
    ).rejects.toThrow();
  });
});
