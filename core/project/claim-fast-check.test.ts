import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorStates,
  claimKinds,
  claimStatuses,
  ClaimSchema,
  CURRENT_SCHEMA_VERSION,
  DocumentSchema,
  HistoryEntrySchema,
  type Claim,
} from '../../shared/domain';
import { documentMigrations } from '../../shared/schema/migrations';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { applyMutation, mutationArbitrary } from '../../test-support/safety/file-mutations';
import { SEED_ARTICLE } from '../../test-support/safety/seed-project';
import { parseJsonFile, type JsonFileRules } from '../storage/json-file-adapter';
import { isPlainValidClaim } from './claim-fast-check';
import { parseDocumentFast } from './document-fast-parse';

const text = readFileSync(SEED_ARTICLE, 'utf8');
const documentOnDisk = JSON.parse(
  JSON.stringify(buildDocument(findClaimsIn({ fileName: 'seed.txt', format: 'txt', text }), 'tester')),
) as Record<string, unknown>;
const realClaims = documentOnDisk.claims as Claim[];

/** ClaimSchema accepts `value` and returns it unchanged: what a `true` of the fast check promises. */
function zodKeepsAsIs(value: unknown): boolean {
  const result = ClaimSchema.safeParse(value);
  return result.success && isDeepStrictEqual(result.data, value);
}

/** JSON never holds undefined; the fast check leaves a key holding it to zod. */
function holdsUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsUndefined);
}

const stringOfLength = (lengths: number[]) => fc.constantFrom(...lengths).map((n) => 'x'.repeat(n));
const timestamp = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const historyEntry = fc.record(
  {
    at: timestamp,
    by: stringOfLength([0, 5, 200]),
    action: fc.constantFrom(...HistoryEntrySchema.shape.action.options),
    from: stringOfLength([0, 20_000]),
    to: fc.string(),
  },
  { requiredKeys: ['at', 'by', 'action'] },
);

/** Valid changes to a real claim: every optional part, limits at their edges. */
const validClaim = fc
  .record(
    {
      base: fc.constantFrom(...realClaims),
      status: fc.constantFrom(...claimStatuses),
      kind: fc.constantFrom(...claimKinds),
      score: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      note: fc.oneof(fc.string(), stringOfLength([100_000])),
      assignee: stringOfLength([0, 200]),
      history: fc.array(historyEntry, { maxLength: 4 }),
      warnings: fc.array(stringOfLength([0, 1000]), { maxLength: 3 }),
      values: fc.record(
        {
          number: fc.double({ noNaN: true, noDefaultInfinity: true }),
          unit: stringOfLength([0, 200]),
          approximate: fc.boolean(),
          speaker: stringOfLength([300]),
          extra: fc.oneof(stringOfLength([1000]), fc.integer(), fc.boolean()),
        },
        { requiredKeys: [] },
      ),
      anchoring: fc.constantFrom(...anchorStates),
      needsRecheck: fc.boolean(),
      language: fc.constantFrom('en', 'es', 'fr', 'de', 'pt', 'ita'),
      previous: fc.record({
        version: fc.integer({ min: 1, max: 1000 }),
        quote: stringOfLength([0, 20_000]),
        status: fc.constantFrom(...claimStatuses),
      }),
      updatedAt: timestamp,
    },
    { requiredKeys: ['base', 'status', 'kind', 'score', 'note', 'history', 'updatedAt'] },
  )
  // Through JSON, as claims come from files (fast-check's records have no prototype).
  .map(({ base, ...changes }) => JSON.parse(JSON.stringify({ ...base, ...changes })) as Claim);

const oddValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    undefined,
    null,
    -1,
    0,
    1.5,
    2 ** 53,
    -0,
    1.0000001,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    '2026-13-01T00:00:00.000Z',
    '2026-02-29T00:00:00.000Z',
    '2028-02-29T10:00:00+02:00',
    'verified',
    'quantity',
    'exact',
    'found',
    'status',
    [],
    {},
    [{}],
  ),
  stringOfLength([63, 64, 65, 200, 201, 300, 301, 1000, 1001, 20_000, 20_001]),
);
const fieldNames = [
  ...Object.keys(ClaimSchema.shape),
  'extra',
  'constructor',
  'toString',
  'history.0.at',
  'history.0.action',
  'history.0.by',
  'history.0.extra',
  'values.number',
  'values.unit',
  'values.extra',
  'previous.version',
  'previous.status',
  'previous.extra',
  'warnings.0',
  'citations.0',
];

/** Sets (or, for `undefined` half of the time, deletes) the field at a dotted path. */
function mutate(claim: Claim, path: string, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(claim) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = key === 'history' ? [{}] : {};
    target = target[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (remove) delete target[last];
  else target[last] = value;
  return copy;
}

describe('the fast claim check', () => {
  it('accepts every claim the claim finder makes, as ClaimSchema does', () => {
    expect(realClaims.length).toBeGreaterThan(10);
    for (const claim of realClaims) {
      expect(isPlainValidClaim(claim)).toBe(true);
      expect(zodKeepsAsIs(claim)).toBe(true);
    }
  });

  it('accepts valid claims with every optional part and limits at their edges', () => {
    fc.assert(
      fc.property(validClaim, (claim) => {
        expect(zodKeepsAsIs(claim)).toBe(true);
        expect(isPlainValidClaim(claim)).toBe(true);
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it('accepts a mutated claim exactly when ClaimSchema keeps it unchanged (claims with citations, competing values or a sign-off are left to zod)', () => {
    fc.assert(
      fc.property(
        validClaim,
        fc.constantFrom(...fieldNames),
        oddValues,
        fc.boolean(),
        (claim, path, value, remove) => {
          const mutated = mutate(claim, path, value, remove);
          const citations = (mutated as { citations?: unknown }).citations;
          const expected =
            zodKeepsAsIs(mutated) &&
            Array.isArray(citations) &&
            citations.length === 0 &&
            !Object.hasOwn(mutated as object, 'contested') &&
            !Object.hasOwn(mutated as object, 'approval') &&
            !Object.hasOwn(mutated as object, 'ticks') &&
            !holdsUndefined(mutated);
          expect(isPlainValidClaim(mutated)).toBe(expected);
        },
      ),
      { numRuns: 3000, seed: 1337 },
    );
  });

  it('never accepts what ClaimSchema refuses in claims parsed from hostile JSON text', () => {
    const hostile = [
      '{"__proto__":{"status":"verified"}}',
      '{"values":{"__proto__":{"number":1}}}',
      '{"history":[{"__proto__":{},"at":"2026-11-29T00:00:00.000Z","by":"","action":"found"}]}',
      '{"start":1e400}',
      '{"score":-0}',
      '{"updatedAt":"2026-11-29T00:00:00Z "}',
    ];
    for (const patch of hostile) {
      const claim = { ...structuredClone(realClaims[0]!), ...(JSON.parse(patch) as object) };
      if (isPlainValidClaim(claim)) expect(zodKeepsAsIs(claim)).toBe(true);
    }
    const withProtoKey = JSON.parse(`{"__proto__":1,${JSON.stringify(realClaims[0]).slice(1)}`) as unknown;
    expect(isPlainValidClaim(withProtoKey)).toBe(false);
  });
});

describe('the fast document parse', () => {
  it('gives what DocumentSchema gives for a real document, keeping the claims as they are', () => {
    const fast = parseDocumentFast(structuredClone(documentOnDisk));
    expect(fast).toEqual(DocumentSchema.parse(structuredClone(documentOnDisk)));
    expect(Object.keys(fast!)).toEqual(Object.keys(DocumentSchema.parse(documentOnDisk)));
  });

  it('gives null for a document DocumentSchema refuses, in a claim or around the claims', () => {
    const badClaim = structuredClone(documentOnDisk) as { claims: Record<string, unknown>[] };
    badClaim.claims[3]!.status = 'maybe';
    const badTitle = { ...structuredClone(documentOnDisk), title: 7 };
    const noClaims = { ...structuredClone(documentOnDisk), claims: undefined };
    for (const bad of [badClaim, badTitle, noClaims, null, [], 'text']) {
      expect(DocumentSchema.safeParse(bad).success).toBe(false);
      expect(parseDocumentFast(bad)).toBeNull();
    }
  });

  it('passes a claim with citations through ClaimSchema, as DocumentSchema would', () => {
    const cited = structuredClone(documentOnDisk) as { claims: Record<string, unknown>[] };
    cited.claims[0]!.citations = [
      {
        id: 'c1',
        title: 'Source',
        quote: 'It said so.',
        stance: 'supports',
        addedAt: '2026-11-29T00:00:00.000Z',
        addedBy: 'tester',
        unknownKey: 'stripped by zod',
      },
    ];
    expect(parseDocumentFast(structuredClone(cited))).toEqual(DocumentSchema.parse(cited));
  });
});

describe('a document file read with and without the fast parse', () => {
  const zodOnly: JsonFileRules<unknown> = {
    schema: DocumentSchema,
    label: 'documents/d1.json',
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: documentMigrations },
  };
  const withFastParse: JsonFileRules<unknown> = { ...zodOnly, fastParse: parseDocumentFast };
  const outcome = (text: string, rules: JsonFileRules<unknown>) => {
    try {
      return { data: parseJsonFile(text, rules) };
    } catch (error) {
      return { refused: (error as Error).message };
    }
  };

  it('gives the same document or the same refusal for 1,000 mutated files', () => {
    const intact = Buffer.from(JSON.stringify(documentOnDisk));
    let refused = 0;
    fc.assert(
      fc.property(mutationArbitrary, (mutation) => {
        const text = Buffer.from(applyMutation(intact, mutation)).toString('utf8');
        const fast = outcome(text, withFastParse);
        expect(fast).toEqual(outcome(text, zodOnly));
        if ('refused' in fast) refused++;
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(refused).toBeGreaterThan(100);
  });
});
