import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { readDraftFile } from '../drafts/read-draft';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { OpenProject } from './open-project';
import { setNote } from '../../test-support/claim-changes';

async function seededProject() {
  const dir = join(await tempDir(), 'Belarus.factdesk');
  const project = await OpenProject.create(dir, 'Belarus desk', { tool: 'test' });
  const doc = buildDocument(findClaimsIn(await readDraftFile(SEED_SAMPLE)), 'Ana');
  await project.addDocument(doc);
  return { dir, project, doc };
}

describe('OpenProject', () => {
  it('creates a project folder that reopens with its documents and claims', async () => {
    const { dir, project, doc } = await seededProject();
    await project.close();
    const again = await OpenProject.open(dir, { tool: 'test' });
    expect(again.title).toBe('Belarus desk');
    expect(again.view().documents.map((d) => d.id)).toEqual([doc.id]);
    expect((await again.claimRows()).length).toBe(doc.claims.length);
    for (const row of await again.claimRows()) expect(doc.text.slice(row.start, row.end)).toBe(row.quote);
    await again.close();
  });

  it('writes a mark to the document file only, durably, with history', async () => {
    const { dir, project, doc } = await seededProject();
    const claim = doc.claims[0]!;
    const projectFile = join(dir, 'project.json');
    const before = (await stat(projectFile)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const row = await project.changeClaim(
      claim.id,
      [{ type: 'setStatus', claimId: claim.id, status: 'verified' }],
      { by: 'Ana', at: new Date().toISOString() },
    );
    expect(row.status).toBe('verified');
    const onDisk = JSON.parse(await readFile(join(dir, 'documents', `${doc.id}.json`), 'utf8'));
    const saved = onDisk.claims.find((c: { id: string }) => c.id === claim.id);
    expect(saved.status).toBe('verified');
    expect(saved.history.at(-1)).toMatchObject({
      by: 'Ana',
      action: 'status',
      from: 'unchecked',
      to: 'verified',
    });
    expect((await stat(projectFile)).mtimeMs).toBe(before);
    await project.close();
  });

  it('refuses to create a project over a folder that has files', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await expect(OpenProject.create(dir, 'x', { tool: 'test' })).rejects.toThrow(
      /already exists and is not empty/,
    );
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('names a damaged document file and never overwrites it', async () => {
    const { dir, project, doc } = await seededProject();
    await project.close();
    const path = join(dir, 'documents', `${doc.id}.json`);
    await writeFile(path, '{"broken":');
    await expect(OpenProject.open(dir, { tool: 'test' })).rejects.toThrow(
      `documents/${doc.id}.json is damaged`,
    );
    expect(await readFile(path, 'utf8')).toBe('{"broken":');
  });

  it('lets a reader in while a writer holds the lock, and refuses a second writer', async () => {
    const { dir, project } = await seededProject();
    await expect(OpenProject.open(dir, { tool: 'test' })).rejects.toThrow(/open for writing/);
    const reader = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect((await reader.claimRows()).length).toBeGreaterThan(0);
    await expect(setNote(reader, (await reader.claimRows())[0]!.id, 'x')).rejects.toThrow(/read-only/);
    await project.close();
  });

  it('says clearly when a folder is not a project', async () => {
    await expect(OpenProject.open(await tempDir(), { tool: 'test' })).rejects.toThrow(
      /is not a Factdesk project/,
    );
    await expect(OpenProject.open('/nonexistent/where', { tool: 'test' })).rejects.toThrow(/does not exist/);
  });
});
