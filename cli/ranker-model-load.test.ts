import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';

/*
 * The ranker's model (1.6 MB) is parsed only by a command that ranks. The real bin runs with a
 * module loaded first (`node --import`) that counts the JSON texts of the model parsed in the process
 * and says how many on stderr as it exits.
 */
const PROBE = `data:text/javascript,${encodeURIComponent(`
  const parse = JSON.parse;
  let parsed = 0;
  JSON.parse = function (text, reviver) {
    if (typeof text === 'string' && text.startsWith('{"format":"factdesk-ranker"')) parsed += 1;
    return parse.call(this, text, reviver);
  };
  process.on('exit', () => process.stderr.write('ranker models parsed: ' + parsed + '\\n'));
`)}`;

function probed(args: string[], input?: string): { code: number | null; stdout: string; models: number } {
  const run = spawnSync(process.execPath, ['--import', PROBE, 'bin/factdesk.mjs', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, FACTDESK_CHECKER: 'Cli Tester', FACTDESK_PASSPHRASE: '' },
  });
  const count = /ranker models parsed: (\d+)\n$/.exec(run.stderr);
  expect(count, run.stderr).not.toBeNull();
  return { code: run.status, stdout: run.stdout, models: Number(count?.[1]) };
}

describe('the ranker model is loaded when a command ranks', () => {
  it('is not parsed by commands that list and mark claims', async () => {
    const dir = join(await tempDir(), 'desk.factdesk');
    expect(factdesk(['new', dir, '--title', 'Belarus']).code).toBe(0);
    expect(factdesk(['import', dir, SEED_SAMPLE]).code).toBe(0);

    const listed = probed(['claims', dir, '--json']);
    expect(listed.code).toBe(0);
    expect(listed.models).toBe(0);
    const id = (JSON.parse(listed.stdout) as { id: string }[])[0]?.id ?? '';
    const marked = probed(['mark', dir, id, 'verified']);
    expect(marked.code).toBe(0);
    expect(marked.models).toBe(0);
  });

  it('is parsed once by factdesk rank, however many sentences it scores', () => {
    const ranked = probed(['rank'], 'Unemployment fell to 3.5 percent in 2019.\nThank you.\n');
    expect(ranked.code).toBe(0);
    expect(ranked.stdout.trim().split('\n')).toHaveLength(2);
    expect(ranked.models).toBe(1);
  });
});
