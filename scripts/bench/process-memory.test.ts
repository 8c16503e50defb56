import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heldMemoryMiB, largestRendererNow, treeCpuMs } from './process-memory';

const hasRollup = existsSync('/proc/self/smaps_rollup');

describe('heldMemoryMiB', () => {
  it.skipIf(!hasRollup)('reads resident, proportional and private memory of a live process', () => {
    // 64 MiB this process writes to: private pages, resident now.
    const ballast = Buffer.alloc(64 * 2 ** 20, 1);
    const held = heldMemoryMiB(process.pid)!;
    expect(ballast[ballast.length - 1]).toBe(1);
    expect(held.private).toBeGreaterThan(64);
    expect(held.pss).toBeGreaterThanOrEqual(held.private);
    expect(held.rss).toBeGreaterThanOrEqual(held.pss);
  });

  it('is null for a process that is gone, or no process at all', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    const pid = child.pid!;
    await new Promise((done) => child.once('exit', done));
    expect(heldMemoryMiB(pid)).toBeNull();
    expect(heldMemoryMiB(undefined)).toBeNull();
  });
});

describe('largestRendererNow', () => {
  it('is null when no renderer runs below the process', () => {
    expect(largestRendererNow(process.pid, 'chromium')).toBeNull();
  });
});

describe('treeCpuMs', () => {
  it('is null when no process below this one has the name', () => {
    expect(treeCpuMs(process.pid, 'no-such-process-name')).toBeNull();
  });

  it.skipIf(!hasRollup)('counts the CPU time a child named so has used', async () => {
    // Busy until it has used 300 ms of CPU (however busy the machine is), then says so and idles.
    const child = spawn(process.execPath, [
      '-e',
      'while (process.cpuUsage().user < 300_000); console.log("done"); setTimeout(() => {}, 60000);',
      'cpu-stand-in',
    ]);
    try {
      await new Promise((done) => child.stdout.once('data', done));
      // Ticks are 10 ms; the child's own start adds to it, never takes away.
      expect(treeCpuMs(process.pid, 'cpu-stand-in')).toBeGreaterThanOrEqual(290);
    } finally {
      child.kill();
    }
  });
});
