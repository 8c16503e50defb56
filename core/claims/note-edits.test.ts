import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

async function setUp() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'notes.factdesk');
  await harness.call('project:create', { dir, title: 'Notes' });
  await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  const rows = await claimRecords(harness.call);
  const onDisk = async (documentId: string, claimId: string) =>
    (
      JSON.parse(await readFile(join(dir, 'documents', `${documentId}.json`), 'utf8')) as {
        claims: { id: string; note: string; status: string; history: { action: string; to?: string }[] }[];
      }
    ).claims.find((claim) => claim.id === claimId)!;
  return { ...harness, rows, onDisk };
}

describe('note edits and undo labels', () => {
  it('a note saved on every pause is one undo step and one history entry', async () => {
    const { call, rows, onDisk } = await setUp();
    const row = rows[0]!;
    await call('claim:setStatus', { claimId: row.id, status: 'verified' });
    const typed = ['Ch', 'Checked agains', 'Checked against the', 'Checked against the 2022 census.'];
    for (const note of typed) await call('claim:setNote', { claimId: row.id, note });
    const saved = await onDisk(row.documentId, row.id);
    expect(saved.note).toBe('Checked against the 2022 census.');
    expect(saved.history.filter((entry) => entry.action === 'note')).toEqual([
      expect.objectContaining({ from: '', to: 'Checked against the 2022 census.' }),
    ]);
    expect(await call('edit:state', {})).toEqual({
      canUndo: true,
      canRedo: false,
      undoLabel: 'editing the note',
      redoLabel: null,
    });
    const undone = await call('edit:undo', {});
    expect(undone).toMatchObject({
      label: 'editing the note',
      undoLabel: 'marking verified',
      redoLabel: 'editing the note',
    });
    expect(undone.changes.updated.map((r) => [r.id, r.note, r.status])).toEqual([[row.id, '', 'verified']]);
    expect((await onDisk(row.documentId, row.id)).history.some((entry) => entry.action === 'note')).toBe(
      false,
    );
    const redone = await call('edit:redo', {});
    expect(redone.changes.updated[0]?.note).toBe('Checked against the 2022 census.');
  });

  it('another change in between starts a new note edit', async () => {
    const { call, rows, onDisk } = await setUp();
    const [a, b] = rows;
    await call('claim:setNote', { claimId: a!.id, note: 'First' });
    await call('claim:setStatus', { claimId: b!.id, status: 'disputed' });
    await call('claim:setNote', { claimId: a!.id, note: 'First, then more' });
    expect(
      (await onDisk(a!.documentId, a!.id)).history.filter((entry) => entry.action === 'note'),
    ).toHaveLength(2);
    expect((await call('edit:undo', {})).changes.updated[0]?.note).toBe('First');
    expect((await call('edit:undo', {})).label).toBe('marking disputed');
  });

  it('a note put back to what it was is a step of its own, which undo takes back', async () => {
    const { call, rows, onDisk } = await setUp();
    const row = rows[1]!;
    await call('claim:setNote', { claimId: row.id, note: 'Oops' });
    await call('claim:setNote', { claimId: row.id, note: '' });
    expect(
      (await onDisk(row.documentId, row.id)).history.filter((entry) => entry.action === 'note'),
    ).toHaveLength(2);
    expect((await call('edit:undo', {})).changes.updated[0]?.note).toBe('Oops');
    expect((await call('edit:undo', {})).changes.updated[0]?.note).toBe('');
    expect(await call('edit:state', {})).toMatchObject({ undoLabel: expect.stringMatching(/^importing “/) });
  });

  it('says each change in words, and a mark that changes nothing is no step', async () => {
    const { call, rows } = await setUp();
    const row = rows[2]!;
    await call('claim:setStatus', { claimId: row.id, status: 'unsourced' });
    await call('claim:setStatus', { claimId: row.id, status: 'unsourced' });
    await call('claim:setAssignee', { claimId: row.id, assignee: 'Ben' });
    const restated = await call('claim:setStatement', {
      claimId: row.id,
      text: 'Belarus hosts 30,000 Russian troops.',
    });
    expect(restated.text).toBe('Belarus hosts 30,000 Russian troops.');
    const labels: (string | null)[] = [];
    for (let step = 0; step < 3; step++) labels.push((await call('edit:undo', {})).label);
    expect(labels).toEqual(['restating the claim', 'setting the assignee', 'marking unsourced']);
    // Below them is the import that brought the draft in.
    expect(await call('edit:state', {})).toMatchObject({ undoLabel: expect.stringMatching(/^importing “/) });
  });
});
