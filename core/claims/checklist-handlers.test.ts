import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultChecklists } from '../../shared/domain';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

async function setUp() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'checklist.factdesk');
  await harness.call('project:create', { dir, title: 'Checklists' });
  await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  const rows = await claimRecords(harness.call);
  const claimOnDisk = async (documentId: string, claimId: string) => {
    const doc = JSON.parse(await readFile(join(dir, 'documents', `${documentId}.json`), 'utf8')) as {
      claims: { id: string; ticks?: string[]; history: { action: string; to?: string }[] }[];
    };
    return doc.claims.find((claim) => claim.id === claimId)!;
  };
  const projectOnDisk = async () =>
    JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { checklists?: unknown };
  return { ...harness, dir, rows, claimOnDisk, projectOnDisk };
}

describe('checklist channels', () => {
  it('tick an item of the claim’s kind on disk, in its history, as one undo step', async () => {
    const { call, rows, claimOnDisk } = await setUp();
    const row = rows[0]!;
    const first = defaultChecklists[row.kind][0]!;
    const ticked = await call('claim:tick', { claimId: row.id, item: first.id, done: true });
    expect(ticked.ticks).toEqual([first.id]);
    const onDisk = await claimOnDisk(row.documentId, row.id);
    expect(onDisk.ticks).toEqual([first.id]);
    expect(onDisk.history.at(-1)).toMatchObject({ action: 'ticked', to: first.text });
    expect(await call('edit:state', {})).toMatchObject({ undoLabel: 'ticking a checklist item' });
    const undone = await call('edit:undo', {});
    expect(undone.label).toBe('ticking a checklist item');
    expect(undone.changes.updated[0]!.ticks).toBeUndefined();
    expect((await claimOnDisk(row.documentId, row.id)).ticks).toBeUndefined();
    await call('edit:redo', {});
    expect((await claimOnDisk(row.documentId, row.id)).ticks).toEqual([first.id]);
  });

  it('refuse ticking an item the claim’s checklist does not have, in one sentence, writing nothing', async () => {
    const { call, rows, claimOnDisk } = await setUp();
    const row = rows[0]!;
    await expect(call('claim:tick', { claimId: row.id, item: 'no-such-item', done: true })).rejects.toThrow(
      "This item is no longer on the claim's checklist.",
    );
    await expect(call('claim:tick', { claimId: row.id, item: 'bad id!', done: true })).rejects.toThrow();
    expect((await claimOnDisk(row.documentId, row.id)).ticks).toBeUndefined();
  });

  it("keep the project's own checklists in project.json; a reworded item keeps its ticks", async () => {
    const { call, rows, projectOnDisk } = await setUp();
    const row = rows[0]!;
    const items = defaultChecklists[row.kind];
    await call('claim:tick', { claimId: row.id, item: items[0]!.id, done: true });
    const view = await call('project:setChecklists', {
      checklists: {
        [row.kind]: [
          { id: items[0]!.id, text: 'Primary source, in our words' },
          { id: 'own-1', text: 'Asked the desk editor' },
        ],
      },
    });
    expect(view.checklists[row.kind].map((entry) => entry.text)).toEqual([
      'Primary source, in our words',
      'Asked the desk editor',
    ]);
    expect((await projectOnDisk()).checklists).toEqual({
      [row.kind]: [
        { id: items[0]!.id, text: 'Primary source, in our words' },
        { id: 'own-1', text: 'Asked the desk editor' },
      ],
    });
    const ticked = await call('claim:tick', { claimId: row.id, item: 'own-1', done: true });
    expect(ticked.ticks).toEqual([items[0]!.id, 'own-1']);
    // Back to the defaults: nothing of its own is stored.
    await call('project:setChecklists', { checklists: {} });
    expect((await projectOnDisk()).checklists).toBeUndefined();
    await expect(
      call('project:setChecklists', { checklists: { quote: [{ id: 'x', text: '' }] } }),
    ).rejects.toThrow();
  });
});
