import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type Claim, type FactdeskDocument } from '../domain';
import { foldRevisions, type RevisionBase } from './fold-revisions';

function claim(id: string, text: string, quote: string, status: Claim['status'] = 'unchecked'): Claim {
  const start = text.indexOf(quote);
  return {
    id,
    documentId: 'd1',
    start,
    end: start + quote.length,
    quote,
    text: quote,
    kind: 'quantity',
    score: 0.5,
    status,
    note: '',
    citations: [],
    history: [],
    origin: 'found',
    updatedAt: '2024-04-30T00:00:00.000Z',
  };
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
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'd1',
    title: 'Draft',
    fileName: 'draft.txt',
    sourceFormat: 'txt',
    importedAt: '2024-04-30T00:00:00.000Z',
    text,
    boilerplate: [],
    claims,
    dismissed: [],
    ...(versions ? { versions } : {}),
    ...(fileName !== 'draft.txt'
      ? { revision: { fileName, sourceFormat: 'txt', loadedAt: '2024-05-01T00:00:00.000Z' } }
      : {}),
  };
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
