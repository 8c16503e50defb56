import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFigure } from '../../test-support/revisions/sample-variants';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

async function setUp() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'docs.factdesk');
  await harness.call('project:create', { dir, title: 'Documents' });
  const first = await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  const documentId = first.imported[0]!.id;
  const projectFile = async () =>
    JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as {
      documents: { id: string; title: string }[];
    };
  const exists = (path: string) =>
    access(join(dir, path)).then(
      () => true,
      () => false,
    );
  return { ...harness, dir, documentId, projectFile, exists };
}

describe('importing a draft the project already has', () => {
  it('holds back the same text (by content hash) and says which draft it repeats', async () => {
    const { call, documentId } = await setUp();
    const again = await call('documents:importFiles', { paths: [SEED_SAMPLE] });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([
      {
        file: 'nato-belarus-2022.txt',
        reason: 'same-text',
        documentId,
        title: 'Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus',
      },
    ]);
    // Line ends do not make it another draft.
    const text = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\n/g, '\r\n');
    const pasted = await call('documents:importText', { fileName: 'pasted.txt', text });
    expect(pasted.duplicates?.[0]).toMatchObject({ reason: 'same-text', documentId });
    expect((await call('project:current', {}))!.documents).toHaveLength(1);
  });

  it('holds back a draft of the same name with other text, for loading as a new version', async () => {
    const { call, documentId } = await setUp();
    const renamed = await call('documents:importText', {
      fileName: 'nato-belarus-2022.txt',
      text: changedFigure(),
    });
    expect(renamed.duplicates).toEqual([expect.objectContaining({ reason: 'same-name', documentId })]);
    const version = await call('document:revise', {
      documentId,
      fileName: 'nato-belarus-2022.txt',
      text: changedFigure(),
    });
    expect(version.version).toBe(2);
  });

  it('imports it all the same when asked to', async () => {
    const { call } = await setUp();
    const again = await call('documents:importFiles', { paths: [SEED_SAMPLE], duplicates: 'import' });
    expect(again.imported).toHaveLength(1);
    expect(again.duplicates).toBeUndefined();
    expect((await call('project:current', {}))!.documents).toHaveLength(2);
  });
});

describe('removing a draft', () => {
  it('takes a backup first, removes the draft and its files, and undo puts it back where it was', async () => {
    const { call, documentId, projectFile, exists } = await setUp();
    const second = await call('documents:importText', {
      fileName: 'other.txt',
      text: 'Prices rose 4 percent.',
    });
    const rows = await claimRecords(call);
    const mine = rows.filter((row) => row.documentId === documentId);
    const checked = mine.find((row) => row.quote === 'some 100,000 soldiers')!;
    await call('claim:setStatus', { claimId: checked.id, status: 'verified' });
    await call('document:revise', { documentId, fileName: 'v2.txt', text: changedFigure() });

    const removed = await call('document:remove', { documentId });
    expect(removed.project.documents.map((doc) => doc.id)).toEqual([second.imported[0]!.id]);
    expect(removed.removed).toEqual(expect.arrayContaining(mine.map((row) => row.id)));
    expect(removed.backup).toMatch(/-before-remove$/);
    const backups = await call('backups:list', {});
    expect(backups.backups.find((b) => b.name === removed.backup)).toMatchObject({ documents: 2 });
    expect((await projectFile()).documents.map((doc) => doc.id)).toEqual([second.imported[0]!.id]);
    expect(await exists(`documents/${documentId}.json`)).toBe(false);
    expect(await exists(`documents/${documentId}.versions.json`)).toBe(false);
    expect((await claimRecords(call)).some((row) => row.documentId === documentId)).toBe(false);

    const undone = await call('edit:undo', {});
    expect(undone.label).not.toBeNull();
    expect(undone.project?.documents.map((doc) => doc.id)).toEqual([documentId, second.imported[0]!.id]);
    expect(undone.changes.updated.map((row) => row.id)).toEqual(
      expect.arrayContaining(mine.map((row) => row.id)),
    );
    expect((await projectFile()).documents.map((doc) => doc.id)[0]).toBe(documentId);
    expect(await exists(`documents/${documentId}.json`)).toBe(true);
    const back = await claimRecords(call);
    expect(back.find((row) => row.id === checked.id)?.status).toBe('verified');
    const versions = await call('document:versions', { documentId });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    await expect(call('document:diff', { documentId, from: 1, to: 2 })).resolves.toBeTruthy();

    const redone = await call('edit:redo', {});
    expect(redone.changes.removed).toEqual(expect.arrayContaining(mine.map((row) => row.id)));
    expect(redone.project?.documents).toHaveLength(1);
    expect(await exists(`documents/${documentId}.json`)).toBe(false);
  });

  it('refuses an unknown draft with one sentence, changing nothing', async () => {
    const { call, projectFile } = await setUp();
    const before = await projectFile();
    await expect(call('document:remove', { documentId: 'd_missing' })).rejects.toThrow(
      'There is no document d_missing in this project.',
    );
    expect(await projectFile()).toEqual(before);
  });

  it('refuses a draft of a shared project, whose shared files would bring it back', async () => {
    const { call, session, documentId, projectFile } = await setUp();
    await session.project.share();
    const before = await projectFile();
    await expect(call('document:remove', { documentId })).rejects.toThrow(
      'A draft cannot be removed from a shared project yet: the shared copies would bring it back.',
    );
    expect(await projectFile()).toEqual(before);
  });
});

describe('renaming a draft', () => {
  it('renames it in its file and the project list, in one undo step', async () => {
    const { call, documentId, projectFile } = await setUp();
    const view = await call('document:rename', { documentId, title: '  NATO and   Belarus ' });
    expect(view.documents[0]!.title).toBe('NATO and Belarus');
    expect((await projectFile()).documents[0]!.title).toBe('NATO and Belarus');
    expect((await call('document:get', { documentId })).title).toBe('NATO and Belarus');
    expect((await claimRecords(call))[0]!.documentTitle).toBe('NATO and Belarus');
    const undone = await call('edit:undo', {});
    expect(undone.project?.documents[0]!.title).toMatch(/^Stoltenberg asks Russia/);
    expect((await projectFile()).documents[0]!.title).toMatch(/^Stoltenberg asks Russia/);
    await expect(call('document:rename', { documentId, title: '   ' })).rejects.toThrow(/malformed/);
  });
});

describe('undoing an import', () => {
  it('takes the imported draft out again (after a backup), and redo brings it back with the same claims', async () => {
    const { call, dir, projectFile, exists } = await setUp();
    const pasted = await call('documents:importText', {
      fileName: 'pasted.txt',
      text: 'Prices rose 4 percent.',
    });
    const id = pasted.imported[0]!.id;
    const claims = (await claimRecords(call)).filter((row) => row.documentId === id);
    expect(claims.length).toBeGreaterThan(0);
    // A mark on the new draft is the later step: the first undo takes it back, the second the import.
    await call('claim:setStatus', { claimId: claims[0]!.id, status: 'verified' });
    expect((await call('edit:undo', {})).label).toBe('marking verified');
    const undone = await call('edit:undo', {});
    expect(undone.label).toBe('importing “Prices rose 4 percent.”');
    expect(undone.changes.removed).toEqual(claims.map((row) => row.id));
    expect(undone.project?.documents.map((doc) => doc.id)).not.toContain(id);
    expect((await projectFile()).documents.map((doc) => doc.id)).not.toContain(id);
    expect(await exists(join('documents', `${id}.json`))).toBe(false);
    expect((await call('backups:list', {})).backups.some((backup) => backup.reason === 'before-remove')).toBe(
      true,
    );

    const redone = await call('edit:redo', {});
    expect(redone.label).toBe('importing “Prices rose 4 percent.”');
    expect(redone.changes.updated.map((row) => row.id)).toEqual(claims.map((row) => row.id));
    expect((await projectFile()).documents.map((doc) => doc.id)).toContain(id);
    expect(JSON.parse(await readFile(join(dir, 'documents', `${id}.json`), 'utf8')).claims).toHaveLength(
      claims.length,
    );
  });

  it('is one step for the drafts one call brought in, named by their count', async () => {
    const { call } = await setUp();
    const before = (await call('project:current', {}))!.documents.length;
    const both = await call('documents:importFiles', {
      paths: [SEED_SAMPLE, SEED_SAMPLE],
      duplicates: 'import',
    });
    expect(both.imported).toHaveLength(2);
    expect((await call('edit:undo', {})).label).toBe('importing 2 drafts');
    expect((await call('project:current', {}))!.documents).toHaveLength(before);
  });

  it("is one step for the files of one drop, sent one by one with the drop's group, and only while nothing came between", async () => {
    const { call } = await setUp();
    const before = (await call('project:current', {}))!.documents.length;
    const group = 'drop-1';
    const send = (fileName: string, text: string, dropGroup?: string) =>
      call('documents:importText', { fileName, text, group: dropGroup });
    await send('first.txt', 'The ministry said 4,000 nurses were hired in 2023.', group);
    await send('second.txt', 'Exports rose 12 percent in March, the agency said.', group);
    await send('third.txt', 'The bridge cost $2.1 billion, officials said.', group);
    expect((await call('edit:undo', {})).label).toBe('importing 3 drafts');
    expect((await call('project:current', {}))!.documents).toHaveLength(before);
    // Redo brings the whole drop back; a file of another drop (or with no group) is a step of its own.
    expect((await call('edit:redo', {})).label).toBe('importing 3 drafts');
    expect((await call('project:current', {}))!.documents).toHaveLength(before + 3);
    await send('fourth.txt', 'Some 300 teachers went on strike on Monday.', 'drop-2');
    await send('fifth.txt', 'The port handled 9 million containers last year.');
    expect((await call('edit:undo', {})).label).toMatch(/^importing “The port handled/);
    expect((await call('edit:undo', {})).label).toMatch(/^importing “Some 300 teachers/);
    // After an undo, a late file of the same drop does not join the undone step: it is a new one.
    await send('sixth.txt', 'Rents climbed 7 percent in the capital, the survey found.', 'drop-2');
    expect((await call('edit:undo', {})).label).toMatch(/^importing “Rents climbed/);
  });

  it('refuses a group that is not a plain token, importing nothing', async () => {
    const { call } = await setUp();
    const before = (await call('project:current', {}))!.documents.length;
    await expect(
      call('documents:importText', { fileName: 'x.txt', text: 'Some 5 people.', group: '<script>' }),
    ).rejects.toThrow();
    expect((await call('project:current', {}))!.documents).toHaveLength(before);
  });
});
