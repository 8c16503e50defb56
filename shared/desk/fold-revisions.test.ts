import { describe, expect, it } from 'vitest';
import type { Claim, FactdeskDocument } from '../domain';
import { testClaim } from '../reports/test-data';
import { testDraft } from '../../test-support/claims/small-draft';
import { shapeOf } from './claim-ops';
import type { DeskEntry, DeskOp } from './entry';
import { foldRevisions, type RevisionBase } from './fold-revisions';
import { newReplicaState, writeEntry } from './replica';

function claim(id: string, text: string, quote: string, status: Claim['status'] = 'unchecked'): Claim {
  return testClaim(text, quote, { id, status, history: [] });
}

const v1 = 'Troops: 100 soldiers arrived.';
const ana = 'Troops: 100 soldiers arrived. Then 40 tanks came.';
const ben = 'Troops: 100 soldiers arrived. Ministers met twice.';

function doc(
  text: string,
  claims: Claim[],
  versions: FactdeskDocument['versions'],
  fileName: string,
): FactdeskDocument {
  return testDraft(claims, {
    text,
    ...(versions ? { versions } : {}),
    ...(fileName !== 'draft.txt'
      ? { revision: { fileName, sourceFormat: 'txt', loadedAt: '2024-05-01T00:00:00.000Z' } }
      : {}),
  });
}

const first = {
  number: 1,
  fileName: 'draft.txt',
  sourceFormat: 'txt',
  loadedAt: '2024-04-30T00:00:00.000Z',
} as const;
const soldiers = claim('c1', v1, '100 soldiers');
const bases: RevisionBase[] = [
  {
    replica: 'ra',
    seq: 0,
    at: '2024-04-30T00:00:00.000Z',
    tick: 0,
    seen: {},
    document: doc(v1, [soldiers], undefined, 'draft.txt'),
  },
  {
    replica: 'ra',
    seq: 0,
    at: '2024-05-01T10:00:00.000Z',
    tick: 0,
    seen: {},
    document: doc(
      ana,
      [soldiers, claim('c2', ana, '40 tanks', 'verified')],
      [{ ...first, text: v1 }],
      'ana.txt',
    ),
  },
  {
    replica: 'rb',
    seq: 0,
    at: '2024-05-01T11:00:00.000Z',
    tick: 0,
    seen: {},
    document: doc(ben, [soldiers], [{ ...first, text: v1 }], 'ben.txt'),
  },
];

describe('folding revisions made on two copies at once', () => {
  it('keeps the later text, the earlier as a version, and carries the earlier side’s own claims, whatever the order', () => {
    const folded = foldRevisions(bases, []);
    expect(foldRevisions([...bases].reverse(), [])).toEqual(folded);
    expect(folded.text).toBe(ben);
    expect(folded.versions?.map((v) => [v.number, v.fileName, v.text])).toEqual([
      [1, 'draft.txt', v1],
      [2, 'ana.txt', ana],
    ]);
    expect(folded.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    // "40 tanks" is not in Ben's text: kept orphaned and flagged, Ana's verdict as its previous one.
    expect(folded.claims[1]).toMatchObject({
      anchoring: 'orphaned',
      needsRecheck: true,
      status: 'unchecked',
      previous: { status: 'verified', quote: '40 tanks' },
    });
  });

  it('adds nothing when the later revision was made after seeing the earlier', () => {
    const known = bases.slice(0, 2);
    const later: RevisionBase = {
      ...bases[2]!,
      document: doc(
        ben,
        [soldiers],
        [
          { ...first, text: v1 },
          { ...first, number: 2, fileName: 'ana.txt', text: ana },
        ],
        'ben.txt',
      ),
    };
    const folded = foldRevisions([...known, later], []);
    expect(folded.versions).toHaveLength(2);
    expect(folded.claims.map((c) => c.id)).toEqual(['c1']);
  });
});

/** One copy's log, written at the clocks given. */
function logOf(replica: string, by: string) {
  let state = newReplicaState(replica);
  const entries: DeskEntry[] = [];
  return {
    entries,
    write(ops: DeskOp[], at: string) {
      const written = writeEntry(state, { by, document: 'd1', ops }, Date.parse(at));
      state = written.state;
      entries.push(written.entry);
    },
  };
}

describe('a claim edit made on the earlier text after another copy revised it', () => {
  // Ben's revision dates the report and drops its last sentence; Ana, who has not seen it, edits claims on v1.
  const earlier = 'Troops: 100 soldiers arrived. Then 40 tanks came. Ministers met twice.';
  const later = 'Minsk, 3 May. Troops: 100 soldiers arrived. Then 40 tanks came.';
  const met = claim('c2', earlier, 'Ministers met twice', 'verified');
  const imported: RevisionBase = {
    replica: 'ra',
    seq: 0,
    at: '2024-04-30T00:00:00.000Z',
    tick: 0,
    seen: {},
    document: doc(earlier, [claim('c1', earlier, '100 soldiers'), met], undefined, 'draft.txt'),
  };
  const revised: RevisionBase = {
    replica: 'rb',
    seq: 0,
    at: '2024-05-01T11:00:00.000Z',
    tick: 0,
    seen: {},
    document: doc(
      later,
      [
        claim('c1', later, '100 soldiers'),
        { ...met, start: later.length, end: later.length, anchoring: 'orphaned', needsRecheck: true },
      ],
      [{ ...first, text: earlier }],
      'ben.txt',
    ),
  };
  const spanOn = (text: string, quote: string) => ({
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
  });

  function anaEdits() {
    const ana = logOf('ra', 'Ana');
    // A quote edit (the claim grows by a word), a claim split off by hand, and a quote edit of words Ben dropped.
    const grown = { ...claim('c1', earlier, '100 soldiers arrived') };
    ana.write([{ op: 'shape', claim: 'c1', shape: shapeOf(grown) }], '2024-05-01T12:00:00.000Z');
    const tanks = { ...claim('c3', earlier, '40 tanks', 'verified'), origin: 'manual' as const };
    ana.write([{ op: 'add', claim: tanks }], '2024-05-01T12:01:00.000Z');
    const shorter = claim('c2', earlier, 'Ministers met');
    ana.write([{ op: 'shape', claim: 'c2', shape: shapeOf(shorter) }], '2024-05-01T12:02:00.000Z');
    return ana.entries;
  }

  it('re-anchors the edit onto the later text where its words still are, in any order', () => {
    const entries = anaEdits();
    const folded = foldRevisions([imported, revised], entries);
    expect(foldRevisions([revised, imported], [...entries].reverse())).toEqual(folded);
    expect(folded.text).toBe(later);
    const byId = new Map(folded.claims.map((c) => [c.id, c]));
    for (const [id, quote] of [
      ['c1', '100 soldiers arrived'],
      ['c3', '40 tanks'],
    ] as const) {
      const placed = byId.get(id)!;
      expect(placed).toMatchObject({ quote, ...spanOn(later, quote) });
      expect(later.slice(placed.sentenceStart, placed.sentenceEnd)).toContain(quote);
      expect(placed.needsRecheck).toBeUndefined();
    }
    expect(byId.get('c3')!.status).toBe('verified');
  });

  it('flags an edit whose words the later text no longer has, as a revision does, never a span over other words', () => {
    const folded = foldRevisions([imported, revised], anaEdits());
    const c2 = folded.claims.find((c) => c.id === 'c2')!;
    expect(c2).toMatchObject({
      anchoring: 'orphaned',
      needsRecheck: true,
      previous: { version: 1, quote: 'Ministers met', status: 'verified' },
    });
    expect(c2.end).toBe(c2.start);
    expect(c2.history.at(-1)).toMatchObject({ action: 'revised', from: 'Ministers met', to: '' });
  });

  it('maps the boilerplate a Find claims again marked on the earlier text onto the later one', () => {
    const ana = logOf('ra', 'Ana');
    const tanks = claim('c3', earlier, '40 tanks');
    const byline = spanOn(earlier, 'Troops:');
    ana.write(
      [
        { op: 'add', claim: tanks },
        { op: 'boilerplate', spans: [byline, spanOn(earlier, 'Ministers met twice.')] },
      ],
      '2024-05-01T12:00:00.000Z',
    );
    const folded = foldRevisions([imported, revised], ana.entries);
    // The byline is where its words are now; the sentence Ben dropped has no span left.
    expect(folded.boilerplate).toEqual([spanOn(later, 'Troops:')]);
  });

  it('takes an edit made on the later text as it is', () => {
    const ben = logOf('rb', 'Ben');
    const grown = claim('c1', later, '100 soldiers arrived');
    ben.write([{ op: 'shape', claim: 'c1', shape: shapeOf(grown) }], '2024-05-01T12:00:00.000Z');
    const folded = foldRevisions([imported, revised], ben.entries);
    expect(folded.claims.find((c) => c.id === 'c1')).toMatchObject({
      quote: '100 soldiers arrived',
      ...spanOn(later, '100 soldiers arrived'),
    });
  });
});
