import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  ClaimSchema,
  ProjectFileSchema,
  claimChecklist,
  defaultChecklists,
  ownChecklists,
  resolveChecklists,
  type FactdeskDocument,
} from '../domain';
import { foldDocument } from '../desk';
import { projectMigrations, documentMigrations } from '../schema/migrations';
import { migrate } from '../schema/migrate';
import { applyOperations, type DocumentOperation } from './index';
import { testClaim, testDraft } from '../../test-support/claims/small-draft';
import { loggedCopy } from '../../test-support/desk/logged-copy';

const T0 = '2026-01-02T03:04:05.000Z';
const T1 = '2026-01-02T04:00:00.000Z';

/** Draft d1 with two claims on its first word. */
function doc(): FactdeskDocument {
  return testDraft([testClaim('c1', { quote: 'Four' }), testClaim('c2', { quote: 'Four' })], {
    text: 'Four thousand came.',
  });
}

const tick = (item: string, done = true): DocumentOperation => ({
  type: 'tick',
  claimId: 'c1',
  item,
  label: `Item ${item}`,
  done,
});

describe('ticking a checklist item', () => {
  it("keeps the item's id on the claim and a history line with its words, valid against the schema", () => {
    const d = doc();
    expect(applyOperations(d, [tick('quantity-source')], { by: 'Ana', at: T1 }).changed).toBe(true);
    const c1 = d.claims[0]!;
    expect(c1.ticks).toEqual(['quantity-source']);
    expect(c1.updatedAt).toBe(T1);
    expect(c1.history.at(-1)).toEqual({ at: T1, by: 'Ana', action: 'ticked', to: 'Item quantity-source' });
    expect(ClaimSchema.safeParse(c1).success).toBe(true);
    // Ticking it again changes nothing and records nothing.
    expect(applyOperations(d, [tick('quantity-source')], { by: 'Ana', at: T1 }).changed).toBe(false);
    expect(c1.history).toHaveLength(2);
    expect(d.claims[1]!.ticks).toBeUndefined();
  });

  it('unticks: the id goes (the field with the last one), with its own history line', () => {
    const d = doc();
    applyOperations(d, [tick('a'), tick('b')], { by: 'Ana', at: T0 });
    expect(d.claims[0]!.ticks).toEqual(['a', 'b']);
    applyOperations(d, [tick('a', false)], { by: 'Ben', at: T1 });
    expect(d.claims[0]!.ticks).toEqual(['b']);
    expect(d.claims[0]!.history.at(-1)).toEqual({ at: T1, by: 'Ben', action: 'unticked', from: 'Item a' });
    applyOperations(d, [tick('b', false)], { by: 'Ben', at: T1 });
    expect(d.claims[0]).not.toHaveProperty('ticks');
    // Unticking what is not ticked changes nothing.
    expect(applyOperations(d, [tick('b', false)], { by: 'Ben', at: T1 }).changed).toBe(false);
  });

  it('is undone by putting back the side recorded before it', () => {
    const d = doc();
    const result = applyOperations(d, [tick('quantity-unit')], { by: 'Ana', at: T1 });
    applyOperations(d, [{ type: 'restore', state: result.before }], { by: 'Ana', at: T1 });
    expect(d.claims[0]).toEqual(doc().claims[0]);
    applyOperations(d, [{ type: 'restore', state: result.after }], { by: 'Ana', at: T1 });
    expect(d.claims[0]!.ticks).toEqual(['quantity-unit']);
  });

  it('leaves a verdict and its sign-off as they are', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setStatus', claimId: 'c1', status: 'verified' }], { by: 'Ana', at: T0 });
    applyOperations(d, [{ type: 'approve', claimId: 'c1' }], { by: 'Eve', at: T0 });
    applyOperations(d, [tick('quantity-source')], { by: 'Ana', at: T1 });
    expect(d.claims[0]).toMatchObject({ status: 'verified', approval: { by: 'Eve' } });
  });

  it("travels in a shared project's log: another copy folds the same ticks and history, item by item", () => {
    const base = doc();
    const { doc: mine, entries, write } = loggedCopy(base, T1);
    write([tick('a'), tick('b')], 'Ana');
    expect(entries[0]!.ops.map((op) => op.op)).toEqual(['tick', 'tick', 'history', 'history']);
    write([tick('a', false)], 'Ben');
    const folded = foldDocument(base, entries).claims[0]!;
    expect(folded.ticks).toEqual(['b']);
    expect(folded.history.slice(1).map((line) => [line.by, line.action])).toEqual([
      ['Ana', 'ticked'],
      ['Ana', 'ticked'],
      ['Ben', 'unticked'],
    ]);
    expect(folded.ticks).toEqual(mine.claims[0]!.ticks);
  });
});

describe("a project's checklists", () => {
  it('default to a list for every kind of claim; a project list replaces only its kind', () => {
    const resolved = resolveChecklists({ quote: [{ id: 'own-1', text: 'Asked the speaker' }] });
    expect(resolved.quote).toEqual([{ id: 'own-1', text: 'Asked the speaker' }]);
    expect(resolved.quantity).toBe(defaultChecklists.quantity);
    for (const items of Object.values(defaultChecklists)) expect(items.length).toBeGreaterThanOrEqual(3);
    expect(resolveChecklists(undefined)).toEqual(defaultChecklists);
  });

  it("give a claim its kind's items with what it ticked; ticks of removed items are left out", () => {
    const checklists = resolveChecklists({
      quantity: [
        { id: 'quantity-source', text: 'Primary source, reworded' },
        { id: 'new-1', text: 'Asked the statistics office' },
      ],
    });
    const entries = claimChecklist(checklists, {
      kind: 'quantity',
      ticks: ['quantity-source', 'quantity-unit'],
    });
    expect(entries).toEqual([
      { id: 'quantity-source', item: 'Primary source, reworded', done: true },
      { id: 'new-1', item: 'Asked the statistics office', done: false },
    ]);
  });

  it('store only the lists that differ from the defaults, and refuse duplicate ids, empty words and too many items', () => {
    expect(ownChecklists({ ...defaultChecklists })).toBeUndefined();
    const own = ownChecklists({ ...defaultChecklists, date: [{ id: 'd1', text: 'Checked the calendar' }] });
    expect(own).toEqual({ date: [{ id: 'd1', text: 'Checked the calendar' }] });
    const project = {
      format: 'factdesk-project',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'p1',
      title: 'P',
      createdAt: T0,
      updatedAt: T0,
      methodology: '',
      documents: [],
    };
    expect(ProjectFileSchema.safeParse({ ...project, checklists: own }).success).toBe(true);
    const bad = [
      {
        date: [
          { id: 'x', text: 'A' },
          { id: 'x', text: 'B' },
        ],
      },
      { date: [{ id: 'x', text: '   ' }] },
      { date: Array.from({ length: 31 }, (_, index) => ({ id: `i${index}`, text: 'A' })) },
      { rumour: [] },
    ];
    for (const checklists of bad) {
      expect(ProjectFileSchema.safeParse({ ...project, checklists }).success).toBe(false);
    }
  });

  it('open from a schema 4 project unchanged: no checklists stored, the defaults used', () => {
    const old = {
      format: 'factdesk-project',
      schemaVersion: 4,
      id: 'p1',
      title: 'Old',
      createdAt: T0,
      updatedAt: T0,
      methodology: '',
      documents: [],
    };
    const upgraded = ProjectFileSchema.parse(
      migrate(old, CURRENT_SCHEMA_VERSION, projectMigrations, 'project.json'),
    );
    expect(upgraded.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(upgraded.checklists).toBeUndefined();
    expect(resolveChecklists(upgraded.checklists)).toEqual(defaultChecklists);
    const oldDoc = { ...doc(), schemaVersion: 4 };
    const upgradedDoc = migrate(oldDoc, CURRENT_SCHEMA_VERSION, documentMigrations, 'document');
    expect(upgradedDoc).toEqual({ ...doc(), schemaVersion: CURRENT_SCHEMA_VERSION });
  });
});
