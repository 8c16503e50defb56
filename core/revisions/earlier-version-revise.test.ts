// The app's Load new version… with the text of an earlier version: refused, saying which version, and
// nothing changed; loaded as a new version only when the request says so.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { changedFigure, original } from '../../test-support/revisions/sample-variants';
import { tempDir } from '../../test-support/temp-dir';

async function revisedOnce() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'again.factdesk');
  await harness.call('project:create', { dir, title: 'Again' });
  const first = await harness.call('documents:importText', { fileName: 'transit.txt', text: original });
  const { id: documentId, title } = first.imported[0]!;
  await harness.call('document:revise', { documentId, fileName: 'transit.txt', text: changedFigure() });
  const files = async () => ({
    document: await readFile(join(dir, 'documents', `${documentId}.json`), 'utf8'),
    versions: await readFile(join(dir, 'documents', `${documentId}.versions.json`), 'utf8'),
  });
  return { ...harness, documentId, title, files };
}

describe('a new version with the text of an earlier version, from the app', () => {
  it('is refused with which version it is and the version the project has, changing nothing', async () => {
    const { raw, call, documentId, title, files } = await revisedOnce();
    const before = await files();
    const [, current] = await call('document:versions', { documentId });
    const reply = await raw('document:revise', { documentId, fileName: 'old.txt', text: original });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: `old.txt is version 1 of “${title}” (${documentId}); the project has version 2 since ${current!.loadedAt.slice(0, 10)}. Nothing was changed. Choose “Load it as a new version anyway” to load it all the same.`,
        earlier: {
          file: 'old.txt',
          documentId,
          title,
          version: 1,
          currentVersion: 2,
          currentSince: current!.loadedAt,
        },
      },
    });
    expect(await files()).toEqual(before);
    expect(await call('document:versions', { documentId })).toHaveLength(2);
  });

  it('is loaded as the newest version when the request allows it, and the flag is validated', async () => {
    const { raw, call, documentId } = await revisedOnce();
    const wrong = await raw('document:revise', {
      documentId,
      fileName: 'old.txt',
      text: original,
      allowEarlierVersion: 'yes',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const loaded = await call('document:revise', {
      documentId,
      fileName: 'old.txt',
      text: original,
      allowEarlierVersion: true,
    });
    expect(loaded).toMatchObject({ documentId, version: 3, fileName: 'old.txt' });
    expect((await call('document:versions', { documentId })).map((v) => v.number)).toEqual([1, 2, 3]);
  });
});
