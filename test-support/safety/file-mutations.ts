import fc from 'fast-check';

/** Text spliced into a JSON file where a placeholder string was: values JSON.stringify cannot write. */
const RAW_VALUES = [
  '1e400',
  '-1e400',
  '123456789012345678901234567890',
  '-0',
  '1e-400',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  '"\\ud800"',
  '"\\u0000"',
] as const;
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  'id',
  'schemaVersion',
  'documents',
  'claims',
  'path',
];

/** One way to damage a file. */
export type Mutation =
  | { readonly kind: 'flip'; readonly bits: readonly number[] }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'garbage'; readonly bytes: Uint8Array }
  | { readonly kind: 'splice'; readonly at: number; readonly bytes: Uint8Array }
  | {
      readonly kind: 'replace';
      readonly path: readonly number[];
      readonly value: unknown;
      readonly raw: number | null;
    }
  | { readonly kind: 'delete'; readonly path: readonly number[] }
  | {
      readonly kind: 'addKey';
      readonly path: readonly number[];
      readonly key: string;
      readonly value: unknown;
    };

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    2 ** 53 + 2,
    -(2 ** 31),
    Number.MAX_VALUE,
    '',
    'x'.repeat(200_000),
    '../../etc/passwd',
  ),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

/** Arbitrary damage: bit flips, truncations, garbage, and JSON-valid edits that break the format. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), bits: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.array(fc.nat(), { maxLength: 7 }),
    value: nastyValue,
    raw: fc.option(fc.nat({ max: RAW_VALUES.length - 1 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  }),
  fc.record({
    kind: fc.constant('addKey' as const),
    path: fc.array(fc.nat(), { maxLength: 6 }),
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })),
    value: nastyValue,
  }),
);

/** The damaged bytes of a file whose intact bytes are `original`. */
export function applyMutation(original: Uint8Array, mutation: Mutation): Uint8Array {
  const bytes = Uint8Array.from(original);
  switch (mutation.kind) {
    case 'flip':
      for (const bit of mutation.bits) {
        const at = Math.floor(bit / 8) % bytes.length;
        bytes[at] = bytes[at]! ^ (1 << (bit % 8));
      }
      return bytes;
    case 'truncate':
      return bytes.subarray(0, mutation.at % bytes.length);
    case 'garbage':
      return mutation.bytes;
    case 'splice': {
      const at = mutation.at % bytes.length;
      return Buffer.concat([bytes.subarray(0, at), mutation.bytes, bytes.subarray(at)]);
    }
    default:
      return editJson(original, mutation);
  }
}

const PLACEHOLDER = '\u0001RAW\u0001';

function editJson(
  original: Uint8Array,
  mutation: Exclude<Mutation, { kind: 'flip' | 'truncate' | 'garbage' | 'splice' }>,
): Uint8Array {
  const root: unknown = JSON.parse(Buffer.from(original).toString('utf8'));
  const { parent, key } = locate(root, mutation.path);
  const raw = mutation.kind === 'replace' && mutation.raw !== null ? RAW_VALUES[mutation.raw]! : null;
  if (mutation.kind === 'replace' || mutation.kind === 'addKey') {
    const value = raw === null ? mutation.value : PLACEHOLDER;
    if (parent === null) return encode(value, raw);
    const name = mutation.kind === 'addKey' && !Array.isArray(parent) ? mutation.key : key;
    Object.defineProperty(parent, name, { value, enumerable: true, writable: true, configurable: true });
  } else if (parent !== null) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, unknown>)[key];
  }
  return encode(root, raw);
}

function encode(value: unknown, raw: string | null): Uint8Array {
  const text = JSON.stringify(value) ?? 'null';
  return Buffer.from(raw === null ? text : text.replace(JSON.stringify(PLACEHOLDER), raw), 'utf8');
}

/** Walks `path` (each step picks a child by index modulo the count); the container and key of the spot reached. */
function locate(root: unknown, path: readonly number[]): { parent: object | null; key: string } {
  let parent: object | null = null;
  let key = '';
  let node = root;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string, unknown>)[key];
  }
  return { parent, key };
}
