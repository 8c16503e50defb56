// A folder import through the real worker pool writes, for every sample draft, the very document
// file the claim finder's whole outcome gives when built as an import always built it (ids and
// times aside): whatever the workers send back and however the main thread builds, validates and
// writes the documents, the files are the same, key for key, in the same order.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimFromFound } from '../../shared/changes';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { sampleDraftTexts } from '../../test-support/repo-files';
import { tempDir } from '../../test-support/temp-dir';
import { titleOf } from '../drafts/build-document';
import { extractionPool, type ExtractionPool } from '../extraction/extraction-pool';
import { runExtractionJob, type ExtractionOutcome } from '../extraction/extraction-job';
import { OpenProject } from '../project/open-project';
import { documentPath } from '../project/project-files';
import { importInBatches } from './import-batches';

const builtWorker = new URL('../../dist/workers/extract-worker.mjs', import.meta.url);
let pool: ExtractionPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

/** The document an import built from a job's whole outcome (its form before imports were made faster). */
function documentAsBefore({ draft, found, publicationDate }: ExtractionOutcome) {
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'd',
    title: titleOf(draft),
    fileName: draft.fileName,
    sourceFormat: draft.format,
    importedAt: 'at',
    ...(publicationDate
      ? { documentDate: publicationDate.date, documentDateSource: publicationDate.source }
      : {}),
    text: draft.text,
    ...(found.language ? { language: found.language } : {}),
    boilerplate: found.boilerplate,
    claims: found.claims.map((claim) => claimFromFound(claim, 'd', 'c', 'Ana', 'at')),
    dismissed: [],
  };
}

/** A document's JSON with its ids and times replaced, keys in their order. */
function withoutIdsAndTimes(json: string): string {
  return JSON.stringify(JSON.parse(json), (key, value: unknown) => {
    if (key === 'id' || key === 'documentId') return 'id';
    if (key === 'importedAt' || key === 'updatedAt' || key === 'at') return 'at';
    return value;
  });
}

/** The sample drafts, each whole, its first half, and dated by a dateline, as files in a folder. */
async function draftFiles(folder: string): Promise<string[]> {
  const texts = sampleDraftTexts().flatMap((text, index) => {
    const paragraphs = text.replace(/\r\n?/g, '\n').split('\n\n');
    return [
      text,
      paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n\n'),
      `Published 12 March 2021\n\nSample ${index}\n\n${paragraphs.slice(1, 4).join('\n\n')}`,
    ];
  });
  return Promise.all(
    texts.map(async (text, index) => {
      const path = join(folder, `draft-${index}.txt`);
      await writeFile(path, text);
      return path;
    }),
  );
}

describe('a folder import through the worker pool', () => {
  it('writes the same document files as the whole outcomes built on this thread, ids and times aside', async () => {
    const folder = await tempDir();
    const paths = await draftFiles(folder);
    const project = await OpenProject.create(join(folder, 'same.factdesk'), 'Same', {
      tool: 'test',
      backups: false,
    });
    pool = extractionPool(builtWorker, 2);
    const results = await importInBatches(
      project,
      paths.map((path, index) => ({ name: `draft-${index}.txt`, source: { kind: 'file', path } })),
      { runner: pool, jobsAtOnce: 4, checker: 'Ana', hold: 'none', batchDrafts: 5 },
    );
    await project.close();
    expect(results.map((result) => result.kind)).toEqual(paths.map(() => 'imported'));
    for (const [index, path] of paths.entries()) {
      const result = results[index]!;
      if (result.kind !== 'imported') continue;
      const written = await readFile(join(project.dir, documentPath(result.item.id)), 'utf8');
      const expected = documentAsBefore(await runExtractionJob({ source: { kind: 'file', path } }));
      expect(expected.claims.length, path).toBeGreaterThan(0);
      expect(withoutIdsAndTimes(written), path).toBe(withoutIdsAndTimes(JSON.stringify(expected)));
    }
  });
});
