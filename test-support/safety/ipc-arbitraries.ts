import fc from 'fast-check';
import { join } from 'node:path';
import { ClaimKindSchema, ClaimStatusSchema } from '../../shared/domain';
import { channelArgs, type Channel } from '../../shared/ipc';
import { reportFormats } from '../../shared/reports/report-options';

/** What the fuzzer knows of the real project, so that some calls are valid and change things. */
export interface FuzzContext {
  readonly mainDir: string;
  readonly sandbox: string;
  readonly draftFile: string;
  readonly claimIds: readonly string[];
  readonly documentIds: readonly string[];
  readonly citationIds: readonly string[];
  /** The sha256 of each file the project's citations attach. */
  readonly attachmentHashes: readonly string[];
  readonly backups: readonly string[];
}

const PROTO_OBJECT: unknown = JSON.parse(
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
);

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\0',
    'a\0b',
    '../../etc/passwd',
    '..\\..\\..\\windows\\win.ini',
    '/etc/passwd',
    '%2e%2e%2f%2e%2e%2f',
    'C:\\Windows\\System32',
    '\u202eevil',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ),
  fc.constantFrom('x'.repeat(5_000), 'y'.repeat(300_000), 'z'.repeat(2_000_000)),
);

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.MAX_SAFE_INTEGER + 2, 1e308, PROTO_OBJECT),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

function oneOrNasty<T>(values: readonly T[]): fc.Arbitrary<unknown> {
  return values.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, nastyValue)
    : nastyValue;
}

/** A plausible-or-nasty value for an argument called `key`. */
function valueFor(key: string, context: FuzzContext): fc.Arbitrary<unknown> {
  const ids = [...context.claimIds, ...context.documentIds];
  const path = oneOrNasty([
    context.mainDir,
    context.draftFile,
    join(context.sandbox, 'elsewhere'),
    '../../x',
    '.',
    '/',
  ]);
  const int = fc.oneof(fc.nat({ max: 5000 }), fc.integer(), fc.double(), fc.constant(-1));
  switch (key) {
    case 'claimId':
      return oneOrNasty(context.claimIds);
    case 'documentId':
      return oneOrNasty(context.documentIds);
    case 'citationId':
      return oneOrNasty(context.citationIds);
    case 'claimIds':
    case 'documentIds':
      return fc.oneof(fc.array(oneOrNasty(ids), { maxLength: 4 }), nastyValue);
    case 'dir':
    case 'filePath':
      return path;
    case 'paths':
      return fc.oneof(fc.array(path, { maxLength: 3 }), nastyValue);
    case 'status':
      return oneOrNasty(ClaimStatusSchema.options);
    case 'kind':
      return oneOrNasty(ClaimKindSchema.options);
    case 'stance':
      return oneOrNasty(['supports', 'refutes', 'context']);
    case 'format':
      return oneOrNasty(reportFormats);
    case 'purpose':
      return oneOrNasty(['open', 'create']);
    case 'backup':
      return oneOrNasty([...context.backups, '../../etc', '20200101T000000000Z-open']);
    case 'start':
    case 'end':
    case 'at':
      return int;
    case 'base64':
      return oneOrNasty([
        Buffer.from('A checkable claim: 42 percent of voters agreed.').toString('base64'),
        '!!!',
      ]);
    case 'citation':
      return fc.oneof(
        fc.record(
          {
            url: oneOrNasty(['https://example.org/a', 'http://x', 'javascript:alert(1)']),
            filePath: path,
            attachmentSha256: oneOrNasty([...context.attachmentHashes, '0'.repeat(64), '../attachments']),
            title: nastyString,
            quote: nastyString,
            stance: oneOrNasty(['supports', 'refutes', 'context']),
            extra: nastyValue,
          },
          { requiredKeys: [] },
        ),
        nastyValue,
      );
    case 'options':
      return fc.oneof(
        fc.record(
          {
            includeNotes: nastyValue,
            statuses: nastyValue,
            documentIds: nastyValue,
            organization: nastyString,
          },
          { requiredKeys: [] },
        ),
        fc.constant({}),
        nastyValue,
      );
    default:
      return fc.oneof({ weight: 2, arbitrary: nastyString }, nastyValue);
  }
}

/** Malformed (and now and then valid) arguments for `channel`: wrong types, extra keys, huge strings, NUL bytes, traversal, prototype keys. */
export function argsArbitrary(channel: Channel, context: FuzzContext): fc.Arbitrary<unknown> {
  const shape = (channelArgs[channel] as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const known = Object.fromEntries(keys.map((key) => [key, valueFor(key, context)]));
  const record = keys.length > 0 ? fc.record(known, { requiredKeys: [] }) : fc.constant({});
  return fc.oneof(
    { weight: 6, arbitrary: record },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          record,
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'polluted'),
          nastyValue,
        )
        .map(([args, key, value]) => {
          Object.defineProperty(args, key, { value, enumerable: true, writable: true, configurable: true });
          return args;
        }),
    },
    { weight: 1, arbitrary: fc.constant(PROTO_OBJECT) },
    { weight: 2, arbitrary: nastyValue },
  );
}
