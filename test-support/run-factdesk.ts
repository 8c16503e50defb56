import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** What one run of the CLI did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `factdesk` bin (the bundle the test setup builds), as checker "Cli Tester", with no passphrase. */
export function factdesk(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): CliRun {
  const result = spawnSync(process.execPath, ['bin/factdesk.mjs', ...args], {
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, FACTDESK_CHECKER: 'Cli Tester', FACTDESK_PASSPHRASE: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A refusal: its code and one sentence on stderr, no stack trace, a non-zero exit. */
export function expectRefusal(run: CliRun, message: RegExp): void {
  expect(run.code, run.stdout).not.toBe(0);
  expect(run.stderr).toMatch(/^factdesk \[[a-z-]+\]: .*\n(Run `factdesk --help` for usage\.\n)?$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toMatch(message);
}
