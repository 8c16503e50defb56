import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorReplyFor } from '../../shared/errors';
import { OpenProject } from '../project/open-project';
import { folderState } from '../../test-support/safety/folder-state';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import { workedOnSinceBackup } from '../../test-support/backups/worked-since-backup';
import { listSnapshots } from './list-snapshots';
import { mendProject } from './mend-project';
import { restoreSnapshot } from './restore-snapshot';
import { takeSnapshot } from './take-snapshot';

const DAMAGE = '{"format": "factdesk-document", "sch';

/**
 * The project of `workedOnSinceBackup`, with the paths of its three documents: the one holding the
 * noted claim, the other seed draft, and the late one.
 */
async function withDocumentPaths() {
  const { dir, claims, backup } = await workedOnSinceBackup('mend.factdesk');
  const listed = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')).documents as {
    path: string;
  }[];
  const withNote = [];
  for (const { path } of listed)
    withNote.push((await readFile(join(dir, path), 'utf8')).includes(claims[0]!));
  const noted = listed[withNote.indexOf(true)]!.path;
  const [other, late] = listed.filter((entry) => entry.path !== noted).map((entry) => entry.path);
  return { dir, claim: claims[0]!, noted, other: other!, late: late!, backup: backup.info };
}

async function openedState(dir: string, claim: string) {
  const project = await OpenProject.open(dir, { tool: 't' });
  const state = {
    documents: project
      .view()
      .documents.map((doc) => doc.fileName)
      .sort(),
    note: project.claimRow(claim).note,
  };
  await project.close();
  return state;
}

describe('mending a damaged project from its backups', () => {
  it('puts back only the damaged document: the note and the draft added since the backup stay', async () => {
    const { dir, claim, other, backup } = await withDocumentPaths();
    await writeFile(join(dir, other), DAMAGE);
    const refusal = await OpenProject.open(dir, { tool: 't' }).then(
      () => null,
      (error: unknown) => errorReplyFor(error),
    );
    expect(refusal?.message).toMatch(
      new RegExp(
        `^${other} is damaged: it is not valid JSON\\. It was left untouched\\. To mend it, Factdesk puts back ${other} from the backup of .* UTC, and keeps everything else as it is now \\(Mend in the app, or factdesk mend ".*"\\)\\. Restoring the whole newest good backup instead \\(${backup.name}, made .*\\) takes every file back to then`,
      ),
    );
    // The app shows the damage alone and offers the ways out as buttons.
    expect(refusal?.damage).toBe(`${other} is damaged: it is not valid JSON. It was left untouched.`);

    const result = await mendProject(dir, { tool: 't' });
    expect(result.mended).toEqual([{ path: other, backup }]);
    expect(result.leftOut).toEqual([]);
    expect(result.movedAside).toEqual([
      expect.stringMatching(new RegExp(`^${other}\\.damaged-\\d{8}T\\d{9}Z$`)),
    ]);
    expect(await readFile(join(dir, result.movedAside[0]!), 'utf8')).toBe(DAMAGE);
    expect(result.keptAs.reason).toBe('before-mend');
    expect(await openedState(dir, claim)).toEqual({
      documents: ['late.txt', 'nato-belarus-2022.txt', 'short.txt'],
      note: 'after the backup',
    });
    // The state before the mend, damage included, is a backup of its own.
    const kept = (await listSnapshots(dir)).find((s) => s.info.name === result.keptAs.name)!;
    expect(await readFile(join(kept.folder, other), 'utf8')).toBe(DAMAGE);
  });

  it('restores a "before a restore" backup that holds the damage, taking the damaged file from an older backup', async () => {
    const { dir, claim, other, backup } = await withDocumentPaths();
    await writeFile(join(dir, other), DAMAGE);
    const whole = await restoreSnapshot(dir, backup.name, { tool: 't' });
    expect(await openedState(dir, claim)).toEqual({
      documents: ['nato-belarus-2022.txt', 'short.txt'],
      note: '',
    });
    // Going back to the state before that restore brings the note and the late draft back.
    const back = await restoreSnapshot(dir, whole.keptAs.name, { tool: 't' });
    expect(back.mended).toEqual([{ path: other, backup }]);
    expect(await openedState(dir, claim)).toEqual({
      documents: ['late.txt', 'nato-belarus-2022.txt', 'short.txt'],
      note: 'after the backup',
    });
  });

  it('mends project.json from a backup and still lists the draft added after it', async () => {
    const { dir, claim } = await withDocumentPaths();
    await writeFile(join(dir, 'project.json'), '');
    const result = await mendProject(dir, { tool: 't' });
    expect(result.mended.map((file) => file.path)).toEqual(['project.json']);
    expect(await openedState(dir, claim)).toEqual({
      documents: ['late.txt', 'nato-belarus-2022.txt', 'short.txt'],
      note: 'after the backup',
    });
  });

  it('sets aside a damaged draft no backup holds, says so first, and opens without it', async () => {
    const { dir, claim, late } = await withDocumentPaths();
    await writeFile(join(dir, late), DAMAGE);
    await expect(OpenProject.open(dir, { tool: 't' })).rejects.toThrow(
      `To mend it, Factdesk sets aside ${late}, which no backup holds, leaving its draft out, and keeps everything else`,
    );
    const result = await mendProject(dir, { tool: 't' });
    expect(result).toMatchObject({ mended: [], leftOut: [late] });
    expect(await readFile(join(dir, result.movedAside[0]!), 'utf8')).toBe(DAMAGE);
    expect(await openedState(dir, claim)).toEqual({
      documents: ['nato-belarus-2022.txt', 'short.txt'],
      note: 'after the backup',
    });
  });

  it('changes nothing when nothing is damaged, in a folder that is no project, or when no good project.json exists anywhere', async () => {
    const { dir } = await withDocumentPaths();
    const before = await folderState(dir);
    await expect(mendProject(dir, { tool: 't' })).rejects.toThrow(
      /^Nothing in .* needs mending; nothing was changed\.$/,
    );
    expect(await folderState(dir)).toEqual(before);
    const elsewhere = await tempDir();
    await expect(mendProject(elsewhere, { tool: 't' })).rejects.toMatchObject({
      code: 'not-found',
      message: `${elsewhere} is not a Factdesk project: it has no project.json and no backups to mend it from.`,
    });
    expect(await readdir(elsewhere)).toEqual([]); // not even a lock was taken there
    for (const snapshot of await listSnapshots(dir))
      await writeFile(join(snapshot.folder, 'project.json'), 'null');
    await writeFile(join(dir, 'project.json'), 'null');
    const damaged = await folderState(dir);
    await expect(mendProject(dir, { tool: 't' })).rejects.toThrow(
      'The project cannot be mended: project.json cannot be read and no backup holds a good copy of it. Nothing was changed.',
    );
    expect(await folderState(dir)).toEqual(damaged);
  });

  it('mends from the app: the list offers it, and mending opens the project', async () => {
    const { dir, other, backup } = await withDocumentPaths();
    await writeFile(join(dir, other), DAMAGE);
    const { call, raw } = await servicesWithRouter();
    expect(await raw('project:open', { dir })).toMatchObject({ ok: false, error: { code: 'file-damaged' } });
    const list = await call('backups:list', { dir });
    expect(list.mend).toEqual({
      mended: [{ path: other, backup: backup.name, createdAt: backup.createdAt }],
      leftOut: [],
    });
    const mended = await call('backups:mend', { dir });
    expect(mended.project.documents).toHaveLength(3);
    expect(mended.mended.map((file) => file.path)).toEqual([other]);
    expect((await call('project:current', {}))?.dir).toBe(dir);
    expect((await call('backups:list', {})).mend).toBeNull();
  });
});

describe('mending an open project from Backups…', () => {
  it('puts back a damaged versions file (read only when versions are compared) and reopens', async () => {
    const { call, raw } = await servicesWithRouter();
    const dir = join(await tempDir(), 'versions.factdesk');
    await call('project:create', { dir, title: 'Versions' });
    const text = 'In 2023, 40 percent of voters agreed. Prices rose 5 percent.';
    const [doc] = (await call('documents:importText', { fileName: 'a.txt', text })).imported;
    await call('document:revise', {
      documentId: doc!.id,
      fileName: 'a.txt',
      text: `${text} Wages rose 2 percent.`,
    });
    await takeSnapshot(dir, 'manual', { now: () => new Date() }); // as the app does while editing
    const versionsFile = join(dir, 'documents', `${doc!.id}.versions.json`);
    await writeFile(versionsFile, '{"format": "factdesk-versions", "sch');
    expect(await raw('document:diff', { documentId: doc!.id, from: 1, to: 2 })).toMatchObject({
      ok: false,
      error: { code: 'file-damaged' },
    });

    const list = await call('backups:list', {});
    expect(list.mend?.mended.map((file) => file.path)).toEqual([`documents/${doc!.id}.versions.json`]);
    const mended = await call('backups:mend', {});
    expect(mended.movedAside).toEqual([expect.stringMatching(/\.versions\.json\.damaged-/)]);
    const diff = await call('document:diff', { documentId: doc!.id, from: 1, to: 2 });
    expect(diff.parts.some((part) => part.kind === 'added' && part.text.includes('Wages'))).toBe(true);
  });
});
