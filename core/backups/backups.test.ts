import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenProject } from '../project/open-project';
import { seedProject } from '../../test-support/safety/seed-project';
import { tempDir } from '../../test-support/temp-dir';
import type { BackupPolicy } from './backup-scheduler';
import { listSnapshots } from './list-snapshots';
import { setNote } from '../../test-support/claim-changes';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';

const MINUTE = 60 * 1000;

/** A policy on a fake clock that tests move by hand. */
function fakeClock(start = '2024-05-01T09:00:00.000Z') {
  let time = new Date(start).getTime();
  const policy: BackupPolicy = {
    intervalMs: 10 * MINUTE,
    keepRecent: 5,
    keepDays: 3,
    now: () => new Date(time),
  };
  return { policy, advance: (ms: number) => (time += ms) };
}

async function seeded() {
  const dir = join(await tempDir(), 'backed.factdesk');
  const claims = await seedProject(dir);
  return { dir, claims };
}

const names = async (dir: string) => (await listSnapshots(dir)).map((s) => s.info.name);

describe('rolling backups', () => {
  it('snapshots on open at most once per interval, and not when nothing changed', async () => {
    const { dir, claims } = await seeded();
    const clock = fakeClock();
    await (await OpenProject.open(dir, { tool: 't', backups: clock.policy })).close();
    expect(await names(dir)).toEqual(['20240501T090000000Z-open']);
    clock.advance(MINUTE);
    const project = await OpenProject.open(dir, { tool: 't', backups: clock.policy });
    await setNote(project, claims[0]!, 'changed');
    await project.close();
    expect(await names(dir)).toHaveLength(1); // opened again within the interval
    clock.advance(20 * MINUTE);
    await (await OpenProject.open(dir, { tool: 't', backups: clock.policy })).close();
    expect(await names(dir)).toEqual(['20240501T092100000Z-open', '20240501T090000000Z-open']);
    clock.advance(20 * MINUTE);
    await (await OpenProject.open(dir, { tool: 't', backups: clock.policy })).close();
    expect(await names(dir)).toHaveLength(2); // nothing changed since the last one
  });

  it('backs up a new project opened empty (new, then import) after its drafts came in, not before', async () => {
    const dir = join(await tempDir(), 'new.factdesk');
    const clock = fakeClock();
    await (await OpenProject.create(dir, 'Desk', { tool: 't', backups: clock.policy })).close();
    clock.advance(MINUTE);
    const project = await OpenProject.open(dir, { tool: 't', backups: clock.policy });
    const text = 'Some 100,000 soldiers took part.';
    await project.addDocuments([
      buildDocument(findClaimsIn({ fileName: 'a.txt', format: 'txt', text }), 'Importer'),
    ]);
    await project.close();
    const [first, ...rest] = await listSnapshots(dir);
    expect(rest).toEqual([]);
    expect(first!.info).toMatchObject({ reason: 'editing', documents: 1 });
  });

  it('snapshots while editing once the interval has passed, in the background', async () => {
    const { dir, claims } = await seeded();
    const clock = fakeClock();
    const project = await OpenProject.open(dir, { tool: 't', backups: clock.policy });
    for (let minute = 0; minute < 35; minute++) {
      clock.advance(MINUTE);
      await setNote(project, claims[minute % claims.length]!, `m${minute}`);
    }
    await project.close();
    const taken = await listSnapshots(dir);
    expect(taken.map((s) => s.info.reason)).toEqual(['editing', 'editing', 'editing', 'open']);
    const times = taken.map((s) => new Date(s.info.createdAt).getTime());
    for (let i = 1; i < times.length; i++)
      expect(times[i - 1]! - times[i]!).toBeGreaterThanOrEqual(10 * MINUTE);
  });

  it('keeps copies that damage to the project files in place cannot reach, linking unchanged files between snapshots', async () => {
    const { dir, claims } = await seeded();
    const clock = fakeClock();
    await (await OpenProject.open(dir, { tool: 't', backups: clock.policy })).close();
    clock.advance(11 * MINUTE);
    const project = await OpenProject.open(dir, { tool: 't', backups: clock.policy });
    const doc = project.documentIdOf(claims[0]!);
    await setNote(project, claims[0]!, 'second');
    await project.snapshot('manual');
    await project.close();
    const [second, first] = await listSnapshots(dir);
    const inode = async (path: string) => (await stat(path)).ino;
    const other = (await readdir(join(dir, 'documents'))).find((name) => !name.startsWith(doc))!;
    expect(await inode(join(second!.folder, 'documents', other))).toBe(
      await inode(join(first!.folder, 'documents', other)),
    );
    expect(await inode(join(second!.folder, 'documents', `${doc}.json`))).not.toBe(
      await inode(join(first!.folder, 'documents', `${doc}.json`)),
    );
    expect(await inode(join(second!.folder, 'project.json'))).not.toBe(
      await inode(join(dir, 'project.json')),
    );
    const live = join(dir, 'documents', other);
    const intact = await readFile(live, 'utf8');
    await writeFile(live, 'scribbled over in place');
    expect(await readFile(join(second!.folder, 'documents', other), 'utf8')).toBe(intact);
  });

  it('ignores an incomplete snapshot and clears half-made ones left by a crash', async () => {
    const { dir } = await seeded();
    await mkdir(join(dir, 'backups', '20240101T000000000Z-open'), { recursive: true });
    await mkdir(join(dir, 'backups', '.staging-20240101T000000000Z-editing'), { recursive: true });
    await writeFile(join(dir, '.project.json.0123456789ab.tmp'), '{"half');
    const clock = fakeClock();
    await (await OpenProject.open(dir, { tool: 't', backups: clock.policy })).close();
    expect(await names(dir)).toEqual(['20240501T090000000Z-open']);
    expect(await readdir(join(dir, 'backups'))).not.toContain('.staging-20240101T000000000Z-editing');
    expect(await readdir(dir)).not.toContain('.project.json.0123456789ab.tmp');
  });

  it('prunes by the retention policy as days pass', async () => {
    const { dir, claims } = await seeded();
    const clock = fakeClock();
    for (let day = 0; day < 6; day++) {
      for (let session = 0; session < 4; session++) {
        const project = await OpenProject.open(dir, { tool: 't', backups: clock.policy });
        await setNote(project, claims[0]!, `${day}-${session}`);
        await project.close();
        clock.advance(3 * 60 * MINUTE);
      }
      clock.advance(12 * 60 * MINUTE);
    }
    const kept = await listSnapshots(dir);
    expect(kept.length).toBeLessThanOrEqual(5 + 3);
    expect(new Set(kept.map((s) => s.info.createdAt.slice(0, 10))).size).toBeGreaterThanOrEqual(3);
  });
});
