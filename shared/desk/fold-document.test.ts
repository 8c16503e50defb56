import { describe, expect, it } from 'vitest';
import {
  testCitation as citation,
  testClaim as claim,
  testDraft,
} from '../../test-support/claims/small-draft';
import type { Claim, FactdeskDocument } from '../domain';
import { copyJson } from './copy-json';
import { opsForClaim } from './claim-ops';
import type { DeskEntry, DeskOp } from './entry';
import { foldDocument } from './fold-document';
import { newReplicaState, takeIn, writeEntry, type ReplicaState } from './replica';

const T0 = Date.parse('2024-05-01T09:00:00.000Z');

const base = testDraft([claim('c1', { citations: [citation('s1', 'Census')] }), claim('c2')]);

/** One checker's copy of the project: its log, and the document folded from it. */
class Desk {
  state: ReplicaState;
  readonly log = new Map<string, DeskEntry>();
  clock: number;

  constructor(
    readonly replica: string,
    readonly checker: string,
    skewMs = 0,
  ) {
    this.state = newReplicaState(replica);
    this.clock = T0 + skewMs;
  }

  get doc(): FactdeskDocument {
    return foldDocument(base, this.log.values());
  }

  claim(id: string): Claim {
    const found = this.doc.claims.find((entry) => entry.id === id);
    if (!found) throw new Error(`no claim ${id}`);
    return found;
  }

  /** Changes one claim as the write path would, logging the operations that make the change. */
  edit(id: string, change: (claim: Claim) => void): void {
    const before = this.claim(id);
    const after = copyJson(before);
    change(after);
    this.write(opsForClaim(before, after));
  }

  write(ops: DeskOp[]): void {
    this.clock += 1000;
    const { entry, state } = writeEntry(this.state, { by: this.checker, document: 'd1', ops }, this.clock);
    this.state = state;
    this.log.set(`${entry.replica}:${entry.seq}`, entry);
  }

  /** Takes in another copy's log, as a git fetch and merge does. */
  pull(other: Desk): void {
    for (const [key, entry] of other.log) this.log.set(key, entry);
    this.state = takeIn(this.state, other.log.values());
  }
}

function pair(): [Desk, Desk] {
  return [new Desk('ra', 'Ana'), new Desk('rb', 'Ben')];
}

describe('folding checkers’ changes', () => {
  it('keeps changes to different claims, and to different fields of one claim, from both sides', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => (c.status = 'verified'));
    b.edit('c2', (c) => (c.status = 'disputed'));
    b.edit('c1', (c) => (c.note = 'Checked with the ministry.'));
    a.pull(b);
    b.pull(a);
    for (const desk of [a, b]) {
      expect(desk.claim('c1')).toMatchObject({ status: 'verified', note: 'Checked with the ministry.' });
      expect(desk.claim('c2').status).toBe('disputed');
      expect(desk.claim('c1').contested).toBeUndefined();
    }
    expect(a.doc).toEqual(b.doc);
  });

  it('keeps a citation added on either side; a removal removes only what its writer had seen', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => c.citations.push(citation('s2', 'Ministry report')));
    b.edit('c1', (c) => (c.citations = [])); // Ben removes s1, the only citation he has seen
    a.pull(b);
    b.pull(a);
    for (const desk of [a, b]) {
      expect(desk.claim('c1').citations.map((c) => c.id)).toEqual(['s2']);
    }
  });

  it('keeps a citation replaced on one side while the other removed its old version', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => (c.citations[0] = { ...c.citations[0]!, title: 'Census 2021' }));
    b.edit('c1', (c) => (c.citations = []));
    a.pull(b);
    b.pull(a);
    expect(a.claim('c1').citations.map((c) => c.title)).toEqual(['Census 2021']);
    expect(b.doc).toEqual(a.doc);
  });

  it('makes two different verdicts given concurrently contested, with who and when, until someone who saw both settles it', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => (c.status = 'verified'));
    b.edit('c1', (c) => (c.status = 'disputed'));
    a.pull(b);
    b.pull(a);
    const contested = a.claim('c1');
    expect(contested.status).toBe('unchecked');
    expect(contested.contested).toEqual([
      { status: 'verified', by: 'Ana', at: '2024-05-01T09:00:01.000Z' },
      { status: 'disputed', by: 'Ben', at: '2024-05-01T09:00:01.000Z' },
    ]);
    expect(b.claim('c1')).toEqual(contested);

    b.edit('c1', (c) => {
      c.status = 'disputed';
      delete c.contested;
    });
    expect(b.claim('c1')).toMatchObject({ status: 'disputed' });
    expect(b.claim('c1').contested).toBeUndefined();
    a.pull(b);
    expect(a.claim('c1').status).toBe('disputed');
    expect(a.claim('c1').contested).toBeUndefined();
  });

  it('keeps a contest open when the next verdict comes from someone who had not seen both', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => (c.status = 'verified'));
    b.edit('c1', (c) => (c.status = 'disputed'));
    b.edit('c1', (c) => (c.status = 'unsourced')); // Ben has still not seen Ana's verdict
    a.pull(b);
    expect(a.claim('c1').contested?.map((value) => 'status' in value && value.status)).toEqual([
      'verified',
      'unsourced',
    ]);
  });

  it('does not contest the same verdict given on both sides', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => (c.status = 'verified'));
    b.edit('c1', (c) => (c.status = 'verified'));
    a.pull(b);
    expect(a.claim('c1').status).toBe('verified');
    expect(a.claim('c1').contested).toBeUndefined();
  });

  it('contests two different notes and shows the latest meanwhile', () => {
    const [a, b] = pair();
    b.clock += 5000;
    a.edit('c1', (c) => (c.note = 'Ana: source is the 2021 census.'));
    b.edit('c1', (c) => (c.note = 'Ben: the figure is from 2019.'));
    a.pull(b);
    const c1 = a.claim('c1');
    expect(c1.note).toBe('Ben: the figure is from 2019.');
    expect(c1.contested?.map((value) => ('note' in value ? value.by : ''))).toEqual(['Ana', 'Ben']);
    expect(c1.status).toBe('unchecked');
  });

  it('keeps a claim one checker removed while the other worked on it', () => {
    const [a, b] = pair();
    a.write([{ op: 'remove', claim: 'c2' }]);
    b.edit('c2', (c) => (c.note = 'Still needed.'));
    a.pull(b);
    expect(a.claim('c2').note).toBe('Still needed.');
    const [c, d] = pair();
    c.write([{ op: 'remove', claim: 'c2' }]);
    d.pull(c);
    expect(d.doc.claims.map((entry) => entry.id)).toEqual(['c1']);
  });

  it('takes a sign-off back when the claim changes after it, here or on another copy', () => {
    const [a, b] = pair();
    a.edit('c1', (c) => (c.status = 'verified'));
    b.pull(a);
    b.write([{ op: 'approve', claim: 'c1' }]);
    expect(b.claim('c1').approval).toEqual({ by: 'Ben', at: '2024-05-01T09:00:01.000Z' });
    a.edit('c1', (c) => c.citations.push(citation('s3', 'Late source'))); // before seeing the approval
    a.pull(b);
    b.pull(a);
    expect(a.claim('c1').approval).toBeUndefined();
    expect(b.claim('c1').approval).toBeUndefined();
    b.write([{ op: 'approve', claim: 'c1' }]);
    expect(b.claim('c1').approval?.by).toBe('Ben');
  });

  it('shows every checker’s changes in the claim’s history in clock order, whatever the wall clocks say', () => {
    const a = new Desk('ra', 'Ana', 60_000); // Ana's clock runs a minute fast
    const b = new Desk('rb', 'Ben');
    a.edit('c1', (c) => (c.note = 'first'));
    b.pull(a);
    b.edit('c1', (c) => (c.note = 'second')); // Ben's wall clock is earlier, but he had seen Ana's note
    a.pull(b);
    const notes = a.claim('c1').history.filter((line) => line.action === 'note');
    expect(notes.map((line) => [line.by, line.to])).toEqual([
      ['Ana', 'first'],
      ['Ben', 'second'],
    ]);
    expect(a.claim('c1').note).toBe('second');
    expect(a.claim('c1').contested).toBeUndefined();
  });

  it('gives the write path’s result for this copy’s own changes', () => {
    const a = new Desk('ra', 'Ana');
    const before = a.claim('c1');
    const after = copyJson(before);
    after.status = 'verified';
    after.note = 'ok';
    after.assignee = 'Ben';
    after.citations.push(citation('s9', 'New'));
    after.citations[0] = { ...after.citations[0]!, quote: 'p. 4' };
    a.write(opsForClaim(before, after));
    const folded = a.claim('c1');
    expect({ ...folded, history: [], updatedAt: '' }).toEqual({ ...after, history: [], updatedAt: '' });
  });
});
