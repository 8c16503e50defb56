import type { z } from 'zod';
import { UserError } from '../../shared/errors';

/**
 * Refuses a change that would make its file unreadable (a note too long, a number that is not
 * finite): the caller undoes it, so Factdesk never writes a file it could not read back.
 */
export function assertFits<T>(schema: z.ZodType<T>, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0];
  const tooLong = issue ? tooLongSentence(issue, value) : null;
  if (tooLong) {
    throw new UserError(
      `Factdesk refused a change to this ${what}: ${tooLong}; nothing was changed.`,
      'too-large',
    );
  }
  const where = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.').slice(0, 100)})` : '';
  const message = (issue?.message ?? 'it does not fit the project format').replace(/\s+/g, ' ').slice(0, 200);
  throw new UserError(
    `Factdesk refused a change to this ${what}: ${message}${where}; nothing was changed.`,
    'refused',
  );
}

/** Puts `saved`'s fields back into `target` (the very object lowdb holds), dropping any added since. */
export function restoreInPlace(target: object, saved: object): void {
  for (const key of Object.keys(target)) if (!(key in saved)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, saved);
}

/**
 * "its note is 120,000 characters long, and Factdesk keeps at most 100,000" for a text over its
 * bound (the field named as people read it: `citations.0.title` is the citation's title); else null.
 */
function tooLongSentence(issue: z.core.$ZodIssue, value: unknown): string | null {
  if (issue.code !== 'too_big' || issue.origin !== 'string') return null;
  const text = issue.path.reduce<unknown>(
    (inner, key) =>
      inner && typeof inner === 'object' ? (inner as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
  if (typeof text !== 'string') return null;
  const names = issue.path.filter((key): key is string => typeof key === 'string');
  const field = names
    .map((name, index) => (index < names.length - 1 ? `${name.replace(/s$/, '')}’s` : name))
    .join(' ');
  const count = (n: number | bigint) => n.toLocaleString('en-US');
  return `its ${field} is ${count(text.length)} characters long, and Factdesk keeps at most ${count(issue.maximum)}`;
}
