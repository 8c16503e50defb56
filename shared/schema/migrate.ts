import { UserError } from '../errors';

/** Upgrades a file's raw JSON from schema version `from` to `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Brings raw JSON from its own schema version up to `current` by running each numbered migration
 * in turn. A file from a newer Factdesk is refused, so it is never rewritten in an older shape.
 */
export function migrate(
  raw: unknown,
  current: number,
  migrations: readonly Migration[],
  fileLabel: string,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UserError(`${fileLabel} is not a Factdesk file: it does not hold a JSON object.`, 'refused');
  }
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserError(`${fileLabel} has no valid schema version, so Factdesk cannot read it.`, 'too-new');
  }
  if (version > current) {
    throw new UserError(
      `${fileLabel} was written by a newer Factdesk (schema ${version}; this one reads up to ${current}). Update Factdesk to open it; the file was left untouched.`,
      'too-new',
    );
  }
  for (let at = version; at < current; at++) {
    const step = migrations.find((migration) => migration.from === at);
    if (!step)
      throw new UserError(`${fileLabel} uses schema ${at}, which this Factdesk cannot upgrade.`, 'too-new');
    data = { ...step.up(data), schemaVersion: at + 1 };
  }
  return data;
}
