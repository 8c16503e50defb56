import {
  anchorStates,
  claimKinds,
  claimStatuses,
  ClaimSchema,
  ClaimValuesSchema,
  HistoryEntrySchema,
  LANGUAGE_CODE_PATTERN,
  TimestampSchema,
  type Claim,
} from '../../shared/domain';

/*
 * A hand-written check of the common claim shape, for opening large projects: zod walks every claim
 * and copies it, which was most of the time spent beyond JSON.parse at 100,000 claims. The check is
 * one-sided: `true` means ClaimSchema accepts the value and returns it unchanged, so the value can be
 * kept as it is; `false` means only "let ClaimSchema decide" (a claim with citations, unknown keys or
 * anything odd). Every limit is read from the zod schemas, which stay the source of truth;
 * claim-fast-check.test.ts checks the two agree.
 */

const shape = ClaimSchema.shape;
const historyShape = HistoryEntrySchema.shape;
const valuesShape = ClaimValuesSchema.shape;
const previousShape = shape.previous.unwrap().shape;

const claimKeys = new Set(Object.keys(shape));
const historyKeys = new Set(Object.keys(historyShape));
const previousKeys = new Set(Object.keys(previousShape));
const kinds = new Set<string>(claimKinds);
const statuses = new Set<string>(claimStatuses);
const anchorings = new Set<string>(anchorStates);
const origins = new Set<string>(shape.origin.options);
const actions = new Set<string>(historyShape.action.options);

const limit = {
  idMin: shape.id.minLength ?? 0,
  idMax: shape.id.maxLength ?? 0,
  documentIdMin: shape.documentId.minLength ?? 0,
  documentIdMax: shape.documentId.maxLength ?? 0,
  quote: shape.quote.maxLength ?? 0,
  text: shape.text.maxLength ?? 0,
  note: shape.note.maxLength ?? 0,
  assignee: shape.assignee.unwrap().maxLength ?? 0,
  scoreMin: shape.score.minValue ?? 0,
  scoreMax: shape.score.maxValue ?? 0,
  warning: shape.warnings.unwrap().element.maxLength ?? 0,
  by: historyShape.by.maxLength ?? 0,
  fromTo: historyShape.from.unwrap().maxLength ?? 0,
  previousQuote: previousShape.quote.maxLength ?? 0,
};

/** String fields of a claim's values, with their maximum lengths. */
const valueStrings = new Map<string, number>(
  (['unit', 'hedge', 'dateStart', 'dateEnd', 'speaker'] as const).map((key) => [
    key,
    valuesShape[key].unwrap().maxLength ?? 0,
  ]),
);
const valueNumbers = new Set(['number', 'numberMax']);
const valueBooleans = new Set(['approximate', 'attributed']);
const catchallString = 1000;

/** Timestamps already accepted by TimestampSchema: most claims of a project share a few. */
const knownTimestamps = new Set<string>();

function isTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (knownTimestamps.has(value)) return true;
  if (!TimestampSchema.safeParse(value).success) return false;
  if (knownTimestamps.size >= 10_000) knownTimestamps.clear();
  knownTimestamps.add(value);
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, max: number, min = 0): boolean {
  return typeof value === 'string' && value.length <= max && value.length >= min;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Every own key is one of `known` and none holds undefined (which JSON never gives, zod might strip). */
function hasOnlyKeys(record: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in record) {
    if (!Object.hasOwn(record, key) || !known.has(key) || record[key] === undefined) return false;
  }
  return true;
}

function isOptional(record: Record<string, unknown>, key: string, check: (value: unknown) => boolean) {
  return !Object.hasOwn(record, key) || check(record[key]);
}

/** Like Array.every, but a hole fails (every skips holes; zod reads them as undefined). */
function allItems(array: readonly unknown[], check: (item: unknown) => boolean): boolean {
  for (let index = 0; index < array.length; index++) if (!check(array[index])) return false;
  return true;
}

function isHistoryEntry(entry: unknown): boolean {
  return (
    isRecord(entry) &&
    hasOnlyKeys(entry, historyKeys) &&
    isTimestamp(entry.at) &&
    isText(entry.by, limit.by) &&
    typeof entry.action === 'string' &&
    actions.has(entry.action) &&
    isOptional(entry, 'from', (value) => isText(value, limit.fromTo)) &&
    isOptional(entry, 'to', (value) => isText(value, limit.fromTo))
  );
}

function isValues(values: unknown): boolean {
  if (!isRecord(values)) return false;
  for (const key in values) {
    if (!Object.hasOwn(values, key) || key === '__proto__') return false;
    const value = values[key];
    const max = valueStrings.get(key);
    if (max !== undefined) {
      if (!isText(value, max)) return false;
    } else if (valueNumbers.has(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    } else if (valueBooleans.has(key)) {
      if (typeof value !== 'boolean') return false;
    } else if (
      !isText(value, catchallString) &&
      typeof value !== 'boolean' &&
      !(typeof value === 'number' && Number.isFinite(value))
    ) {
      return false;
    }
  }
  return true;
}

function isPrevious(previous: unknown): boolean {
  return (
    isRecord(previous) &&
    hasOnlyKeys(previous, previousKeys) &&
    typeof previous.version === 'number' &&
    Number.isSafeInteger(previous.version) &&
    previous.version > 0 &&
    isText(previous.quote, limit.previousQuote) &&
    typeof previous.status === 'string' &&
    statuses.has(previous.status)
  );
}

/** True when ClaimSchema certainly accepts `value` unchanged; false to let ClaimSchema decide. */
export function isPlainValidClaim(value: unknown): value is Claim {
  if (!isRecord(value) || !hasOnlyKeys(value, claimKeys)) return false;
  const claim = value;
  return (
    isText(claim.id, limit.idMax, limit.idMin) &&
    isText(claim.documentId, limit.documentIdMax, limit.documentIdMin) &&
    isCount(claim.start) &&
    isCount(claim.end) &&
    isText(claim.quote, limit.quote) &&
    isText(claim.text, limit.text) &&
    typeof claim.kind === 'string' &&
    kinds.has(claim.kind) &&
    typeof claim.score === 'number' &&
    claim.score >= limit.scoreMin &&
    claim.score <= limit.scoreMax &&
    typeof claim.status === 'string' &&
    statuses.has(claim.status) &&
    isText(claim.note, limit.note) &&
    isOptional(claim, 'assignee', (assignee) => isText(assignee, limit.assignee)) &&
    // Citations are rarer and deeper: a claim with any is left to ClaimSchema.
    Array.isArray(claim.citations) &&
    claim.citations.length === 0 &&
    Array.isArray(claim.history) &&
    allItems(claim.history, isHistoryEntry) &&
    typeof claim.origin === 'string' &&
    origins.has(claim.origin) &&
    isOptional(claim, 'values', isValues) &&
    isOptional(claim, 'sentenceStart', isCount) &&
    isOptional(claim, 'sentenceEnd', isCount) &&
    isOptional(
      claim,
      'warnings',
      (warnings) =>
        Array.isArray(warnings) && allItems(warnings, (warning) => isText(warning, limit.warning)),
    ) &&
    isOptional(claim, 'language', (code) => typeof code === 'string' && LANGUAGE_CODE_PATTERN.test(code)) &&
    isTimestamp(claim.updatedAt) &&
    isOptional(claim, 'anchoring', (state) => typeof state === 'string' && anchorings.has(state)) &&
    isOptional(claim, 'needsRecheck', (flag) => typeof flag === 'boolean') &&
    isOptional(claim, 'previous', isPrevious) &&
    // Rare: a claim with competing values, a sign-off or ticks is left to ClaimSchema.
    !Object.hasOwn(claim, 'contested') &&
    !Object.hasOwn(claim, 'approval') &&
    !Object.hasOwn(claim, 'ticks')
  );
}
