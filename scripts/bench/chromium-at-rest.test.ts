import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { untilChromiumRests } from './chromium-at-rest';

const hasProc = existsSync('/proc/self/stat');

describe('untilChromiumRests', () => {
  it('does not wait when no Chromium runs below this process', async () => {
    expect(await untilChromiumRests()).toBe(0);
  });

  it.skipIf(!hasProc)(
    'waits while a process named like Chromium is busy, and stops once it is idle',
    async () => {
      // A stand-in busy for 1.2 s, then idle until it is stopped: its command line names "chromium".
      const child = spawn(process.execPath, [
        '-e',
        'const end = Date.now() + 1200; while (Date.now() < end); setTimeout(() => {}, 60000);',
        'chromium-stand-in',
      ]);
      try {
        await new Promise((done) => setTimeout(done, 100));
        const waited = await untilChromiumRests();
        expect(waited).toBeGreaterThanOrEqual(800);
        expect(waited).toBeLessThan(5000);
      } finally {
        child.kill();
      }
    },
  );
});
