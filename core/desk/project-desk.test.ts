import { describe, expect, it } from 'vitest';
import { plainCodec } from '../storage/file-codec';
import { tempDir } from '../../test-support/temp-dir';
import { readLog } from './log-file';
import { ProjectDesk } from './project-desk';

const checker = { name: 'Ana' };

describe('the desk read again while changes come in (the app keeps taking marks during a sync)', () => {
  it('keeps a change recorded during a reload, and never gives two changes one place in the log', async () => {
    const dir = await tempDir();
    const desk = await ProjectDesk.open(dir, plainCodec);
    desk.record('d1', [{ op: 'status', claim: 'c1', status: 'verified' }], checker);
    // A reload starts (a sync brought logs in) and a mark arrives before it has read them.
    const reloading = desk.reload();
    desk.record('d1', [{ op: 'status', claim: 'c2', status: 'disputed' }], checker);
    await reloading;
    expect(desk.logLengths()[desk.replicaId]).toBe(2);
    desk.record('d1', [{ op: 'note', claim: 'c1', note: 'third' }], checker);
    await desk.flush();
    await desk.reload();
    expect(desk.logLengths()[desk.replicaId]).toBe(3);
    const entries = await readLog(dir, desk.replicaId, plainCodec);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries.flatMap((entry) => entry.ops.map((op) => ('claim' in op ? op.claim : '')))).toEqual([
      'c1',
      'c2',
      'c1',
    ]);
    // The fold of d1 would see all three (a base is not needed to count them).
    expect(desk.documentsToFold(new Set())).toEqual([]);
  });
});
