import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots } from '../backups/list-snapshots';
import { restoreSnapshot } from '../backups/restore-snapshot';
import { inlineRunner } from '../extraction/extraction-runner';
import { OpenProject } from '../project/open-project';
import { diffVersions, versionsOf } from './document-versions';
import { reviseDocument } from './revise-document';
import { textHash } from './version-hashes';
import { TEXTS, revisedProject } from '../../test-support/revisions/revised-project';
import { setNote } from '../../test-support/claim-changes';

/** A file's bytes and identity (inode, size, change time to the nanosecond). */
async function fileState(path: string) {
  const info = await stat(path, { bigint: true });
  return { bytes: await readFile(path), identity: `${info.ino}:${info.size}:${info.mtimeNs}` };
}

/** The text of a version, put back together from a diff against itself. */
async function textOf(project: OpenProject, documentId: string, number: number): Promise<string> {
  const diff = await diffVersions(project, documentId, number, number);
  return diff.parts.map((part) => part.text).join('');
}

const PASSPHRASE = 'correct horse battery staple';

describe('earlier versions in their own file', () => {
  it('keeps every earlier text in documents/<id>.versions.json and none in the document file', async () => {
    const { documentFile, versionsFile, documentId } = await revisedProject();
    const versions = JSON.parse(await readFile(versionsFile, 'utf8'));
    expect(versions).toEqual({
      format: 'factdesk-versions',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      documentId,
      versions: [
        { number: 1, fileName: 'v1.txt', sourceFormat: 'txt', loadedAt: expect.any(String), text: TEXTS[0] },
        { number: 2, fileName: 'v2.txt', sourceFormat: 'txt', loadedAt: expect.any(String), text: TEXTS[1] },
      ],
    });
    const doc = JSON.parse(await readFile(documentFile, 'utf8'));
    expect(doc).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      text: TEXTS[2],
      revision: { fileName: 'v3.txt' },
    });
    // The document keeps each earlier text's hash (schema 6), never the text.
    const loadedAt = expect.any(String);
    expect(doc.versions).toEqual([
      { number: 1, fileName: 'v1.txt', sourceFormat: 'txt', loadedAt, textHash: textHash(TEXTS[0]) },
      { number: 2, fileName: 'v2.txt', sourceFormat: 'txt', loadedAt, textHash: textHash(TEXTS[1]) },
    ]);
  });

  it('writes only the document file when a claim of a revised document is marked', async () => {
    const { dir, documentFile, versionsFile } = await revisedProject();
    const project = await OpenProject.open(dir, { tool: 'test', backups: false });
    const versionsBefore = await fileState(versionsFile);
    const documentBefore = await fileState(documentFile);
    const claim = (await project.claimRows())[0]!;
    await project.changeClaim(claim.id, [{ type: 'setStatus', claimId: claim.id, status: 'disputed' }], {
      by: 'Ana',
      at: new Date().toISOString(),
    });
    await project.close();
    expect(await fileState(versionsFile)).toEqual(versionsBefore);
    const documentAfter = await fileState(documentFile);
    expect(documentAfter.identity).not.toBe(documentBefore.identity);
    const written = JSON.parse(documentAfter.bytes.toString('utf8'));
    expect(written.claims.find((entry: { id: string }) => entry.id === claim.id).status).toBe('disputed');
    // The document file holds the current text once, and no earlier one.
    expect(documentAfter.bytes.length).toBeLessThan(documentBefore.bytes.length + 200);
    expect(written.versions.filter((entry: object) => 'text' in entry)).toEqual([]);
  });

  it('reads earlier texts only when asked: versions listed from the document, any two compared', async () => {
    const { dir, documentId, versionsFile } = await revisedProject();
    await unlink(versionsFile); // listing versions and showing the current one never needs the file
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect(versionsOf(project.document(documentId)).map((v) => [v.number, v.fileName, v.current])).toEqual([
      [1, 'v1.txt', false],
      [2, 'v2.txt', false],
      [3, 'v3.txt', true],
    ]);
    expect(await textOf(project, documentId, 3)).toBe(TEXTS[2]);
    await project.close();

    const full = await revisedProject();
    const reopened = await OpenProject.open(full.dir, { tool: 'test', readOnly: true });
    for (const number of [1, 2, 3])
      expect(await textOf(reopened, full.documentId, number)).toBe(TEXTS[number - 1]);
    const diff = await diffVersions(reopened, full.documentId, 1, 3);
    expect(diff.parts.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['30,000']);
    await reopened.close();
  });

  it('refuses a damaged or missing versions file in one sentence; the document still opens, nothing is written', async () => {
    const { dir, documentId, documentFile, versionsFile } = await revisedProject();
    const path = `documents/${documentId}.versions.json`;
    await writeFile(versionsFile, '{"format": "factdesk-versions", ');
    const project = await OpenProject.open(dir, { tool: 'test', backups: false });
    expect((await project.claimRows()).length).toBeGreaterThan(0);
    await expect(diffVersions(project, documentId, 1, 3)).rejects.toThrow(
      `${path} is damaged: it is not valid JSON. It was left untouched. The document itself is not affected; a backup of the project may still hold its earlier versions (Backups).`,
    );
    const documentBefore = await readFile(documentFile);
    await expect(
      reviseDocument(
        project,
        documentId,
        { kind: 'text', fileName: 'v4.txt', text: 'A fourth text.' },
        'Ana',
        inlineRunner,
      ),
    ).rejects.toThrow(
      /^documents\/\S+\.versions\.json is damaged: .* No new version was loaded; nothing was changed\.$/,
    );
    expect(await readFile(versionsFile, 'utf8')).toBe('{"format": "factdesk-versions", ');
    expect(await readFile(documentFile)).toEqual(documentBefore);
    // Marks go on as usual, and leave the damaged file as it is.
    await setNote(project, (await project.claimRows())[0]!.id, 'still works');
    expect(await readFile(versionsFile, 'utf8')).toBe('{"format": "factdesk-versions", ');

    await unlink(versionsFile);
    await expect(diffVersions(project, documentId, 2, 3)).rejects.toThrow(
      `${path} is missing, so the earlier versions of "${project.document(documentId).title}" cannot be read.`,
    );
    // Comparing the current text with itself needs no file.
    expect((await diffVersions(project, documentId, 3, 3)).parts).toHaveLength(1);
    await project.close();
  });

  it('refuses a versions file that belongs to another document or lacks a version', async () => {
    const { dir, documentId, versionsFile } = await revisedProject();
    const file = JSON.parse(await readFile(versionsFile, 'utf8'));
    await writeFile(versionsFile, JSON.stringify({ ...file, documentId: 'd_other' }));
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    await expect(diffVersions(project, documentId, 1, 2)).rejects.toThrow(
      `documents/${documentId}.versions.json is damaged: it holds the versions of document d_other, not ${documentId}. It was left untouched.`,
    );
    await writeFile(versionsFile, JSON.stringify({ ...file, versions: file.versions.slice(1) }));
    await expect(diffVersions(project, documentId, 2, 3)).rejects.toThrow(
      /it lacks version 1 of ".*"\. It was left untouched\./,
    );
    await project.close();
  });

  it('encrypts the versions file like every project file', async () => {
    const { dir, documentId, versionsFile } = await revisedProject({ passphrase: PASSPHRASE, kdfLogN: 15 });
    const stored = await readFile(versionsFile);
    expect(stored.subarray(0, 4).toString('latin1')).toBe('FDX1');
    expect(stored.includes(Buffer.from('13,000'))).toBe(false);
    await expect(OpenProject.open(dir, { tool: 'test', readOnly: true })).rejects.toThrow();
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true, passphrase: PASSPHRASE });
    expect(await textOf(project, documentId, 1)).toBe(TEXTS[0]);
    await project.close();
  });

  it('is backed up and restored with its document, and is not counted as a document', async () => {
    const { dir, documentId, versionsFile } = await revisedProject();
    const project = await OpenProject.open(dir, { tool: 'test' });
    const snapshot = await project.snapshot('manual');
    await project.close();
    expect(snapshot!.documents).toBe(1);
    const [newest] = await listSnapshots(dir);
    expect(newest!.manifest.files.map((file) => file.path)).toContain(
      `documents/${documentId}.versions.json`,
    );

    const good = await readFile(versionsFile);
    await writeFile(versionsFile, 'damaged');
    const restored = await restoreSnapshot(dir, snapshot!.name, { tool: 'test' });
    expect(restored.movedAside).toEqual([expect.stringMatching(/^documents\/.+\.versions\.json\.damaged-/)]);
    expect(await readFile(versionsFile)).toEqual(good);
    expect(await readFile(join(dir, restored.movedAside[0]!), 'utf8')).toBe('damaged');
    const reopened = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect(await textOf(reopened, documentId, 2)).toBe(TEXTS[1]);
    await reopened.close();
  });
});
