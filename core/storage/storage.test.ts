import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempDir } from '../../test-support/temp-dir';
import { writeFileDurably } from './durable-write';
import { DurableJsonFile } from './json-file-adapter';
import { QueuedDb } from './queued-db';

const Counter = z.object({ schemaVersion: z.literal(2), values: z.array(z.number()) });
type Counter = z.infer<typeof Counter>;
const rules = {
  schema: Counter,
  label: 'counter.json',
  versioning: {
    current: 2,
    migrations: [
      {
        from: 1,
        describe: 'list instead of one value',
        up: (d: Record<string, unknown>) => ({ values: [d.value] }),
      },
    ],
  },
};

describe('writeFileDurably', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFileDurably(path, 'first');
    await writeFileDurably(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});

describe('DurableJsonFile', () => {
  it('reads null for a missing file and round-trips data', async () => {
    const adapter = new DurableJsonFile(join(await tempDir(), 'counter.json'), rules);
    expect(await adapter.read()).toBeNull();
    await adapter.write({ schemaVersion: 2, values: [1, 2] });
    expect(await adapter.read()).toEqual({ schemaVersion: 2, values: [1, 2] });
  });

  it('refuses damaged JSON with the file name and leaves the bytes untouched', async () => {
    const path = join(await tempDir(), 'counter.json');
    await writeFile(path, '{"schemaVersion": 2, "values": [1,');
    await expect(new DurableJsonFile(path, rules).read()).rejects.toThrow(
      /counter\.json is damaged: it is not valid JSON/,
    );
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 2, "values": [1,');
  });

  it('refuses a file that does not match the schema, naming where', async () => {
    const path = join(await tempDir(), 'counter.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 2, values: ['x'] }));
    await expect(new DurableJsonFile(path, rules).read()).rejects.toThrow(
      /counter\.json is damaged: .* at values\.0/,
    );
  });

  it('migrates an older schema and refuses a newer one untouched', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'old.json'), JSON.stringify({ schemaVersion: 1, value: 7 }));
    expect(await new DurableJsonFile(join(dir, 'old.json'), rules).read()).toEqual({
      schemaVersion: 2,
      values: [7],
    });
    const newer = JSON.stringify({ schemaVersion: 3, values: [] });
    await writeFile(join(dir, 'new.json'), newer);
    await expect(new DurableJsonFile(join(dir, 'new.json'), rules).read()).rejects.toThrow(/newer Factdesk/);
    expect(await readFile(join(dir, 'new.json'), 'utf8')).toBe(newer);
  });

  it('treats an absurd schema version as damage, not as a newer Factdesk', async () => {
    const path = join(await tempDir(), 'counter.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 1e29, values: [] }));
    await expect(new DurableJsonFile(path, rules).read()).rejects.toMatchObject({
      name: 'UserError',
      file: 'counter.json',
      message:
        'counter.json is damaged: its schema version is not one any Factdesk wrote. It was left untouched.',
    });
  });
});

describe('QueuedDb', () => {
  it('keeps every change of a burst and writes fewer times than it was changed', async () => {
    const path = join(await tempDir(), 'counter.json');
    const adapter = new DurableJsonFile<Counter>(path, rules);
    let writes = 0;
    const write = adapter.write.bind(adapter);
    adapter.write = async (data) => {
      writes++;
      await write(data);
    };
    const db = await QueuedDb.create(adapter, { schemaVersion: 2, values: [] });
    writes = 0;
    await Promise.all(Array.from({ length: 50 }, (_, i) => db.update((data) => data.values.push(i))));
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Counter;
    expect(onDisk.values).toHaveLength(50);
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThanOrEqual(3);
  });

  it('writes nothing when a change throws', async () => {
    const path = join(await tempDir(), 'counter.json');
    const db = await QueuedDb.create(new DurableJsonFile<Counter>(path, rules), {
      schemaVersion: 2,
      values: [1],
    });
    await expect(
      db.update(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ schemaVersion: 2, values: [1] });
  });
});
