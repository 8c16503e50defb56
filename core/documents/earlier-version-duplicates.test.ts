// A draft whose text is an earlier version of a revised draft is held back as that, not offered as
// a newer version, whatever its file name; no versions file is read to find it (the hashes of
// earlier texts are in the documents), except once for a document from before schema 6.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactdeskDocument } from '../../shared/domain';
import { servicesWithRouter } from '../../test-support/map-router';
import { changedFigure, original } from '../../test-support/revisions/sample-variants';
import { tempDir } from '../../test-support/temp-dir';
import { textHash, type VersionHash } from '../revisions/version-hashes';
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
    // A renamed copy is that version all the same, named after the document it belongs to.
    const renamed = await harness.call('documents:importText', {
      fileName: 'transit-v1 (1).txt',
      text: original,
    });
    expect(renamed.imported).toEqual([]);
    expect(renamed.duplicates).toEqual([
      expect.objectContaining({
        file: 'transit-v1 (1).txt',
        reason: 'earlier-version',
        documentId,
        version: 1,
      }),
    ]);
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

/**
 * A stored document as the index sees it: a text, a file name and its earlier versions' entries,
 * with the hashes of their texts (schema 6) when `texts` is given, without them (older) otherwise.
 */
function stored(
  id: string,
  fileName: string,
  text: string,
  earlier: readonly string[] = [],
  texts?: readonly string[],
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
      ...(texts ? { textHash: textHash(texts[index]!) } : {}),
    })),
    ...(earlier.length > 0
      ? { revision: { fileName, sourceFormat: 'txt', loadedAt: '2026-12-05T10:00:00.000Z' } }
      : {}),
  } as unknown as FactdeskDocument;
}

describe('DuplicateIndex and earlier versions', () => {
  const texts: Record<string, readonly string[]> = {
    d1: ['first text', 'second text'],
    d2: ['other'],
    d5: ['first text'],
  };
  function reader() {
    const reads: string[] = [];
    const read = async (documentId: string): Promise<VersionHash[]> => {
      reads.push(documentId);
      if (documentId === 'd3') throw new Error('documents/d3.versions.json is damaged.');
      return (texts[documentId] ?? []).map((text, index) => ({ number: index + 1, hash: textHash(text) }));
    };
    return { reads, read };
  }
  const hashed = [
    stored('d1', 'transit.txt', 'third text', ['transit-draft.txt', 'transit.txt'], texts.d1),
    stored('d4', 'plain.txt', 'never revised'),
    // Version 1 of d5 has the text of d1's version 1: d1, first in the list, is named.
    stored('d5', 'copy.txt', 'copy now', ['copy.txt'], texts.d5),
  ];
  const older = [
    stored('d2', 'budget.txt', 'budget now', ['budget.txt']),
    stored('d3', 'broken.txt', 'broken now', ['broken.txt']),
  ];

  it('finds an earlier version under any file name by the hashes documents keep, reading nothing', async () => {
    const { reads, read } = reader();
    const index = new DuplicateIndex(hashed, read);
    const found = await index.findWithEarlier(
      { fileName: 'transit-v1 (1).txt', text: 'first text\r\n' },
      'transit-v1 (1).txt',
    );
    expect(found).toEqual({
      file: 'transit-v1 (1).txt',
      reason: 'earlier-version',
      documentId: 'd1',
      title: 'transit.txt',
      version: 1,
      currentVersion: 3,
      currentSince: '2026-12-05T10:00:00.000Z',
    });
    expect(describeDuplicate(found!)).toBe(
      'transit-v1 (1).txt is version 1 of “transit.txt” (d1); the project has version 3 since 2026-12-05',
    );
    // Found before a draft of the same file name; the current text is still "the same text".
    expect(await index.findWithEarlier({ fileName: 'plain.txt', text: 'second text' }, 'a')).toMatchObject({
      reason: 'earlier-version',
      documentId: 'd1',
      version: 2,
    });
    expect(await index.findWithEarlier({ fileName: 'x.txt', text: 'third text' }, 'a')).toMatchObject({
      reason: 'same-text',
    });
    expect(await index.findWithEarlier({ fileName: 'transit.txt', text: 'fourth' }, 'a')).toMatchObject({
      reason: 'same-name',
    });
    expect(await index.findWithEarlier({ fileName: 'new.txt', text: 'other' }, 'a')).toBeNull();
    expect(reads).toEqual([]);
  });

  it('reads the hashes of documents from before schema 6 once, passing over one it cannot read', async () => {
    const { reads, read } = reader();
    const index = new DuplicateIndex([...hashed, ...older], read);
    expect(await index.findWithEarlier({ fileName: 'new.txt', text: 'other' }, 'b')).toMatchObject({
      reason: 'earlier-version',
      documentId: 'd2',
      version: 1,
    });
    expect(await index.findWithEarlier({ fileName: 'broken.txt', text: 'old' }, 'b')).toMatchObject({
      reason: 'same-name',
      documentId: 'd3',
    });
    expect(reads).toEqual(['d2', 'd3']);
    const withoutReader = new DuplicateIndex(older);
    expect(await withoutReader.findWithEarlier({ fileName: 'new.txt', text: 'other' }, 'c')).toBeNull();
  });
});
