import { join } from 'node:path';
import { buildDocument } from '../../core/drafts/build-document';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { listSnapshots, type Snapshot } from '../../core/backups/list-snapshots';
import { OpenProject } from '../../core/project/open-project';
import { setNote } from '../claim-changes';
import { seedProject } from '../safety/seed-project';
import { tempDir } from '../temp-dir';

/**
 * A project of two seed drafts, backed up on its first open; since that backup, a note on its first
 * claim and a third draft (late.txt). Closed again. Returns its folder, claim ids and the backup.
 */
export async function workedOnSinceBackup(
  name: string,
): Promise<{ dir: string; claims: string[]; backup: Snapshot }> {
  const dir = join(await tempDir(), name);
  const claims = await seedProject(dir);
  const project = await OpenProject.open(dir, { tool: 't' }); // the first backup
  await setNote(project, claims[0]!, 'after the backup');
  await project.addDocument(
    buildDocument(
      findClaimsIn({ fileName: 'late.txt', format: 'txt', text: 'In 2023, 40 percent agreed.' }),
      'T',
    ),
  );
  await project.close();
  const [backup] = await listSnapshots(dir);
  return { dir, claims, backup: backup! };
}
