// Batch import through the project's one write path: files fsynced as a group, project.json written
// once per batch (counted at the durable-write layer, whose real writes still happen), duplicates
// caught inside a batch, and a draft that cannot be read reported while the others come in.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { inlineRunner, type ExtractionRunner } from '../extraction/extraction-runner';
import { CLAIM_INDEX_PATH } from '../project/claim-index-file';
import { OpenProject } from '../project/open-project';
import type * as DurableWrite from '../storage/durable-write';
import { importInBatches, type DraftToImport } from './import-batches';

const writes = vi.hoisted(() => ({ single: [] as string[], groups: [] as string[][] }));
vi.mock('../storage/durable-write', async (original) => {
  const real = await original<typeof DurableWrite>();
  return {
    ...real,
    writeFileDurably: (path: string, contents: string | Uint8Array) => {
      writes.single.push(path);
      return real.writeFileDurably(path, contents);
    },
    writeFilesDurably: (files: readonly { path: string; contents: string | Uint8Array }[]) => {
      writes.groups.push(files.map((file) => file.path));
      return real.writeFilesDurably(files);
    },
  };
});

const seed = async () => (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');

/** `count` different drafts made from the seed article's paragraphs, as text. */
async function drafts(count: number): Promise<DraftToImport[]> {
  const paragraphs = (await seed()).split('\n\n').filter(Boolean);
  return Array.from({ length: count }, (_, index) => {
    const text = `Story ${index}\n\n${paragraphs.slice(index % 5, (index % 5) + 3).join('\n\n')}`;
    return { name: `story-${index}.txt`, source: { kind: 'text', fileName: `story-${index}.txt`, text } };
  });
}

async function newProject(): Promise<OpenProject> {
  return OpenProject.create(join(await tempDir(), 'batch.factdesk'), 'Batch', {
    tool: 'test',
    backups: false,
  });
}

describe('batch import', () => {
  it('writes project.json once per batch, each batch of documents as one group, in the order given', async () => {
    const project = await newProject();
    writes.single.length = 0;
    writes.groups.length = 0;
    const given = await drafts(5);
    const results = await importInBatches(project, given, {
      runner: inlineRunner,
      jobsAtOnce: 2,
      checker: 'Ana',
      hold: 'any',
      batchDrafts: 2,
    });
    expect(results.map((result) => result.kind)).toEqual(Array(5).fill('imported'));
    const projectWrites = writes.single.filter((path) => path.endsWith('project.json'));
    expect(projectWrites).toHaveLength(3); // 2 + 2 + 1 drafts
    expect(writes.groups.map((group) => group.length)).toEqual([2, 2, 1]);
    expect(writes.single.filter((path) => path.includes('/documents/'))).toEqual([]);
    expect(project.view().documents.map((doc) => doc.fileName)).toEqual(given.map((draft) => draft.name));
    await project.close();
    // Every document is on disk, listed, and reads back.
    const reopened = await OpenProject.open(project.dir, { tool: 'test', readOnly: true });
    expect(reopened.allDocuments().map((doc) => doc.title)).toEqual(given.map((_, i) => `Story ${i}`));
    expect(
      (await readdir(join(project.dir, 'documents'))).filter((name) => !name.startsWith('.')),
    ).toHaveLength(5);
    await reopened.close();
  });

  it('holds back a draft repeating another of the same import, even in the same batch', async () => {
    const project = await newProject();
    const [first, second] = await drafts(2);
    const again = { name: 'copy.txt', source: { ...first!.source, fileName: 'copy.txt' } } as DraftToImport;
    const renamed = {
      name: 'story-1.txt',
      source: { kind: 'text', fileName: 'story-1.txt', text: 'Other text, 12 percent.' },
    } as const;
    const results = await importInBatches(project, [first!, second!, again, renamed], {
      runner: inlineRunner,
      jobsAtOnce: 2,
      checker: 'Ana',
      hold: 'any',
    });
    expect(results.map((result) => result.kind)).toEqual(['imported', 'imported', 'held', 'held']);
    const firstId = results[0]!.kind === 'imported' ? results[0]!.item.id : '';
    expect(results[2]).toMatchObject({
      kind: 'held',
      duplicate: { file: 'copy.txt', reason: 'same-text', documentId: firstId },
    });
    expect(results[3]).toMatchObject({ kind: 'held', duplicate: { reason: 'same-name' } });
    // The command line's way: only the same text is held; the same name comes in, with a note.
    const cli = await importInBatches(project, [again, renamed], {
      runner: inlineRunner,
      jobsAtOnce: 1,
      checker: 'Ana',
      hold: 'same-text',
    });
    expect(cli.map((result) => result.kind)).toEqual(['held', 'imported']);
    expect(cli[1]).toMatchObject({ sameName: { reason: 'same-name', file: 'story-1.txt' } });
    expect(project.view().documents).toHaveLength(3);
    await project.close();
  });

  it('reports a draft that cannot be read and brings the others in, around it', async () => {
    const project = await newProject();
    const [first, second] = await drafts(2);
    const broken: DraftToImport = {
      name: 'notes.pdf',
      source: { kind: 'bytes', fileName: 'notes.pdf', bytes: new Uint8Array([1, 2, 3]) },
    };
    const progress: number[] = [];
    const results = await importInBatches(project, [first!, broken, second!], {
      runner: inlineRunner,
      jobsAtOnce: 3,
      checker: 'Ana',
      hold: 'any',
      date: '2021-06-01',
      onProgress: ({ index }) => progress.push(index),
    });
    expect(results.map((result) => result.kind)).toEqual(['imported', 'failed', 'imported']);
    expect(results[1]).toMatchObject({
      name: 'notes.pdf',
      error: { message: 'notes.pdf is damaged or is not a PDF: it has no PDF header.' },
    });
    expect(project.allDocuments().map((doc) => [doc.documentDate, doc.documentDateSource])).toEqual([
      ['2021-06-01', 'given'],
      ['2021-06-01', 'given'],
    ]);
    expect(progress.at(-1)).toBe(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await project.close();
  });

  it('finds the next batch while one is written, and tells progress only once the list is durable', async () => {
    const project = await newProject();
    const given = await drafts(7);
    let inFlight = 0;
    const addDocuments = project.addDocuments.bind(project);
    vi.spyOn(project, 'addDocuments').mockImplementation(async (docs) => {
      inFlight++;
      try {
        // Slow enough that the next drafts are found meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 150));
        return await addDocuments(docs);
      } finally {
        inFlight--;
      }
    });
    let foundWhileWriting = 0;
    const runner: ExtractionRunner = {
      run: (job, onProgress) => {
        if (inFlight > 0) foundWhileWriting++;
        return inlineRunner.run(job, onProgress);
      },
    };
    const told: { index: number; listed: number; inFlight: number }[] = [];
    const results = await importInBatches(project, given, {
      runner,
      jobsAtOnce: 2,
      checker: 'Ana',
      hold: 'any',
      batchDrafts: 3,
      onProgress: ({ index }) => told.push({ index, listed: project.view().documents.length, inFlight }),
    });
    expect(results.map((result) => result.kind)).toEqual(Array(7).fill('imported'));
    expect(foundWhileWriting).toBeGreaterThan(0);
    expect(told.filter((entry) => entry.inFlight > 0)).toEqual([]);
    expect(told.at(-1)).toMatchObject({ index: 7 });
    expect(told.map((entry) => entry.index)).toEqual(
      [...told.map((entry) => entry.index)].sort((a, b) => a - b),
    );
    expect(project.view().documents.map((doc) => doc.fileName)).toEqual(given.map((draft) => draft.name));
    await project.close();
  });

  it('decides again the drafts taken while a batch failed to be written, as if they had waited for it', async () => {
    const project = await newProject();
    const [first, second, third] = await drafts(3);
    const again = { name: 'copy.txt', source: { ...first!.source, fileName: 'copy.txt' } } as DraftToImport;
    const addDocuments = project.addDocuments.bind(project);
    vi.spyOn(project, 'addDocuments')
      .mockImplementationOnce(
        () => new Promise((_, reject) => setTimeout(() => reject(new Error('the disk is full')), 150)),
      )
      .mockImplementation((docs) => addDocuments(docs));
    const results = await importInBatches(project, [first!, second!, again, third!], {
      runner: inlineRunner,
      jobsAtOnce: 2,
      checker: 'Ana',
      hold: 'any',
      batchDrafts: 2,
    });
    // The copy of the first draft is no copy of anything in the project: the first batch is not in it.
    expect(results.map((result) => result.kind)).toEqual(['failed', 'failed', 'imported', 'imported']);
    expect(results[0]).toMatchObject({ error: { message: 'the disk is full' } });
    expect(project.view().documents.map((doc) => doc.fileName)).toEqual(['copy.txt', third!.name]);
    await project.close();
  });

  it('imports into a project read on demand without keeping its documents, and the claim index names the new claims', async () => {
    const created = await newProject();
    const [first, second, third] = await drafts(3);
    await importInBatches(created, [first!], {
      runner: inlineRunner,
      jobsAtOnce: 1,
      checker: 'Ana',
      hold: 'any',
    });
    await created.close();
    const project = await OpenProject.open(created.dir, {
      tool: 'test',
      backups: false,
      documents: 'on-demand',
    });
    const copy = { name: 'copy.txt', source: { ...first!.source, fileName: 'copy.txt' } } as DraftToImport;
    const results = await importInBatches(project, [second!, copy, third!], {
      runner: inlineRunner,
      jobsAtOnce: 2,
      checker: 'Ana',
      hold: 'any',
      batchDrafts: 1,
    });
    // The copy is caught against the document already there, though that was never kept in memory.
    expect(results.map((result) => result.kind)).toEqual(['imported', 'held', 'imported']);
    expect(project.complete).toBe(false);
    // A claim of a document written and let go is found, and its document read again to change it.
    const added = results[0]!.kind === 'imported' ? results[0]!.item : null;
    const claimId = (await project.loadDocument(added!.id)).claims[0]!.id;
    const row = await project.changeClaim(claimId, [{ type: 'setStatus', claimId, status: 'verified' }], {
      by: 'Ana',
      at: new Date().toISOString(),
    });
    expect(row).toMatchObject({ documentId: added!.id, status: 'verified' });
    await project.close();
    const reopened = await OpenProject.open(project.dir, { tool: 'test', readOnly: true });
    const index = JSON.parse(await readFile(join(project.dir, CLAIM_INDEX_PATH), 'utf8'));
    for (const doc of reopened.allDocuments())
      expect(index.documents[doc.id]).toEqual(doc.claims.map((claim) => claim.id));
    expect(reopened.allDocuments().map((doc) => doc.fileName)).toEqual([
      first!.name,
      second!.name,
      third!.name,
    ]);
    await reopened.close();
  });
});
