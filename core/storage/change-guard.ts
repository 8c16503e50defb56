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
