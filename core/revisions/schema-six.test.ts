// Schema 6: each earlier version's entry keeps the hash of its text, so an old copy under another
// file name is recognised without reading versions files. A project from before gets the hashes
// when it is opened for writing (after a backup), or on first need when it is opened on demand.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { listSnapshots } from '../backups/list-snapshots';
import { importInBatches } from '../documents/import-batches';
import { inlineRunner } from '../extraction/extraction-runner';
import { OpenProject } from '../project/open-project';
import { folderState } from '../../test-support/safety/folder-state';
import { TEXTS, revisedProject } from '../../test-support/revisions/revised-project';
import { textHash } from './version-hashes';

/** A revised project as schema 5 wrote it: every file at schema 5, no hashes in the entries. */
async function schemaFiveProject(options: { backups?: false } = {}) {
  const project = await revisedProject(options);
  const doc = JSON.parse(await readFile(project.documentFile, 'utf8'));
  for (const entry of doc.versions) delete entry.textHash;
  await writeFile(project.documentFile, JSON.stringify({ ...doc, schemaVersion: 5 }));
  for (const path of [join(project.dir, 'project.json'), project.versionsFile]) {
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, schemaVersion: 5 }));
  }
  return project;
}

const hashesIn = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')).versions.map((entry: { textHash?: string }) => entry.textHash);

/** Imports one renamed copy of version 1 and says what became of it. */
async function importRenamedCopy(project: OpenProject) {
  const [result] = await importInBatches(
    project,
    [{ name: 'v1 (1).txt', source: { kind: 'text', fileName: 'v1 (1).txt', text: TEXTS[0] } }],
    { runner: inlineRunner, jobsAtOnce: 1, checker: 'Ana', hold: 'same-text' },
  );
  return result!;
}

describe('schema 6 (the hash of each earlier text)', () => {
  it('is the current schema or an earlier one', () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  });

  it('gives an older project its hashes on open for writing, after a backup, leaving the texts alone', async () => {
    const { dir, documentId, documentFile, versionsFile } = await schemaFiveProject();
    const versionsBytes = await readFile(versionsFile, 'utf8');
    const schemaFiveBytes = await readFile(documentFile, 'utf8');
    const project = await OpenProject.open(dir, { tool: 'test' });
    expect(await hashesIn(documentFile)).toEqual([textHash(TEXTS[0]), textHash(TEXTS[1])]);
    expect(JSON.parse(await readFile(documentFile, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(await readFile(versionsFile, 'utf8')).toBe(versionsBytes);
    const upgrade = (await listSnapshots(dir)).find((snapshot) => snapshot.info.reason === 'before-upgrade');
    expect(await readFile(join(upgrade!.folder, 'documents', `${documentId}.json`), 'utf8')).toBe(
      schemaFiveBytes,
    );
    // A renamed copy of version 1 is now held back as that version.
    expect(await importRenamedCopy(project)).toMatchObject({
      kind: 'held',
      duplicate: { reason: 'earlier-version', documentId, version: 1, currentVersion: 3 },
    });
    await project.close();
  });

  it('reads an older project read-only as it is, writing nothing', async () => {
    const { dir, documentId } = await schemaFiveProject({ backups: false });
    const before = await folderState(dir);
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect(await project.earlierVersionHashes(documentId)).toEqual([
      { number: 1, hash: textHash(TEXTS[0]) },
      { number: 2, hash: textHash(TEXTS[1]) },
    ]);
    await project.close();
    expect(await folderState(dir)).toEqual(before);
  });

  it('opened on demand, gives a document its hashes when an import first needs them, and only then', async () => {
    const { dir, documentId, documentFile } = await schemaFiveProject({ backups: false });
    const project = await OpenProject.open(dir, { tool: 'test', documents: 'on-demand' });
    expect(await hashesIn(documentFile)).toEqual([undefined, undefined]);
    const read = vi.spyOn(project, 'earlierVersions');
    expect(await importRenamedCopy(project)).toMatchObject({
      kind: 'held',
      duplicate: { reason: 'earlier-version', documentId, version: 1 },
    });
    expect(await hashesIn(documentFile)).toEqual([textHash(TEXTS[0]), textHash(TEXTS[1])]);
    // The next import compares by the hashes kept: no versions file is read.
    read.mockClear();
    expect(await importRenamedCopy(project)).toMatchObject({ kind: 'held' });
    expect(read).not.toHaveBeenCalled();
    await project.close();
  });

  it('leaves a document whose versions file cannot be read as it was, and still opens it', async () => {
    const { dir, documentFile, versionsFile } = await schemaFiveProject({ backups: false });
    await writeFile(versionsFile, 'not json');
    const documentBefore = await readFile(documentFile);
    const project = await OpenProject.open(dir, { tool: 'test' });
    expect((await project.claimRows()).length).toBeGreaterThan(0);
    // The copy cannot be recognised without the texts: it comes in as a draft of its own.
    expect(await importRenamedCopy(project)).toMatchObject({ kind: 'imported' });
    await project.close();
    expect(await readFile(documentFile)).toEqual(documentBefore);
    expect(await readFile(versionsFile, 'utf8')).toBe('not json');
  });
});
