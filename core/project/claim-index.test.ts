import { describe, expect, it } from 'vitest';
import { ClaimIndex } from './claim-index';
import { projectOfThreeDrafts } from '../../test-support/claims/three-drafts';
import { OpenProject } from './open-project';

/** Documents of synthetic claim ids, as the index reads them: `d<n>` holds `c<n>-0` … `c<n>-<size-1>`. */
function documentsOf(count: number, size: number): Map<string, { id: string }[]> {
  const documents = new Map<string, { id: string }[]>();
  for (let d = 0; d < count; d++) {
    documents.set(
      `d${d}`,
      Array.from({ length: size }, (_, c) => ({ id: `c${d}-${c}` })),
    );
  }
  return documents;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ClaimIndex', () => {
  it('answers every lookup correctly before, during and after its build', async () => {
    const documents = documentsOf(2_000, 50);
    const index = new ClaimIndex(documents.keys(), (id) => documents.get(id)?.map((claim) => claim.id));
    // Right after open nothing is built, and a lookup only starts the build.
    expect(index.documentOf('c1999-49')).toBe('d1999');
    expect(index.complete).toBe(false);
    let turns = 0;
    while (!index.complete) {
      for (const d of [0, 700, 1_999]) expect(index.documentOf(`c${d}-${d % 50}`)).toBe(`d${d}`);
      expect(index.documentOf('c5-50')).toBeUndefined();
      await nextTurn();
      turns++;
    }
    expect(turns).toBeGreaterThan(0);
    for (const [documentId, claims] of documents) {
      for (const claim of claims) expect(index.documentOf(claim.id)).toBe(documentId);
    }
    expect(index.documentOf('no-such-claim')).toBeUndefined();
    expect(index.documentOf('')).toBeUndefined();
  });

  it('follows claims added and removed while the build has not reached their document', async () => {
    const documents = documentsOf(3, 4);
    const index = new ClaimIndex(documents.keys(), (id) => documents.get(id)?.map((claim) => claim.id));
    const last = documents.get('d2')!;
    const before = last.map((claim) => claim.id);
    last.splice(0, 1, { id: 'new-claim' });
    index.forget(before);
    index.addClaims('d2', last);
    documents.set('d3', [{ id: 'added-document-claim' }]);
    index.addClaims('d3', documents.get('d3')!);

    expect(index.documentOf('c2-0')).toBeUndefined();
    expect(index.documentOf('new-claim')).toBe('d2');
    expect(index.documentOf('added-document-claim')).toBe('d3');
    await index.whenComplete();
    expect(index.documentOf('c2-0')).toBeUndefined();
    expect(index.documentOf('c2-1')).toBe('d2');
    expect(index.documentOf('new-claim')).toBe('d2');
    expect(index.documentOf('added-document-claim')).toBe('d3');

    // A change to a document the build already indexed.
    const first = documents.get('d0')!;
    index.forget(first.splice(1, 1).map((claim) => claim.id));
    expect(index.documentOf('c0-1')).toBeUndefined();
    expect(index.documentOf('c0-2')).toBe('d0');
  });

  it('still answers by searching after it is stopped mid-build', async () => {
    const documents = documentsOf(10, 3);
    const index = new ClaimIndex(documents.keys(), (id) => documents.get(id)?.map((claim) => claim.id));
    expect(index.documentOf('c9-2')).toBe('d9');
    index.stop();
    await index.whenComplete();
    await nextTurn();
    expect(index.complete).toBe(false);
    expect(index.documentOf('c4-1')).toBe('d4');
    expect(index.documentOf('nothing')).toBeUndefined();
  });
});

describe('OpenProject claim lookups (index built after open)', () => {
  const projectOfThree = () => projectOfThreeDrafts('Index');

  it('finds every claim right after open, follows added and removed claims, and refuses an unknown id', async () => {
    const project = await OpenProject.open(await projectOfThree(), { tool: 'test' });
    const documents = project.allDocuments();
    expect(documents.length).toBe(3);
    for (const doc of documents) {
      for (const claim of doc.claims) expect(project.documentIdOf(claim.id)).toBe(doc.id);
    }

    const last = documents[2]!;
    const removed = last.claims.find((claim) => claim.origin === 'found')!.id;
    const added = { id: 'cadded000001' };
    await project.change(
      last.id,
      [
        { type: 'dismissClaim', claimId: removed },
        { type: 'addClaim', claimId: added.id, start: 0, end: 10, kind: 'event' },
      ],
      { by: 'Ana', at: new Date().toISOString() },
    );
    expect(project.documentIdOf(added.id)).toBe(last.id);
    expect(project.claimRow(added.id).documentId).toBe(last.id);
    expect(() => project.documentIdOf(removed)).toThrow(`There is no claim ${removed} in this project.`);
    expect(() => project.documentIdOf('c_unknown')).toThrow('There is no claim c_unknown in this project.');

    for (let turn = 0; turn < 5; turn++) await nextTurn();
    for (const doc of project.allDocuments()) {
      for (const claim of doc.claims) expect(project.documentIdOf(claim.id)).toBe(doc.id);
    }
    expect(() => project.documentIdOf(removed)).toThrow(/There is no claim/);
    await project.close();
  });
});
