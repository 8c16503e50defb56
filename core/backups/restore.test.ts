import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenProject } from '../project/open-project';
import { folderState } from '../../test-support/safety/folder-state';
import { acquireProjectLock } from '../storage/project-lock';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import { workedOnSinceBackup } from '../../test-support/backups/worked-since-backup';
import { listSnapshots } from './list-snapshots';
import { restoreSnapshot } from './restore-snapshot';

async function backedUp() {
  const { dir, claims, backup } = await workedOnSinceBackup('restore.factdesk');
  return { dir, claims, backup: backup.info.name };
}

describe('restoring a backup', () => {
  it('offers the newest good backup for a damaged file, and restoring it keeps the damaged file aside', async () => {
    const { dir, claims, backup } = await backedUp();
    const documents = await readdir(join(dir, 'documents'));
    const damaged = join(dir, 'documents', documents[0]!);
    await writeFile(damaged, '{"format": "factdesk-document", "sch');
    const refusal = OpenProject.open(dir, { tool: 't' });
    await expect(refusal).rejects.toThrow(
      new RegExp(
        `documents/${documents[0]} is damaged: it is not valid JSON\\. It was left untouched\\. To mend it, .* Restoring the whole newest good backup instead \\(${backup}, .*factdesk restore ".*" ${backup}\\)\\.$`,
      ),
    );
    await expect(refusal).rejects.toMatchObject({ backup, file: `documents/${documents[0]}` });
    expect(await readFile(damaged, 'utf8')).toBe('{"format": "factdesk-document", "sch');

    const result = await restoreSnapshot(dir, backup, { tool: 't' });
    expect(result.restored.name).toBe(backup);
    expect(result.movedAside).toEqual([
      expect.stringMatching(new RegExp(`^documents/${documents[0]}\\.damaged-\\d{8}T\\d{9}Z$`)),
    ]);
    expect(await readFile(join(dir, result.movedAside[0]!), 'utf8')).toBe(
      '{"format": "factdesk-document", "sch',
    );
    const kept = (await listSnapshots(dir)).find((s) => s.info.name === result.keptAs.name)!;
    expect(kept.info.reason).toBe('before-restore');
    expect(await readFile(join(kept.folder, 'documents', documents[0]!), 'utf8')).toBe(
      '{"format": "factdesk-document", "sch',
    );

    const reopened = await OpenProject.open(dir, { tool: 't' });
    expect(reopened.claimRow(claims[0]!).note).toBe('');
    expect(reopened.view().documents).toHaveLength(2); // the late document is in the before-restore backup only
    await reopened.close();
    expect(kept.manifest.files.filter((f) => f.path.startsWith('documents/'))).toHaveLength(3);
  });

  it('changes nothing when the backup is damaged too, or unknown, or the project is open elsewhere', async () => {
    const { dir, backup } = await backedUp();
    const [snapshot] = await listSnapshots(dir);
    await writeFile(join(snapshot!.folder, 'project.json'), 'null');
    const before = await folderState(dir);
    await expect(restoreSnapshot(dir, backup, { tool: 't' })).rejects.toThrow(
      new RegExp(
        `^Backup ${backup} cannot be restored: project\\.json cannot be read and no backup holds a good copy of it\\. Nothing was changed\\.$`,
      ),
    );
    await expect(restoreSnapshot(dir, '20200101T000000000Z-open', { tool: 't' })).rejects.toThrow(
      /There is no complete backup called/,
    );
    await expect(restoreSnapshot(dir, '../../etc', { tool: 't' })).rejects.toThrow(
      /is not the name of a backup/,
    );
    const lock = await acquireProjectLock(dir, 'the other app');
    await expect(restoreSnapshot(dir, backup, { tool: 't' })).rejects.toThrow(
      /open for writing in another Factdesk process \(the other app/,
    );
    await lock.release();
    expect(await folderState(dir)).toEqual(before);
  });

  it('restores from the app: lists backups of a damaged folder, restores, and reopens', async () => {
    const { dir, backup } = await backedUp();
    await writeFile(join(dir, 'project.json'), '');
    const { call, raw } = await servicesWithRouter();
    const refused = await raw('project:open', { dir });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'file-damaged',
        backup,
        message: expect.stringContaining(`Restoring the whole newest good backup instead (${backup},`),
      },
    });
    const list = await call('backups:list', { dir });
    expect(list.newestGood).toBe(backup);
    expect(list.backups.map((b) => b.name)).toEqual([backup]);
    const restored = await call('backups:restore', { dir, backup });
    expect(restored.project.documents).toHaveLength(2);
    expect(restored.movedAside).toEqual([expect.stringMatching(/^project\.json\.damaged-/)]);
    expect((await call('project:current', {}))?.dir).toBe(dir);
    // Restoring again while it is open: closes, restores (keeping the present state), reopens.
    const again = await call('backups:restore', { backup });
    expect(again.keptAs).not.toBe(backup);
    expect((await call('backups:list', {})).backups.map((b) => b.reason)).toContain('before-restore');
  });

  it('snapshots before re-finding a document’s claims', async () => {
    const { call } = await servicesWithRouter();
    const dir = join(await tempDir(), 'reextract.factdesk');
    await call('project:create', { dir, title: 'Re-extract' });
    const imported = await call('documents:importText', {
      fileName: 'a.txt',
      text: 'In 2023, 40 percent of voters agreed.',
    });
    await call('document:reextract', { documentId: imported.imported[0]!.id });
    const list = await call('backups:list', {});
    expect(list.backups.map((b) => b.reason)).toEqual(['before-reextract']);
  });
});
