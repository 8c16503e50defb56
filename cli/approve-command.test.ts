import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefusal, factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';

interface JsonClaim {
  id: string;
  status: string;
  approval?: { by: string; at: string };
  history: { action: string; by: string; to?: string }[];
}

function claims(dir: string): JsonClaim[] {
  return JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
}

// Runs the real bin several times; on a busy machine that takes a while.
describe('factdesk approve (the real bin)', { timeout: 180_000 }, () => {
  it('signs off a verdict by someone else, refuses its checker, and a new verdict takes it back', async () => {
    const dir = join(await tempDir(), 'Desk.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    expect(factdesk(['import', dir, SEED_SAMPLE]).code).toBe(0);
    const id = claims(dir)[0]!.id;

    expectRefusal(
      factdesk(['approve', dir, id, '--by', 'Eve']),
      /\[refused\]: Only a verdict can be approved/,
    );
    expect(factdesk(['mark', dir, id, 'verified', '--by', 'Ana']).code).toBe(0);
    expectRefusal(
      factdesk(['approve', dir, id, '--by', 'Ana']),
      /\[refused\]: Ana gave this verdict, so someone else must approve it\.\n/,
    );

    const run = factdesk(['approve', dir, id, '--by', 'Eve']);
    expect(run.stdout).toBe(`Claim ${id} (verified) is approved by Eve.\n`);
    const approved = claims(dir).find((c) => c.id === id)!;
    expect(approved.approval?.by).toBe('Eve');
    expect(approved.history.at(-1)).toMatchObject({ action: 'approved', by: 'Eve', to: 'verified' });

    expect(factdesk(['approve', dir, id, '--withdraw', '--by', 'Eve']).stdout).toBe(
      `Claim ${id} (verified) is not approved.\n`,
    );
    expect(factdesk(['approve', dir, id, '--by', 'Eve']).code).toBe(0);
    expect(factdesk(['mark', dir, id, 'disputed', '--by', 'Ana']).code).toBe(0);
    expect(claims(dir).find((c) => c.id === id)!.approval).toBeUndefined();
    expect(factdesk(['--help']).stdout).toContain('factdesk approve DIR CLAIM_ID [--by NAME] [--withdraw]');
  });
});
