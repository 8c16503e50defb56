import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedProject } from '../../test-support/safety/seed-project';
import { tempDir } from '../../test-support/temp-dir';
import { CLAIM_INDEX_PATH } from './claim-index-file';
import { OpenProject } from './open-project';

const ctx = () => ({ by: 'Ana', at: new Date().toISOString() });

/** Each project file's identity (inode, size, change time): what a write would change. */
async function identities(dir: string, files: readonly string[]): Promise<string[]> {
  return Promise.all(
    files.map(async (file) => {
      const info = await stat(join(dir, file), { bigint: true });
      return `${file} ${info.ino} ${info.size} ${info.mtimeNs}`;
    }),
  );
}

async function seeded() {
  const dir = join(await tempDir(), 'writes.factdesk');
  await seedProject(dir, { backups: false });
  const project = await OpenProject.open(dir, { tool: 'test', backups: false });
  const [first, second] = project.allDocuments();
  const files = ['project.json', `documents/${first!.id}.json`, `documents/${second!.id}.json`];
  return { dir, project, first: first!, second: second!, files };
}

describe('the one write path', () => {
  it("writes a mark, a note and a citation to the claim's document file only", async () => {
    const { dir, project, first, files } = await seeded();
    const claimId = first.claims[3]!.id;
    const before = await identities(dir, files);
    const citation = {
      id: 'scite0000001',
      title: 'Census',
      quote: '',
      stance: 'supports' as const,
      addedAt: ctx().at,
      addedBy: 'Ana',
    };
    const result = await project.change(
      first.id,
      [
        { type: 'setStatus', claimId, status: 'verified' },
        { type: 'setNote', claimId, note: 'Matches the census.' },
        { type: 'addCitation', claimId, citation },
      ],
      ctx(),
    );
    expect(result.changes.updated.map((row) => [row.id, row.status, row.note])).toEqual([
      [claimId, 'verified', 'Matches the census.'],
    ]);
    const after = await identities(dir, files);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    const onDisk = JSON.parse(await readFile(join(dir, files[1]!), 'utf8'));
    expect(onDisk.claims.find((claim: { id: string }) => claim.id === claimId)).toMatchObject({
      status: 'verified',
      note: 'Matches the census.',
      citations: [citation],
    });
    await project.close();
  });

  it('writes nothing for a change that changes nothing, and nothing at all for one it refuses', async () => {
    const { dir, project, first, files } = await seeded();
    const claimId = first.claims[0]!.id;
    await project.change(first.id, [{ type: 'setStatus', claimId, status: 'disputed' }], ctx());
    const before = await identities(dir, files);
    const same = await project.change(first.id, [{ type: 'setStatus', claimId, status: 'disputed' }], ctx());
    expect(same.changed).toBe(false);
    expect(same.changes).toEqual({ updated: [], removed: [] });
    const inMemory = JSON.stringify(project.document(first.id));
    await expect(
      project.change(
        first.id,
        [
          { type: 'setStatus', claimId, status: 'verified' },
          { type: 'setAssignee', claimId, assignee: 'x'.repeat(201) },
        ],
        ctx(),
      ),
    ).rejects.toThrow(/^Factdesk refused a change to this claim: .*nothing was changed\.$/);
    expect(JSON.stringify(project.document(first.id))).toBe(inMemory);
    expect(await identities(dir, files)).toEqual(before);
    await project.close();
  });
});

describe('opening on demand', () => {
  it("reads only the claim's document, named by the claim index, and never the others", async () => {
    const { dir, project, first, second } = await seeded();
    const claimId = second.claims[1]!.id;
    await project.close();
    // Opened with every document and closed: the index is written.
    expect(JSON.parse(await readFile(join(dir, CLAIM_INDEX_PATH), 'utf8'))).toMatchObject({
      format: 'factdesk-claim-index',
      documents: { [first.id]: first.claims.map((claim) => claim.id) },
    });
    // The other document is damaged: any attempt to read it would fail.
    await writeFile(join(dir, 'documents', `${first.id}.json`), '{ damaged');
    const onDemand = await OpenProject.open(dir, { tool: 'test', backups: false, documents: 'on-demand' });
    const row = await onDemand.changeClaim(
      claimId,
      [{ type: 'setStatus', claimId, status: 'unsourced' }],
      ctx(),
    );
    expect(row).toMatchObject({ id: claimId, documentId: second.id, status: 'unsourced' });
    expect(onDemand.complete).toBe(false);
    expect(() => onDemand.allDocuments()).toThrow('Not every document of this project is read yet.');
    await onDemand.close();
    const written = JSON.parse(await readFile(join(dir, 'documents', `${second.id}.json`), 'utf8'));
    expect(written.claims.find((claim: { id: string }) => claim.id === claimId).status).toBe('unsourced');
  });

  it('finds a claim the index does not know (missing or stale) by reading everything, and writes the index anew', async () => {
    const { dir, project, first, second } = await seeded();
    const claimId = first.claims[2]!.id;
    await project.close();
    await rm(join(dir, CLAIM_INDEX_PATH));
    let onDemand = await OpenProject.open(dir, { tool: 'test', backups: false, documents: 'on-demand' });
    expect(await onDemand.locateClaim(claimId)).toBe(first.id);
    await expect(onDemand.locateClaim('cnosuchclaim')).rejects.toThrow(
      'There is no claim cnosuchclaim in this project.',
    );
    await onDemand.close();
    const rebuilt = JSON.parse(await readFile(join(dir, CLAIM_INDEX_PATH), 'utf8'));
    expect(Object.keys(rebuilt.documents).sort()).toEqual([first.id, second.id].sort());
    // A stale index (it names the wrong document) costs time, never a wrong answer.
    rebuilt.documents = { [second.id]: [claimId] };
    await writeFile(join(dir, CLAIM_INDEX_PATH), JSON.stringify(rebuilt));
    onDemand = await OpenProject.open(dir, { tool: 'test', backups: false, documents: 'on-demand' });
    expect(await onDemand.locateClaim(claimId)).toBe(first.id);
    await onDemand.close();
    // A damaged index is only a cache: it is written anew, never refused.
    await writeFile(join(dir, CLAIM_INDEX_PATH), 'not json');
    onDemand = await OpenProject.open(dir, { tool: 'test', backups: false, documents: 'on-demand' });
    expect(await onDemand.locateClaim(claimId)).toBe(first.id);
    await onDemand.close();
    expect(JSON.parse(await readFile(join(dir, CLAIM_INDEX_PATH), 'utf8')).format).toBe(
      'factdesk-claim-index',
    );
  });

  it('keeps the index in step when claims come and go, so a later on-demand open finds a new claim at once', async () => {
    const { dir, project, first, second } = await seeded();
    await project.change(
      first.id,
      [{ type: 'addClaim', claimId: 'cnewclaim0001', start: 0, end: 8, kind: 'event' }],
      ctx(),
    );
    await project.close();
    await writeFile(join(dir, 'documents', `${second.id}.json`), '{ damaged');
    const onDemand = await OpenProject.open(dir, { tool: 'test', backups: false, documents: 'on-demand' });
    expect(await onDemand.locateClaim('cnewclaim0001')).toBe(first.id);
    await onDemand.close();
  });
});
