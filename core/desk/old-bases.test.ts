// A shared project whose bases were written by an older schema still opens: each base's document is
// brought up to the current schema as it is read, as a document file is.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { OpenProject } from '../project/open-project';
import { tempDir } from '../../test-support/temp-dir';
import { BASES_FOLDER } from './desk-files';

describe('bases written before the current schema', () => {
  it('are read as their documents are, so the shared project opens as before', async () => {
    const dir = join(await tempDir(), 'shared.factdesk');
    const project = await OpenProject.create(dir, 'Shared', { tool: 'test', backups: false });
    const text = 'The council approved a $27 million budget on Tuesday.';
    const doc = buildDocument(findClaimsIn({ fileName: 'a.txt', format: 'txt', text }), 'Ana');
    await project.addDocument(doc);
    await project.share();
    await project.close();
    for (const name of await readdir(join(dir, BASES_FOLDER))) {
      const path = join(dir, BASES_FOLDER, name);
      const base = JSON.parse(await readFile(path, 'utf8'));
      await writeFile(
        path,
        JSON.stringify({
          ...base,
          document: { ...base.document, schemaVersion: CURRENT_SCHEMA_VERSION - 1 },
        }),
      );
    }
    const again = await OpenProject.open(dir, { tool: 'test', backups: false });
    expect((await again.readDocument(doc.id)).text).toBe(text);
    await again.close();
  });
});
