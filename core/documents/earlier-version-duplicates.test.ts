// A draft whose text is an earlier version of a revised draft is held back as that, not offered as
// a newer version; the versions files read to find it are only those of drafts of its file name.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentVersion, FactdeskDocument } from '../../shared/domain';
import { servicesWithRouter } from '../../test-support/map-router';
import { changedFigure, original } from '../../test-support/revisions/sample-variants';
import { tempDir } from '../../test-support/temp-dir';
import { DuplicateIndex, describeDuplicate } from './duplicate-drafts';

describe('a draft imported again with the text of an earlier version', () => {
  it('is held back as that version, naming the version the project has now and since when', async () => {
    const harness = await servicesWithRouter();
    await harness.call('project:create', { dir: join(await tempDir(), 'old.factdesk'), title: 'Old copy' });
    const first = await harness.call('documents:importText', { fileName: 'transit.txt', text: original });
    const documentId = first.imported[0]!.id;
    await harness.call('document:revise', { documentId, fileName: 'transit.txt', text: changedFigure() });
    const [, current] = await harness.call('document:versions', { documentId });

    const again = await harness.call('documents:importText', { fileName: 'transit.txt', text: original });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([
      {
        file: 'transit.txt',
        reason: 'earlier-version',
        documentId,
        title: first.imported[0]!.title,
        version: 1,
        currentVersion: 2,
        currentSince: current!.loadedAt,
      },
    ]);
    // The name's case does not hide it; the current text is still "the same text" as before.
    const shouted = await harness.call('documents:importText', { fileName: 'TRANSIT.TXT', text: original });
    expect(shouted.duplicates?.[0]).toMatchObject({ reason: 'earlier-version', version: 1 });
    const now = await harness.call('documents:importText', {
      fileName: 'transit.txt',
      text: changedFigure(),
    });
    expect(now.duplicates?.[0]).toMatchObject({ reason: 'same-text', documentId });

    // Nothing was changed: one draft, still at version 2 with the new text.
    expect((await harness.call('project:current', {}))!.documents).toHaveLength(1);
    expect(await harness.call('document:versions', { documentId })).toHaveLength(2);
    expect((await harness.call('document:get', { documentId })).text).toBe(changedFigure());
  });
});

/** A stored document as the index sees it: a text, a file name and its earlier versions' entries. */
function stored(
  id: string,
  fileName: string,
  text: string,
  earlier: readonly string[] = [],
): FactdeskDocument {
  return {
    id,
    title: '',
    fileName,
    sourceFormat: 'txt',
    importedAt: '2026-12-01T09:00:00.000Z',
    text,
    versions: earlier.map((name, index) => ({
      number: index + 1,
      fileName: name,
      sourceFormat: 'txt',
      loadedAt: `2026-12-0${index + 1}T09:00:00.000Z`,
    })),
    ...(earlier.length > 0
      ? { revision: { fileName, sourceFormat: 'txt', loadedAt: '2026-12-05T10:00:00.000Z' } }
      : {}),
  } as unknown as FactdeskDocument;
}

describe('DuplicateIndex and earlier versions', () => {
  const texts: Record<string, readonly string[]> = { d1: ['first text', 'second text'], d2: ['other'] };
  function reader() {
    const reads: string[] = [];
    const read = async (documentId: string): Promise<DocumentVersion[]> => {
      reads.push(documentId);
      if (documentId === 'd3') throw new Error('documents/d3.versions.json is damaged.');
      return (texts[documentId] ?? []).map((text, index) => ({
        number: index + 1,
        fileName: 'x.txt',
        sourceFormat: 'txt',
        loadedAt: '2026-12-01T09:00:00.000Z',
        text,
      }));
    };
    return { reads, read };
  }
  const documents = [
    stored('d1', 'transit.txt', 'third text', ['transit-draft.txt', 'transit.txt']),
    stored('d2', 'budget.txt', 'budget now', ['budget.txt']),
    stored('d3', 'broken.txt', 'broken now', ['broken.txt']),
    stored('d4', 'plain.txt', 'never revised'),
  ];

  it('reads the versions of revised drafts of the same file name only, once each', async () => {
    const { reads, read } = reader();
    const index = new DuplicateIndex(documents, read);
    // A new name, and the name of a draft never revised: no versions file is read.
    expect(await index.findWithEarlier({ fileName: 'new.txt', text: 'first text' }, 'new.txt')).toBeNull();
    expect(await index.findWithEarlier({ fileName: 'plain.txt', text: 'x' }, 'plain.txt')).toMatchObject({
      reason: 'same-name',
      documentId: 'd4',
    });
    expect(reads).toEqual([]);
    // The name of version 1 finds it, and the latest version with that text is named.
    const found = await index.findWithEarlier(
      { fileName: 'Transit-Draft.txt', text: 'first text\r\n' },
      'Transit-Draft.txt',
    );
    expect(found).toEqual({
      file: 'Transit-Draft.txt',
      reason: 'earlier-version',
      documentId: 'd1',
      title: 'transit.txt',
      version: 1,
      currentVersion: 3,
      currentSince: '2026-12-05T10:00:00.000Z',
    });
    expect(describeDuplicate(found!)).toBe(
      'Transit-Draft.txt is version 1 of “transit.txt” (d1); the project has version 3 since 2026-12-05',
    );
    expect(await index.findWithEarlier({ fileName: 'transit.txt', text: 'second text' }, 'a')).toMatchObject({
      version: 2,
    });
    // The current text is "the same text", read from no versions file; other text is "the same name".
    expect(await index.findWithEarlier({ fileName: 'transit.txt', text: 'third text' }, 'a')).toMatchObject({
      reason: 'same-text',
    });
    expect(await index.findWithEarlier({ fileName: 'transit.txt', text: 'fourth' }, 'a')).toMatchObject({
      reason: 'same-name',
    });
    expect(reads).toEqual(['d1']);
  });

  it('passes over a versions file it cannot read, and finds nothing earlier without a reader', async () => {
    const { reads, read } = reader();
    const index = new DuplicateIndex(documents, read);
    expect(await index.findWithEarlier({ fileName: 'broken.txt', text: 'old' }, 'b')).toMatchObject({
      reason: 'same-name',
      documentId: 'd3',
    });
    expect(reads).toEqual(['d3']);
    const withoutReader = new DuplicateIndex(documents);
    expect(await withoutReader.findWithEarlier({ fileName: 'budget.txt', text: 'other' }, 'c')).toMatchObject(
      {
        reason: 'same-name',
      },
    );
  });
});
