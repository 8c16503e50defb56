import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { buildReportModel } from '../../shared/reports/report-model';
import { listSnapshots } from '../backups/list-snapshots';
import { reportDataOf } from '../reports/load-report-data';
import { OpenProject } from '../project/open-project';
import { folderState } from '../../test-support/safety/folder-state';
import { diffVersions, versionsOf } from './document-versions';
import { TEXTS, asSchemaTwo, revisedProject } from '../../test-support/revisions/revised-project';

/** Every version's text of a document, through the diff of each with itself. */
async function allTexts(project: OpenProject, documentId: string): Promise<string[]> {
  const texts: string[] = [];
  for (const { number } of versionsOf(project.document(documentId))) {
    const diff = await diffVersions(project, documentId, number, number);
    texts.push(diff.parts.map((part) => part.text).join(''));
  }
  return texts;
}

/** A schema-2 project on disk: one document in three versions, its earlier texts inside its own file. */
async function schemaTwoProject() {
  const project = await revisedProject();
  await asSchemaTwo(project);
  const inline = JSON.parse(await readFile(project.documentFile, 'utf8'));
  expect(inline.schemaVersion).toBe(2);
  expect(inline.versions.map((v: { text: string }) => v.text)).toEqual(TEXTS.slice(0, 2));
  return project;
}

describe('schema 3 (earlier versions in their own file)', () => {
  it('is the current schema or an earlier one', () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('reads a schema-2 project read-only as it is, writing nothing', async () => {
    const { dir, documentId } = await schemaTwoProject();
    const before = await folderState(dir);
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect(await allTexts(project, documentId)).toEqual([...TEXTS]);
    const model = buildReportModel(await reportDataOf(project), {});
    expect(model.versions?.documents).toEqual([expect.objectContaining({ id: documentId, versions: 3 })]);
    await project.close();
    expect(await folderState(dir)).toEqual(before);
  });

  it('moves the earlier texts of a schema-2 project to their own file on open, after a backup', async () => {
    const { dir, documentId, documentFile, versionsFile } = await schemaTwoProject();
    const schemaTwoBytes = await readFile(documentFile, 'utf8');
    const project = await OpenProject.open(dir, { tool: 'test' });
    const snapshots = await listSnapshots(dir);
    const upgrade = snapshots.find((snapshot) => snapshot.info.reason === 'before-upgrade');
    expect(upgrade).toBeDefined();
    // The backup holds the document as schema 2 wrote it, and no versions file.
    expect(await readFile(join(upgrade!.folder, 'documents', `${documentId}.json`), 'utf8')).toBe(
      schemaTwoBytes,
    );
    expect(upgrade!.manifest.files.map((file) => file.path)).not.toContain(
      `documents/${documentId}.versions.json`,
    );

    const doc = JSON.parse(await readFile(documentFile, 'utf8'));
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.versions).toEqual([
      expect.not.objectContaining({ text: expect.anything() }),
      expect.not.objectContaining({ text: expect.anything() }),
    ]);
    expect(doc.versions.map((v: { number: number; fileName: string }) => [v.number, v.fileName])).toEqual([
      [1, 'v1.txt'],
      [2, 'v2.txt'],
    ]);
    const versions = JSON.parse(await readFile(versionsFile, 'utf8'));
    expect(versions.versions.map((v: { text: string }) => v.text)).toEqual(TEXTS.slice(0, 2));
    expect(await allTexts(project, documentId)).toEqual([...TEXTS]);
    await project.close();

    // Opened again: nothing left to move, so no second backup for it.
    const again = await OpenProject.open(dir, { tool: 'test' });
    await again.close();
    const upgrades = (await listSnapshots(dir)).filter((s) => s.info.reason === 'before-upgrade');
    expect(upgrades).toHaveLength(1);
  });

  it('finishes a move a crash interrupted, keeping what the versions file already had', async () => {
    const project = await revisedProject();
    const written = await readFile(project.versionsFile, 'utf8');
    await asSchemaTwo(project);
    await writeFile(project.versionsFile, written); // the crash came after the versions file, before the document
    const opened = await OpenProject.open(project.dir, { tool: 'test', backups: false });
    expect(await allTexts(opened, project.documentId)).toEqual([...TEXTS]);
    await opened.close();
    expect(JSON.parse(await readFile(project.documentFile, 'utf8')).versions[0]).not.toHaveProperty('text');
  });

  it('never writes over a versions file it cannot read: that document keeps its texts inline', async () => {
    const { dir, documentId, documentFile, versionsFile } = await schemaTwoProject();
    await writeFile(versionsFile, 'not json');
    const documentBefore = await readFile(documentFile);
    const project = await OpenProject.open(dir, { tool: 'test', backups: false });
    expect(await allTexts(project, documentId)).toEqual([...TEXTS]);
    await project.close();
    expect(await readFile(versionsFile, 'utf8')).toBe('not json');
    expect(await readFile(documentFile)).toEqual(documentBefore);
  });
});
