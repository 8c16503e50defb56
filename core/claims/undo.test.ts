import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

async function setUp() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'undo.factdesk');
  await harness.call('project:create', { dir, title: 'Undo' });
  await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  const rows = await claimRecords(harness.call);
  const onDisk = async (documentId: string) =>
    JSON.parse(await readFile(join(dir, 'documents', `${documentId}.json`), 'utf8')) as {
      claims: { id: string; status: string; citations: unknown[] }[];
      dismissed: string[];
    };
  return { ...harness, rows, onDisk };
}

const IMPORT =
  'importing “Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus”';

describe('undo and redo', () => {
  it('takes back a status change on disk and puts it back', async () => {
    const { call, rows, onDisk } = await setUp();
    const row = rows[0]!;
    await call('claim:setStatus', { claimId: row.id, status: 'verified' });
    const undone = await call('edit:undo', {});
    expect(undone.changes.updated.map((r) => [r.id, r.status])).toEqual([[row.id, 'unchecked']]);
    // What is left to undo is the import that brought the draft in.
    expect(undone).toMatchObject({ canUndo: true, canRedo: true, undoLabel: IMPORT });
    expect((await onDisk(row.documentId)).claims.find((c) => c.id === row.id)?.status).toBe('unchecked');
    const redone = await call('edit:redo', {});
    expect(redone.changes.updated[0]?.status).toBe('verified');
    expect((await onDisk(row.documentId)).claims.find((c) => c.id === row.id)?.status).toBe('verified');
  });

  it('brings back a dismissed claim and forgets the dismissal', async () => {
    const { call, rows, onDisk } = await setUp();
    const row = rows[1]!;
    await call('claim:dismiss', { claimId: row.id });
    expect((await onDisk(row.documentId)).dismissed).toContain(row.quote);
    const undone = await call('edit:undo', {});
    expect(undone.changes.updated.map((r) => r.id)).toEqual([row.id]);
    const doc = await onDisk(row.documentId);
    expect(doc.claims.some((c) => c.id === row.id)).toBe(true);
    expect(doc.dismissed).not.toContain(row.quote);
  });

  it('undoes citations, and a new change clears redo', async () => {
    const { call, rows, onDisk } = await setUp();
    const row = rows[2]!;
    await call('claim:addCitation', {
      claimId: row.id,
      citation: { url: 'https://example.org/a', title: 'A', quote: '', stance: 'supports' },
    });
    await call('edit:undo', {});
    expect((await onDisk(row.documentId)).claims.find((c) => c.id === row.id)?.citations).toEqual([]);
    await call('claim:setNote', { claimId: row.id, note: 'new' });
    expect((await call('edit:redo', {})).label).toBeNull();
  });

  it('edits a citation in place as one change that one undo takes back', async () => {
    const { call, rows, onDisk } = await setUp();
    const row = rows[3]!;
    const cited = await call('claim:addCitation', {
      claimId: row.id,
      citation: { url: 'https://example.org/a', title: 'A', quote: '', stance: 'supports' },
    });
    const first = cited.citations[0]!;
    const edited = await call('claim:updateCitation', {
      claimId: row.id,
      citationId: first.id,
      citation: { url: 'https://example.org/b', title: 'B', quote: 'q', stance: 'refutes' },
    });
    expect(edited.citations).toMatchObject([
      { id: first.id, title: 'B', stance: 'refutes', addedAt: first.addedAt },
    ]);
    expect(edited.history.slice(-2).map((entry) => entry.action)).toEqual(['uncite', 'cite']);
    await call('edit:undo', {});
    const back = (await onDisk(row.documentId)).claims.find((c) => c.id === row.id)?.citations;
    expect(back).toMatchObject([{ id: first.id, title: 'A', stance: 'supports' }]);
    await expect(
      call('claim:updateCitation', {
        claimId: row.id,
        citationId: 'nope',
        citation: { title: 'C', quote: '', stance: 'context' },
      }),
    ).rejects.toThrow('This claim has no citation nope.');
  });

  it('says there is nothing to undo once the import is taken back', async () => {
    const { call } = await setUp();
    expect(await call('edit:undo', {})).toMatchObject({ label: IMPORT, canUndo: false, canRedo: true });
    expect(await call('edit:undo', {})).toMatchObject({ label: null, canUndo: false, canRedo: true });
  });
});
