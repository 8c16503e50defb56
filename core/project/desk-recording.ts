import { presentClaims, type AppliedChange } from '../../shared/changes';
import { draftFields, opsForDocument } from '../../shared/desk';
import type { Claim, FactdeskDocument } from '../../shared/domain';
import type { Checker } from '../desk/project-desk';
import type { ProjectParts } from './project-parts';

/**
 * Logs a claim change as the team desk's operations (shared projects only), from both sides of what
 * it touched. Called inside the document's write, so the log is written before the file showing it.
 */
export function recordClaimChange(parts: ProjectParts, documentId: string, applied: AppliedChange): void {
  if (!parts.desk) return;
  const side = (recorded: AppliedChange['before']) => ({
    claims: presentClaims(recorded),
    dismissed: recorded.fields.dismissed ?? [],
    boilerplate: recorded.fields.boilerplate ?? [],
    ...pick(recorded.fields, draftFields),
  });
  const before = side(applied.before);
  const after = side(applied.after);
  parts.desk.record(
    documentId,
    opsForDocument(before, after),
    changeAuthor(parts, after.claims, before.claims),
  );
}

/** Logs a whole-document change (same text) as the team desk's operations, from the document before and after. */
export function recordDocumentChange(
  parts: ProjectParts,
  documentId: string,
  before: FactdeskDocument,
  after: FactdeskDocument,
): void {
  parts.desk?.record(
    documentId,
    opsForDocument(before, after),
    changeAuthor(parts, after.claims, before.claims),
  );
}

/** The keys of `source` among `keys` that it has (a recorded side holds only the fields a change reached). */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (key in source) picked[key] = source[key];
  return picked;
}

/** Who made a change: the checker its newest history line names, else this process's checker. */
function changeAuthor(parts: ProjectParts, after: readonly Claim[], before: readonly Claim[]): Checker {
  const lengths = new Map(before.map((claim) => [claim.id, claim.history.length]));
  for (const claim of after) {
    if (claim.history.length > (lengths.get(claim.id) ?? 0)) {
      const by = claim.history.at(-1)!.by;
      return { name: by, email: by === parts.checker.name ? parts.checker.email : undefined };
    }
  }
  return parts.checker;
}
