import { describe, expect, it } from 'vitest';
import type { DeskEntry, DeskOp } from './entry';
import { foldDocument } from './fold-document';
import { foldProject } from './fold-project';
import { newReplicaState, takeIn, writeEntry, type ReplicaState } from './replica';
import { CURRENT_SCHEMA_VERSION, type FactdeskDocument } from '../domain';

const T0 = Date.parse('2024-05-01T09:00:00.000Z');

/** One copy's log, written at a given clock. */
class Copy {
  state: ReplicaState;
  readonly entries: DeskEntry[] = [];
  constructor(
    replica: string,
    readonly by: string,
  ) {
    this.state = newReplicaState(replica);
  }
  write(document: string, ops: DeskOp[], at: number): void {
    const { entry, state } = writeEntry(this.state, { by: this.by, document, ops }, at);
    this.state = state;
    this.entries.push(entry);
  }
  pull(other: Copy): void {
    this.entries.push(...other.entries.filter((entry) => !this.entries.includes(entry)));
    this.state = takeIn(this.state, other.entries);
  }
}

const draft: FactdeskDocument = {
  format: 'factdesk-document',
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: 'd1',
  title: 'Draft',
  fileName: 'draft.txt',
  sourceFormat: 'txt',
  importedAt: '2024-04-30T00:00:00.000Z',
  text: 'text',
  boilerplate: [],
  claims: [],
  dismissed: [],
  documentDate: '2024-01-01',
  documentDateSource: 'metadata',
};

describe('folding project settings and draft fields', () => {
  it('lets the later edit of a setting stand, in any delivery order, and marks the one it replaced unseen', () => {
    const ana = new Copy('ra', 'Ana');
    const ben = new Copy('rb', 'Ben');
    ana.write('p1', [{ op: 'methodology', text: 'Ana’s' }], T0 + 2000);
    ben.write('p1', [{ op: 'methodology', text: 'Ben’s' }], T0 + 1000);
    ben.write('p1', [{ op: 'checklists', checklists: { date: [{ id: 'x', text: 'Calendar' }] } }], T0 + 1500);
    const forward = foldProject('p1', [...ana.entries, ...ben.entries]);
    const backward = foldProject('p1', [...ben.entries, ...ana.entries, ...ana.entries]);
    expect(backward).toEqual(forward);
    expect(forward.settings.methodology).toBe('Ana’s');
    expect(forward.settings.checklists?.checklists?.date).toEqual([{ id: 'x', text: 'Calendar' }]);
    expect(forward.history.filter((line) => line.field === 'methodology')).toEqual([
      expect.objectContaining({ by: 'Ben', to: 'Ben’s', concurrent: false }),
      expect.objectContaining({ by: 'Ana', from: 'Ben’s', to: 'Ana’s', concurrent: true }),
    ]);
    // The project's own title, in the project's entries, folds the same way.
    ana.write('p1', [{ op: 'title', title: 'Ana’s desk' }], T0 + 2500);
    ben.write('p1', [{ op: 'title', title: 'Ben’s desk' }], T0 + 2600);
    const titled = foldProject('p1', [...ben.entries, ...ana.entries]);
    expect(titled.settings.title).toBe('Ben’s desk');
    expect(titled.history.filter((line) => line.field === 'title')).toEqual([
      expect.objectContaining({ by: 'Ana', to: 'Ana’s desk', concurrent: false }),
      expect.objectContaining({ by: 'Ben', from: 'Ana’s desk', to: 'Ben’s desk', concurrent: true }),
    ]);
    // The title it was shared with (desk/project.json) is what the first rename replaced.
    const fromShared = foldProject('p1', [...ben.entries, ...ana.entries], 'Belarus desk');
    expect(fromShared.settings.title).toBe('Ben’s desk');
    expect(fromShared.history.filter((line) => line.field === 'title')).toEqual([
      expect.objectContaining({ by: 'Ana', from: 'Belarus desk', to: 'Ana’s desk', concurrent: false }),
      expect.objectContaining({ by: 'Ben', from: 'Ana’s desk', to: 'Ben’s desk', concurrent: true }),
    ]);
    expect(fromShared.history.filter((line) => line.field === 'methodology')).toEqual(
      forward.history.filter((line) => line.field === 'methodology'),
    );
    // Entries of a draft are not the project's.
    expect(foldProject('d1', [...ana.entries]).settings).toEqual({});
  });

  it('folds a draft’s title, date and language last-writer-wins, and an edit made after seeing the other plainly', () => {
    const ana = new Copy('ra', 'Ana');
    const ben = new Copy('rb', 'Ben');
    ana.write('d1', [{ op: 'title', title: 'Ana’s title' }], T0 + 1000);
    ben.write('d1', [{ op: 'title', title: 'Ben’s title' }], T0 + 3000);
    ben.write('d1', [{ op: 'date', date: undefined, source: undefined }], T0 + 3100);
    ana.write('d1', [{ op: 'language', language: 'de', chosen: true }], T0 + 1200);
    const doc = foldDocument(draft, [...ana.entries, ...ben.entries]);
    expect(doc).toMatchObject({ title: 'Ben’s title', language: 'de', languageChosen: true });
    expect('documentDate' in doc || 'documentDateSource' in doc).toBe(false);
    expect(draft.title).toBe('Draft');
    ana.pull(ben);
    ana.write('d1', [{ op: 'title', title: 'Agreed title' }], T0 + 2000);
    expect(foldDocument(draft, [...ben.entries, ...ana.entries]).title).toBe('Agreed title');
  });
});
