import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../drafts/build-document';
import { readDraftFile } from '../drafts/read-draft';
import { findClaimsIn } from '../extraction/extraction-job';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { projectOfThreeDrafts } from '../../test-support/claims/three-drafts';
import { OpenProject } from './open-project';
import { documentPath } from './project-files';

const at = () => new Date().toISOString();

const projectOfThree = () => projectOfThreeDrafts('In use');

/** What the services show of a project: its view, its whole claims list in pages of 7, and its checkers. */
async function shown(project: OpenProject) {
  const pages = [];
  for (let offset = 0; offset === 0 || offset < pages[0]!.total; offset += 7)
    pages.push(await project.claimsPage(offset, 7));
  return { view: project.view(), rows: pages.flatMap((page) => page.rows), checkers: project.checkers() };
}

describe('a project open with its documents in use only (the services)', () => {
  it('shows what a project held whole shows, holding no document until one is changed', async () => {
    const dir = await projectOfThree();
    const whole = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    const expected = await shown(whole);
    const ids = whole.allDocuments().map((doc) => doc.id);
    const firstClaim = whole.allDocuments()[1]!.claims[2]!;
    await whole.close();
    expect(expected.rows.length).toBeGreaterThan(14);

    const project = await OpenProject.open(dir, { tool: 'test', documents: 'in-use' });
    expect(await shown(project)).toEqual(expected);
    // No document is held: a reader that needs one held is refused, the readers that read one work.
    expect(project.complete).toBe(false);
    expect(() => project.document(ids[1]!)).toThrow(/no document/);
    expect(() => project.allDocuments()).toThrow(/Not every document/);
    expect((await project.readClaimRow(firstClaim.id)).quote).toBe(firstClaim.quote);
    expect((await project.readAllDocuments()).map((doc) => doc.id)).toEqual(ids);
    expect(() => project.document(ids[1]!)).toThrow(/no document/);

    // A change holds its document from then on, and every view follows it.
    const row = await project.changeClaim(
      firstClaim.id,
      [{ type: 'setStatus', claimId: firstClaim.id, status: 'verified' }],
      { by: 'Ben', at: at() },
    );
    expect(row.status).toBe('verified');
    expect(project.document(ids[1]!).claims[2]!.status).toBe('verified');
    expect(() => project.document(ids[0]!)).toThrow(/no document/);
    const after = await shown(project);
    expect(after.view.counts.verified).toBe(expected.view.counts.verified + 1);
    expect(after.rows.find((entry) => entry.id === firstClaim.id)?.status).toBe('verified');
    expect(after.checkers).toContain('Ben');
    await project.close();

    const again = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect((await shown(again)).view.counts).toEqual(after.view.counts);
    await again.close();
  });

  it('gives the document as changed after a read kept it, and follows drafts added and removed', async () => {
    const dir = await projectOfThree();
    const project = await OpenProject.open(dir, { tool: 'test', documents: 'in-use' });
    const { rows } = await project.claimsPage(0, 1);
    const claimId = rows[0]!.id;
    const documentId = rows[0]!.documentId;
    // Read (and kept among the recent reads), then changed: the next read gives the change.
    expect((await project.readDocument(documentId)).claims[0]!.note).toBe('');
    await project.changeClaim(claimId, [{ type: 'setNote', claimId, note: 'Called the ministry.' }], {
      by: 'Ana',
      at: at(),
    });
    expect((await project.readDocument(documentId)).claims[0]!.note).toBe('Called the ministry.');

    // A draft added is not held, yet counted, listed and paged; one removed is gone from all three.
    const text = await readDraftFile(SEED_SAMPLE);
    const added = await project.addDocument(buildDocument(findClaimsIn(text), 'Ana'));
    expect(() => project.document(added.id)).toThrow(/no document/);
    const view = project.view();
    expect(view.documents.map((entry) => entry.id)).toContain(added.id);
    const page = await project.claimsPage(0, view.claimCount);
    expect(page.total).toBe(view.claimCount);
    expect(page.rows.filter((row) => row.documentId === added.id).length).toBe(added.claimCount);
    await project.removeDocument(documentId);
    expect(project.view().documents.map((entry) => entry.id)).not.toContain(documentId);
    expect((await project.claimsPage(0, 10_000)).rows.some((row) => row.documentId === documentId)).toBe(
      false,
    );
    await expect(project.readClaimRow(claimId)).rejects.toThrow(
      `There is no claim ${claimId} in this project.`,
    );
    await project.close();
  });

  it('refuses a document damaged since open with a sentence naming its file, and the others still read', async () => {
    const dir = await projectOfThree();
    const project = await OpenProject.open(dir, { tool: 'test', documents: 'in-use' });
    const [first, second] = project.view().documents;
    await writeFile(join(dir, documentPath(first!.id)), '{"format": "factdesk-document", "cut off');
    await expect(project.readDocument(first!.id)).rejects.toThrow(documentPath(first!.id));
    expect((await project.readDocument(second!.id)).id).toBe(second!.id);
    await project.close();
  });

  it('holds every document once the project is shared', async () => {
    const dir = await projectOfThree();
    const project = await OpenProject.open(dir, { tool: 'test', documents: 'in-use' });
    expect(project.complete).toBe(false);
    await project.share();
    expect(project.complete).toBe(true);
    expect(project.allDocuments().length).toBe(3);
    await project.close();
  });
});

describe('changes to a document not held yet', () => {
  it('keeps both of two changes made at once to claims of the same document', async () => {
    const dir = await projectOfThree();
    const project = await OpenProject.open(dir, { tool: 'test', documents: 'in-use' });
    const { rows } = await project.claimsPage(0, 3);
    const [first, second] = rows.filter((row) => row.documentId === rows[0]!.documentId);
    await Promise.all([
      project.changeClaim(first!.id, [{ type: 'setStatus', claimId: first!.id, status: 'verified' }], {
        by: 'Ana',
        at: at(),
      }),
      project.changeClaim(second!.id, [{ type: 'setStatus', claimId: second!.id, status: 'disputed' }], {
        by: 'Ben',
        at: at(),
      }),
    ]);
    await project.close();

    const again = await OpenProject.open(dir, { tool: 'test', readOnly: true });
    expect((await again.readClaimRow(first!.id)).status).toBe('verified');
    expect((await again.readClaimRow(second!.id)).status).toBe('disputed');
    await again.close();
  });
});
