import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { keepCrashReportsLocal, LOCAL_CRASH_REPORTS } from './crash-reports';

const electronFolder = path.resolve(import.meta.dirname, '..');

/** Every TypeScript source under electron/ (tests and test support left out). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('crash reports', () => {
  it('are started with uploads off and nowhere to send them', () => {
    const crashReporter = { start: vi.fn() };
    keepCrashReportsLocal(crashReporter);
    expect(crashReporter.start).toHaveBeenCalledTimes(1);
    const options = crashReporter.start.mock.calls[0]![0] as Record<string, unknown>;
    expect(options.uploadToServer).toBe(false);
    expect(options).not.toHaveProperty('submitURL');
    expect(LOCAL_CRASH_REPORTS.uploadToServer).toBe(false);
  });

  it('are started nowhere else in the Electron code', () => {
    const starts = sources(electronFolder).filter((file) =>
      /crashReporter\s*\.\s*start\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(starts.map((file) => path.relative(electronFolder, file))).toEqual([
      path.join('main', 'crash-reports.ts'),
    ]);
  });
});
