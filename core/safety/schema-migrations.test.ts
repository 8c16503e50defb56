import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { migrate, type Migration } from '../../shared/schema/migrate';
import { documentMigrations, projectMigrations, versionsMigrations } from '../../shared/schema/migrations';
import { OpenProject } from '../project/open-project';
import { DurableJsonFile } from '../storage/json-file-adapter';
import { tempDir } from '../../test-support/temp-dir';
import { folderState } from '../../test-support/safety/folder-state';
import { seedProject } from '../../test-support/safety/seed-project';

/** A synthetic chain, as the real one will grow: 1 → 2 → 3 → 4. */
const chain: readonly Migration[] = [
  { from: 1, describe: 'title becomes name', up: ({ title, ...rest }) => ({ ...rest, name: title }) },
  {
    from: 2,
    describe: 'tags become a list',
    up: (data) => ({
      ...data,
      tags: String(data.tags ?? '')
        .split(',')
        .filter(Boolean),
    }),
  },
  { from: 3, describe: 'a created date, unknown for old files', up: (data) => ({ ...data, created: null }) },
];
const V4 = z
  .object({ schemaVersion: z.literal(4), name: z.string(), tags: z.array(z.string()), created: z.null() })
  .strict();

describe('numbered migrations', () => {
  it('1 → 2 renames title to name', () => {
    expect(migrate({ schemaVersion: 1, title: 'T' }, 2, chain, 'f.json')).toEqual({
      schemaVersion: 2,
      name: 'T',
    });
  });

  it('2 → 3 splits tags into a list', () => {
    expect(migrate({ schemaVersion: 2, name: 'T', tags: 'a,b' }, 3, chain, 'f.json')).toEqual({
      schemaVersion: 3,
      name: 'T',
      tags: ['a', 'b'],
    });
  });

  it('3 → 4 adds an unknown creation date', () => {
    expect(migrate({ schemaVersion: 3, name: 'T', tags: [] }, 4, chain, 'f.json')).toEqual({
      schemaVersion: 4,
      name: 'T',
      tags: [],
      created: null,
    });
  });

  it('runs the whole chain on read, in order, and validates the result; the file on disk is not rewritten', async () => {
    const path = join(await tempDir(), 'f.json');
    const old = JSON.stringify({ schemaVersion: 1, title: 'Old', tags: 'x' });
    await writeFile(path, old);
    const adapter = new DurableJsonFile(path, {
      schema: V4,
      label: 'f.json',
      versioning: { current: 4, migrations: chain },
    });
    expect(await adapter.read()).toEqual({ schemaVersion: 4, name: 'Old', tags: ['x'], created: null });
    expect(await readFile(path, 'utf8')).toBe(old);
  });

  it('refuses a gap in the chain and a file without a version, as damaged', () => {
    expect(() => migrate({ schemaVersion: 2 }, 4, [chain[0]!, chain[2]!], 'f.json')).toThrow(
      'f.json uses schema 2, which this Factdesk cannot upgrade.',
    );
    expect(() => migrate({ title: 'T' }, 4, chain, 'f.json')).toThrow(/has no valid schema version/);
  });

  it('has a contiguous real chain, one step per version below the current one', () => {
    for (const migrations of [projectMigrations, documentMigrations]) {
      expect(migrations.map((m) => m.from)).toEqual(
        Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
      );
    }
    // Versions files began at schema 3.
    expect(versionsMigrations.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 3 }, (_, i) => i + 3),
    );
  });

  it('refuses a project from a newer Factdesk through OpenProject, clearly, leaving it untouched', async () => {
    const dir = join(await tempDir(), 'newer.factdesk');
    await seedProject(dir);
    const newer = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8'));
    newer.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    newer.somethingNew = { added: 'later' };
    await writeFile(join(dir, 'project.json'), JSON.stringify(newer));
    const before = await folderState(dir);
    for (const readOnly of [false, true]) {
      const open = OpenProject.open(dir, { tool: 't', readOnly });
      await expect(open).rejects.toThrow(
        `project.json was written by a newer Factdesk (schema ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Factdesk to open it; the file was left untouched.`,
      );
      await expect(open).rejects.not.toHaveProperty('backup');
    }
    expect(await folderState(dir)).toEqual(before);
    expect(await readdir(dir)).not.toContain('backups');
  });
});
