import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCitation as citation, testClaim, testDraft } from '../../test-support/claims/small-draft';
import type { Citation, Claim, ClaimStatus, FactdeskDocument } from '../domain';
import { claimStatuses } from '../domain';
import { opsForClaim } from './claim-ops';
import { copyJson } from './copy-json';
import {
  BASE_STAMP,
  compareStamps,
  entryKey,
  hadSeen,
  stampOf,
  type DeskEntry,
  type DeskOp,
  type OpStamp,
} from './entry';
import { foldDocument } from './fold-document';
import { mergeLogs, newReplicaState, takeIn, writeEntry, type ReplicaState } from './replica';

/*
 * Checkers on 2–4 copies of a project edit claims and exchange logs at random, with clocks that
 * disagree and go backwards. After every local change the fold must give what the write path made;
 * at the end every copy, having taken in all the others, must hold the same document, and the
 * document must be what an independent reading of the operations says: nothing lost, and contested
 * exactly where concurrent different values exist.
 */

const RUNS = 300;

function claim(id: string, citations: Citation[] = []): Claim {
  return testClaim(id, { citations, history: [] });
}

const base = testDraft([claim('c1', [citation('s1', 'Census')]), claim('c2'), claim('c3')]);

const T0 = Date.parse('2024-05-01T09:00:00.000Z');
const notes = ['', 'alpha', 'beta'];

interface Copy {
  state: ReplicaState;
  log: Map<string, DeskEntry>;
  now: number;
  readonly checker: string;
}

type Step =
  | { kind: 'edit'; who: number; what: number; pick: number; value: number; dt: number }
  | { kind: 'sync'; from: number; to: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    who: fc.nat(3),
    what: fc.nat(13),
    pick: fc.nat(99),
    value: fc.nat(99),
    dt: fc.integer({ min: -3000, max: 3000 }),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(3) }),
);

const scenarioArb = fc.record({
  copies: fc.integer({ min: 2, max: 4 }),
  steps: fc.array(stepArb, { maxLength: 50 }),
  picks: fc.array(fc.nat(10_000), { minLength: 3, maxLength: 3 }),
  seed: fc.nat(),
});

/** A claim changed as the write path changes it: a new verdict or note settles a contest, a change voids a sign-off. */
function change(
  copy: Copy,
  doc: FactdeskDocument,
  step: Extract<Step, { kind: 'edit' }>,
): { ops: DeskOp[]; after?: Claim } | null {
  const claims = doc.claims;
  if (claims.length === 0 && step.what !== 7) return null;
  const before = claims[step.pick % Math.max(claims.length, 1)];
  const after = before ? copyJson(before) : undefined;
  const voids = () => delete after!.approval;
  const tag = `${copy.state.replica}x${copy.state.seq + 1}`;
  switch (step.what) {
    case 0:
    case 10:
      after!.status = claimStatuses[step.value % 4] as ClaimStatus;
      after!.contested = after!.contested?.filter((value) => !('status' in value));
      if (after!.contested?.length === 0) delete after!.contested;
      voids();
      break;
    case 1:
      after!.note = notes[step.value % 3]!;
      after!.contested = after!.contested?.filter((value) => !('note' in value));
      if (after!.contested?.length === 0) delete after!.contested;
      voids();
      break;
    case 2:
      if (step.value % 3 === 0) delete after!.assignee;
      else after!.assignee = ['Ana', 'Ben'][step.value % 2];
      break;
    case 3:
      after!.citations.push(citation(`s${tag}`, `Source ${tag}`));
      voids();
      break;
    case 4:
      after!.citations.splice(step.value % Math.max(after!.citations.length, 1), 1);
      voids();
      break;
    case 5: {
      const index = step.value % Math.max(after!.citations.length, 1);
      if (!after!.citations[index]) return null;
      after!.citations[index] = { ...after!.citations[index], title: `Edited ${tag}` };
      voids();
      break;
    }
    case 6:
      return { ops: [{ op: 'remove', claim: before!.id }] };
    case 7:
      return { ops: [{ op: 'add', claim: claim(`c${tag}`) }] };
    case 8:
      after!.approval = { by: copy.checker, at: '2024-05-01T00:00:00.000Z' };
      break;
    case 9:
      delete after!.approval;
      break;
    case 11:
      after!.text = `Statement ${tag}`;
      voids();
      break;
    case 12:
      after!.start = step.value % 3;
      voids();
      break;
    case 13:
      return {
        ops: [
          { op: 'history', claim: before!.id, action: 'merged', from: 'x', to: tag },
          { op: 'dismiss', quote: `q${step.value % 5}` },
        ],
      };
  }
  const ops = opsForClaim(before, after);
  return ops.length > 0 ? { ops, after } : null;
}

/** What the write path and the fold must agree on (history and times are stamped differently). */
function comparable(claims: Claim[]): unknown {
  return claims.map(({ history: _h, updatedAt: _u, approval, ...rest }) => ({
    ...rest,
    approval: approval?.by,
  }));
}

function run(scenario: Scenario) {
  const copies: Copy[] = Array.from({ length: scenario.copies }, (_, index) => ({
    state: newReplicaState(`r${index}`),
    log: new Map(),
    now: T0 + index * 777,
    checker: ['Ana', 'Ben', 'Cleo', 'Dev'][index]!,
  }));
  const snapshots: Map<string, DeskEntry>[] = [];
  for (const step of scenario.steps) {
    if (step.kind === 'sync') {
      const from = copies[step.from % copies.length]!;
      const to = copies[step.to % copies.length]!;
      for (const [key, entry] of from.log) to.log.set(key, entry);
      to.state = takeIn(to.state, from.log.values());
      snapshots.push(new Map(to.log));
      continue;
    }
    const copy = copies[step.who % copies.length]!;
    copy.now += step.dt;
    const doc = foldDocument(base, copy.log.values());
    const made = change(copy, doc, step);
    if (!made) continue;
    const written = writeEntry(copy.state, { by: copy.checker, document: 'd1', ops: made.ops }, copy.now);
    copy.state = written.state;
    copy.log.set(entryKey(written.entry), written.entry);
    snapshots.push(new Map(copy.log));
    if (made.after) {
      const folded = foldDocument(base, copy.log.values()).claims.find((c) => c.id === made.after!.id);
      expect(comparable([folded!])).toEqual(comparable([made.after]));
    }
  }
  return { copies, snapshots };
}

type Scenario = { copies: number; steps: Step[]; picks: number[]; seed: number };

function fullySynced(copies: Copy[]): Map<string, DeskEntry> {
  return mergeLogs(...copies.map((copy) => copy.log));
}

describe('merging checkers’ logs (fast-check)', () => {
  it('converges: every copy that has taken in every log holds the same document', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { copies } = run(scenario);
        const all = fullySynced(copies);
        const folded = copies.map((copy) => {
          for (const [key, entry] of all) copy.log.set(key, entry);
          return JSON.stringify(foldDocument(base, copy.log.values()));
        });
        expect(new Set(folded).size).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('is commutative, associative and idempotent, and any delivery order (with repeats) gives the same document', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { snapshots, copies } = run(scenario);
        const pick = (n: number) => snapshots[n % Math.max(snapshots.length, 1)] ?? new Map();
        const [a, b, c] = scenario.picks.map(pick) as unknown as [DeskLog, DeskLog, DeskLog];
        const view = (log: DeskLog) => JSON.stringify(foldDocument(base, log.values()));
        expect(view(mergeLogs(a, b))).toBe(view(mergeLogs(b, a)));
        expect(view(mergeLogs(mergeLogs(a, b), c))).toBe(view(mergeLogs(a, mergeLogs(b, c))));
        expect(view(mergeLogs(a, a))).toBe(view(a));
        const all = [...fullySynced(copies).values()];
        const shuffled = fc.sample(fc.shuffledSubarray([...all, ...all], { minLength: all.length * 2 }), {
          numRuns: 1,
          seed: scenario.seed,
        })[0]!;
        expect(JSON.stringify(foldDocument(base, shuffled))).toBe(JSON.stringify(foldDocument(base, all)));
      }),
      { numRuns: RUNS },
    );
  });

  it('loses no change, and contests exactly where concurrent different values exist', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { copies } = run(scenario);
        const entries = [...fullySynced(copies).values()];
        checkAgainstOracle(foldDocument(base, entries), entries);
      }),
      { numRuns: RUNS },
    );
  });

  it('orders every change after every change its writer had seen (hybrid logical clock)', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const entries = [...fullySynced(run(scenario).copies).values()];
        for (const later of entries) {
          for (const earlier of entries) {
            if (earlier !== later && hadSeen(later, 0, stampOf(earlier, 0))) {
              expect(compareStamps(stampOf(earlier, 0), stampOf(later, 0))).toBeLessThan(0);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

type DeskLog = ReadonlyMap<string, DeskEntry>;

interface Seen {
  readonly entry: DeskEntry | null;
  readonly index: number;
  readonly stamp: OpStamp;
}

/** Did the writer of `a` see `b`? (The document as imported is seen by everyone and sees nothing.) */
function saw(a: Seen, b: Seen): boolean {
  if (a.entry === null) return false;
  return hadSeen(a.entry, a.index, b.stamp);
}

/** An independent reading of the operations, claim by claim, compared with the fold's document. */
function checkAgainstOracle(doc: FactdeskDocument, entries: DeskEntry[]): void {
  const ops = entries.flatMap((entry) =>
    entry.ops.map((op, index) => ({ op, entry, index, stamp: stampOf(entry, index) })),
  );
  const baseSeen: Seen = { entry: null, index: 0, stamp: BASE_STAMP };
  const ids = new Set([
    ...base.claims.map((c) => c.id),
    ...ops.flatMap(({ op }) => (op.op === 'add' ? [op.claim.id] : [])),
  ]);
  for (const id of ids) {
    const own = ops.filter(({ op }) => 'claim' in op && (op.op === 'add' ? op.claim.id : op.claim) === id);
    const origin: (Seen & { claim: Claim }) | undefined = base.claims.find((c) => c.id === id)
      ? { ...baseSeen, claim: base.claims.find((c) => c.id === id)! }
      : own
          .filter(({ op }) => op.op === 'add')
          .map((o) => ({ ...o, claim: (o.op as { claim: Claim }).claim }))[0];
    const touches: Seen[] = [origin!, ...own.filter(({ op }) => op.op !== 'remove' && op.op !== 'add')];
    const removals = own.filter(({ op }) => op.op === 'remove');
    const present = touches.some((t) => removals.every((r) => !saw(r, t)));
    const shown = doc.claims.find((c) => c.id === id);
    expect(Boolean(shown)).toBe(present);
    if (!shown) continue;
    for (const field of ['status', 'note'] as const) {
      const writes = [
        { ...origin!, value: origin!.claim[field], by: origin!.entry?.by ?? '' },
        ...own.flatMap((o) =>
          o.op.op === field
            ? [{ ...o, value: (o.op as Record<string, string>)[field]!, by: o.entry.by }]
            : [],
        ),
      ];
      const live = writes.filter((w) => !writes.some((other) => other !== w && saw(other, w)));
      const values = new Set(live.map((w) => w.value));
      const competing = (shown.contested ?? []).filter((value) => field in value);
      if (values.size === 1) {
        expect(shown[field]).toBe(live[0]!.value);
        expect(competing).toEqual([]);
      } else {
        const expected = live
          .sort((a, b) => compareStamps(a.stamp, b.stamp))
          .map((w) => ({ [field]: w.value, by: w.by, at: w.stamp.at }));
        expect(competing).toEqual(expected);
        if (field === 'status') expect(shown.status).toBe('unchecked');
        else expect(shown.note).toBe(live.at(-1)!.value);
      }
    }
    const versions = [
      ...origin!.claim.citations.map((value, position) => ({ ...origin!, value, position })),
      ...own.flatMap((o) => (o.op.op === 'cite' ? [{ ...o, value: o.op.citation, position: 0 }] : [])),
    ];
    const removers = own.filter(({ op }) => op.op === 'uncite');
    const expectedCitations = [...new Set(versions.map((v) => v.value.id))]
      .map((citationId) => {
        const mine = versions.filter((v) => v.value.id === citationId);
        const live = mine.filter(
          (v) =>
            !mine.some((other) => other !== v && saw(other, v)) &&
            !removers.some((r) => (r.op as { citation: string }).citation === citationId && saw(r, v)),
        );
        const first = [...mine].sort(
          (a, b) => compareStamps(a.stamp, b.stamp) || a.position - b.position,
        )[0]!;
        const latest = live.sort((a, b) => compareStamps(a.stamp, b.stamp)).at(-1);
        return { first, latest };
      })
      .filter(({ latest }) => latest !== undefined)
      .sort((a, b) => compareStamps(a.first.stamp, b.first.stamp) || a.first.position - b.first.position)
      .map(({ latest }) => latest!.value);
    expect(shown.citations).toEqual(expectedCitations);
    const approvals = own
      .filter(({ op }) => op.op === 'approve' || op.op === 'unapprove')
      .sort((a, b) => compareStamps(a.stamp, b.stamp));
    const latestApproval = approvals.at(-1);
    const changes = [
      origin!,
      ...own.filter(({ op }) => ['status', 'note', 'statement', 'shape', 'cite', 'uncite'].includes(op.op)),
    ];
    const holds =
      latestApproval?.op.op === 'approve' && changes.every((c) => c === origin || saw(latestApproval, c));
    expect(shown.approval?.by).toBe(holds ? latestApproval.entry.by : undefined);
  }
}
