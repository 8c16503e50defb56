// The hash of each earlier text: written with every new version, compared with any draft whatever its
// file name, and never readable in an encrypted project's folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInBatches } from '../documents/import-batches';
import { inlineRunner } from '../extraction/extraction-runner';
import { OpenProject } from '../project/open-project';
import { TEXTS, revisedProject } from '../../test-support/revisions/revised-project';
import { reviseDocument } from './revise-document';
import { storedVersionHashes, textHash } from './version-hashes';

const PASSPHRASE = 'correct horse battery staple';

/** Every file under `dir`, as bytes. */
async function everyFile(dir: string): Promise<Buffer[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    names.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name))),
  );
}

describe('the hash of each earlier text', () => {
  it('is the hash of the text a new version replaced, whatever the draft was called', async () => {
    const { dir, documentId } = await revisedProject();
    const project = await OpenProject.open(dir, { tool: 'test', backups: false });
    const hint = { hint: 'Add --allow-duplicate.' };
    const renamed = { kind: 'text' as const, fileName: 'draft_old.txt', text: `${TEXTS[1]}\r\n` };
    await expect(
      reviseDocument(project, documentId, renamed, 'Ana', inlineRunner, undefined, hint),
    ).rejects.toThrow(
      /^draft_old\.txt is version 2 of “.*” \(\w+\); the project has version 3 since \d{4}-\d\d-\d\d\. Nothing was changed\. Add --allow-duplicate\.$/,
    );
    await reviseDocument(project, documentId, renamed, 'Ana', inlineRunner);
    expect(storedVersionHashes(await project.readDocument(documentId))).toEqual(
      TEXTS.map((text, index) => ({ number: index + 1, hash: textHash(text) })),
    );
    await project.close();
  });

  it('stays inside the encrypted files of an encrypted project, and finds a renamed copy there', async () => {
    const { dir, documentId } = await revisedProject({ passphrase: PASSPHRASE, kdfLogN: 15 });
    const secrets = [textHash(TEXTS[0]), textHash(TEXTS[1])].flatMap((hash) => [
      Buffer.from(hash),
      Buffer.from(hash, 'hex'),
    ]);
    for (const bytes of await everyFile(dir))
      for (const secret of secrets) expect(bytes.includes(secret)).toBe(false);

    const project = await OpenProject.open(dir, { tool: 'test', backups: false, passphrase: PASSPHRASE });
    expect(storedVersionHashes(await project.readDocument(documentId))).toHaveLength(2);
    const [result] = await importInBatches(
      project,
      [
        {
          name: 'report-v1 (1).txt',
          source: { kind: 'text', fileName: 'report-v1 (1).txt', text: TEXTS[0] },
        },
      ],
      { runner: inlineRunner, jobsAtOnce: 1, checker: 'Ana', hold: 'same-text' },
    );
    expect(result).toMatchObject({
      kind: 'held',
      duplicate: { file: 'report-v1 (1).txt', reason: 'earlier-version', documentId, version: 1 },
    });
    await project.close();
  });
});
