import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../shared/desk';
import type { FactdeskDocument } from '../../shared/domain';
import { testClaim } from '../../shared/reports/test-data';
import { testDraft } from '../../test-support/claims/small-draft';
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

/** A draft with claims on `text` at their quotes' first places. */
function draft(text: string, quotes: Record<string, string>, versions?: FactdeskDocument['versions']) {
  const claims = Object.entries(quotes).map(([id, quote]) => testClaim(text, quote, { id, history: [] }));
  return testDraft(claims, { text, ...(versions ? { versions } : {}) });
}

/** What a sync brings from `from` to `to`: the shared files `from`'s copy wrote (its log and its bases). */
async function bring(from: ProjectDesk, to: ProjectDesk): Promise<void> {
  await from.flush();
  await cp(join(from.dir, 'desk'), join(to.dir, 'desk'), {
    recursive: true,
    filter: (path) =>
      !path.endsWith('.json') && !path.endsWith('.jsonl') ? true : path.includes(from.replicaId),
  });
  await to.reload();
}

describe('two copies: a claim edit made on the text another copy has since revised', () => {
  it('is re-anchored onto the revised text, or flagged where its words are gone', async () => {
    const v1 = 'Troops: 100 soldiers arrived. Then 40 tanks came. Ministers met twice.';
    const v2 = 'Minsk, 3 May. Troops: 100 soldiers arrived. Then 40 tanks came.';
    const ana = await ProjectDesk.open(await tempDir(), plainCodec);
    await ana.addBase(draft(v1, { c1: '100 soldiers', c2: 'Ministers met twice' }));
    const ben = await ProjectDesk.open(await tempDir(), plainCodec);
    await bring(ana, ben);
    // Ben marks a claim and Ana takes it in; then Ben revises the draft (after that mark, so Ana,
    // who has seen his log up to it, may or may not have his revision: she has not).
    ben.record('d1', [{ op: 'status', claim: 'c1', status: 'verified' }], { name: 'Ben' });
    await bring(ben, ana);
    const first = {
      number: 1,
      fileName: 'draft.txt',
      sourceFormat: 'txt',
      loadedAt: '2024-04-30T00:00:00.000Z',
    } as const;
    const revised = draft(v2, { c1: '100 soldiers' }, [first]);
    // His revision carries his mark (the base holds the draft as his copy has it), and c2, whose
    // sentence it dropped, orphaned as the revisions machinery leaves it.
    revised.claims[0]!.status = 'verified';
    const gone = draft(v1, { c2: 'Ministers met twice' }).claims[0]!;
    revised.claims.push({
      ...gone,
      start: v2.length,
      end: v2.length,
      anchoring: 'orphaned',
      needsRecheck: true,
    });
    revised.revision = { fileName: 'v2.txt', sourceFormat: 'txt', loadedAt: '2024-05-01T00:00:00.000Z' };
    await ben.addBase(revised, [{ ...first, text: v1 }]);
    // On v1, Ana grows c1's quote by a word and shortens c2's to words Ben's text no longer has.
    const on = (text: string, id: string, quote: string) => shapeOf(draft(text, { [id]: quote }).claims[0]!);
    ana.record('d1', [{ op: 'shape', claim: 'c1', shape: on(v1, 'c1', '100 soldiers arrived') }], checker);
    ana.record('d1', [{ op: 'shape', claim: 'c2', shape: on(v1, 'c2', 'Ministers met') }], checker);
    await bring(ana, ben);
    await bring(ben, ana);
    for (const copy of [ana, ben]) {
      const folded = copy.fold('d1');
      expect(folded.text).toBe(v2);
      const c1 = folded.claims.find((claim) => claim.id === 'c1')!;
      expect(c1).toMatchObject({ quote: '100 soldiers arrived', status: 'verified' });
      expect(v2.slice(c1.start, c1.end)).toBe('100 soldiers arrived');
      const c2 = folded.claims.find((claim) => claim.id === 'c2');
      expect(c2).toMatchObject({
        anchoring: 'orphaned',
        needsRecheck: true,
        previous: { quote: 'Ministers met' },
      });
      expect(c2!.end).toBe(c2!.start);
    }
  });
});
