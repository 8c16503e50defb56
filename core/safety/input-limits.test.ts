import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import { folderState } from '../../test-support/safety/folder-state';
import { SEED_ARTICLE } from '../../test-support/safety/seed-project';
import { expectRefusal, factdesk } from '../../test-support/run-factdesk';

describe('input limits', () => {
  it('refuses oversized and binary drafts and an oversized note, changing nothing', async () => {
    const root = await tempDir();
    const dir = join(root, 'limits.factdesk');
    factdesk(['new', dir]);
    factdesk(['import', dir, SEED_ARTICLE]);
    const huge = join(root, 'huge.txt');
    const handle = await open(huge, 'w');
    await handle.truncate(51 * 1024 * 1024);
    await handle.close();
    const binary = join(root, 'photo.txt');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    const id = JSON.parse(factdesk(['claims', dir, '--json']).stdout)[0].id;
    const before = await folderState(dir, ['backups']);
    expectRefusal(
      factdesk(['import', dir, huge]),
      /huge\.txt is 51 MB; Factdesk reads drafts of up to 50 MB\./,
    );
    expectRefusal(factdesk(['import', dir, binary]), /photo\.txt/);
    const longNote = factdesk(['mark', dir, id, 'verified', '--note', 'n'.repeat(120_000)]);
    expectRefusal(
      longNote,
      /^factdesk \[too-large\]: Factdesk refused a change to this claim: its note is 120,000 characters long, and Factdesk keeps at most 100,000; nothing was changed\.\n$/,
    );
    expectRefusal(
      factdesk(['cite', dir, id, '--url', 'https://example.org/', '--title', 't'.repeat(1_001)]),
      /\[too-large\]: .*its citation’s title is 1,001 characters long, and Factdesk keeps at most 1,000; nothing was changed\./,
    );
    expect(await folderState(dir, ['backups'])).toEqual(before);
    expect((await readdir(join(dir, 'documents'))).length).toBe(1);
  });

  it('refuses a draft over 50 MB sent over IPC, importing nothing', async () => {
    const { call } = await servicesWithRouter();
    await call('project:create', { dir: join(await tempDir(), 'ipc-limits.factdesk'), title: 'Limits' });
    const result = await call('documents:importText', {
      fileName: 'huge.txt',
      text: 'a'.repeat(51 * 1024 * 1024),
    });
    expect(result.imported).toEqual([]);
    expect(result.failed).toEqual([
      {
        file: 'huge.txt',
        code: 'too-large',
        error: 'huge.txt is 51 MB; Factdesk reads drafts of up to 50 MB. Split it and import the parts.',
      },
    ]);
  });
});
