import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../shared/ipc/views';
import { testClaimRow } from '../../test-support/claims/small-draft';
import { ClaimRecords } from './claim-records';

/** Answers `claim:get` from `server` when told to, so a test decides what crosses what. */
function loader(server: Map<string, ClaimRow>) {
  const waiting: (() => void)[] = [];
  let asked = 0;
  const load = (claimId: string) =>
    new Promise<ClaimRow>((resolve, reject) => {
      asked++;
      const answer = server.get(claimId);
      waiting.push(() => (answer ? resolve(answer) : reject(new Error(`There is no claim ${claimId}.`))));
    });
  const answerAll = async () => {
    while (waiting.length > 0) waiting.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { load, answerAll, asked: () => asked };
}

describe('the full records of the claims Claim details shows', () => {
  it('are fetched once when wanted and told to the claim’s subscribers', async () => {
    const server = new Map([['a', testClaimRow('a', { note: 'first' })]]);
    const { load, answerAll, asked } = loader(server);
    const records = new ClaimRecords(load);
    let told = 0;
    records.subscribe('a', () => told++);
    records.want('a');
    records.want('a');
    expect(asked()).toBe(1);
    expect(records.get('a')).toBeUndefined();
    await answerAll();
    expect(records.get('a')?.note).toBe('first');
    expect(told).toBe(1);
  });

  it('drop a fetch a change overtook, and keep what the change returned', async () => {
    const server = new Map([['a', testClaimRow('a', { note: 'old' })]]);
    const { load, answerAll } = loader(server);
    const records = new ClaimRecords(load);
    records.subscribe('a', () => {});
    records.want('a');
    records.took([testClaimRow('a', { note: 'new' })], []);
    await answerAll();
    expect(records.get('a')?.note).toBe('new');
  });

  it('fetch the shown records again after a reload, let go of the others, and forget removed claims', async () => {
    const server = new Map([
      ['a', testClaimRow('a', { note: 'a1' })],
      ['b', testClaimRow('b', { note: 'b1' })],
    ]);
    const { load, answerAll } = loader(server);
    const records = new ClaimRecords(load);
    const stop = records.subscribe('a', () => {});
    records.subscribe('b', () => {});
    records.want('a');
    records.want('b');
    await answerAll();
    stop();
    server.set('b', testClaimRow('b', { note: 'b2' }));
    records.refresh();
    await answerAll();
    expect(records.get('a')).toBeUndefined();
    expect(records.get('b')?.note).toBe('b2');
    records.took([], ['b']);
    expect(records.get('b')).toBeUndefined();
  });
});
