import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenProject } from '../project/open-project';
import { folderState } from '../../test-support/safety/folder-state';
import { seedProject } from '../../test-support/safety/seed-project';
import { tempDir } from '../../test-support/temp-dir';
import { setNote } from '../../test-support/claim-changes';
import { listSnapshots } from './list-snapshots';
import { restoreSnapshot } from './restore-snapshot';

describe('restoring a backup of a shared project', () => {
  it('is refused in one sentence that says what to do instead, and changes nothing', async () => {
    const dir = join(await tempDir(), 'shared.factdesk');
    const claims = await seedProject(dir);
    const project = await OpenProject.open(dir, { tool: 't' }); // the first backup
    await project.share();
    await setNote(project, claims[0]!, 'after the backup');
    await project.close();
    const [backup] = await listSnapshots(dir);
    const before = await folderState(dir);
    await expect(restoreSnapshot(dir, backup!.info.name, { tool: 't' })).rejects.toThrow(
      `Backup ${backup!.info.name} was not restored: this project is shared, so its other copies would bring back everything the backup takes away. Nothing was changed; to go back, change the claims again here (they reach the others at the next sync), or to mend a damaged copy, clone the project again into a new folder (factdesk clone URL DIR).`,
    );
    expect(await folderState(dir)).toEqual(before);
    const reopened = await OpenProject.open(dir, { tool: 't' });
    expect(reopened.claimRow(claims[0]!).note).toBe('after the backup');
    await reopened.close();
  });

  it('does not offer a backup for a damaged file, but a new clone', async () => {
    const dir = join(await tempDir(), 'damaged.factdesk');
    await seedProject(dir);
    const project = await OpenProject.open(dir, { tool: 't' });
    await project.share();
    await project.close();
    const documents = (await readdir(join(dir, 'documents'))).filter((name) => !name.includes('.versions.'));
    await writeFile(join(dir, 'documents', documents[0]!), '{"format": "factdesk-document", "sch');
    const refusal = OpenProject.open(dir, { tool: 't' });
    await expect(refusal).rejects.toThrow(
      /is damaged: it is not valid JSON\. It was left untouched\. This project is shared, so no backup is restored over it: clone it again into a new folder \(factdesk clone URL DIR\); changes this copy had not synced yet stay in its desk\/logs folder\.$/,
    );
    await expect(refusal).rejects.toMatchObject({ file: `documents/${documents[0]}` });
  });
});
