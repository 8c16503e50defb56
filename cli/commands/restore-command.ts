import { resolve } from 'node:path';
import { describeMend } from '../../core/backups/damage-offer';
import { mendProject } from '../../core/backups/mend-project';
import { restoreSnapshot } from '../../core/backups/restore-snapshot';
import { listSnapshots } from '../../core/backups/list-snapshots';
import { describeTime } from '../../core/backups/snapshot-names';
import { newestGoodSnapshot } from '../../core/backups/validate-snapshot';
import { codecForFolder } from '../../core/crypto/project-codec';
import { UserError } from '../../shared/errors';
import { projectAccess } from '../passphrase-option';
import type { CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

/**
 * `factdesk restore DIR [BACKUP]`: without BACKUP, lists the project's backups (newest first,
 * the newest good one marked); with it, restores that backup. The state before is kept as a backup
 * and damaged files are moved aside, so nothing is overwritten without a copy.
 */
export async function restoreCommand(dir: string, backup: string | undefined): Promise<CommandResult> {
  const folder = resolve(dir);
  if (backup !== undefined) {
    const result = await restoreSnapshot(folder, backup, { tool: TOOL, access: projectAccess() });
    const mended =
      result.mended.length + result.leftOut.length > 0
        ? `The backup held damaged files: Factdesk ${describeMend(result)}.\n`
        : '';
    return {
      stdout:
        `Restored backup ${result.restored.name} into ${folder}.\n` +
        `The project as it was before is kept as backup ${result.keptAs.name}.\n${mended}${asideLine(result.movedAside)}`,
    };
  }
  const snapshots = await listSnapshots(folder);
  if (snapshots.length === 0) {
    throw new UserError(
      `${folder} has no backups yet; Factdesk makes one each time it opens the project.`,
      'not-found',
    );
  }
  const codec = await codecForFolder(folder, projectAccess()).catch(() => null);
  const good = codec ? await newestGoodSnapshot(folder, codec) : null;
  const lines = snapshots.map(({ info }) =>
    [
      info.name.padEnd(36),
      describeTime(info.createdAt).padEnd(22),
      info.reason.padEnd(17),
      `${info.documents} document${info.documents === 1 ? '' : 's'}`,
      info.name === good?.info.name ? '  (newest good)' : '',
    ].join(''),
  );
  const note = codec ? '' : 'The project is encrypted: give its passphrase to see which backup is good.\n';
  return {
    stdout: `Backups of ${folder}, newest first:\n${lines.join('\n')}\n${note}Restore one with: factdesk restore DIR BACKUP\n`,
  };
}

/**
 * `factdesk mend DIR`: puts back only the project's damaged files, each from its newest good copy in
 * the backups; every other file stays as it is. The state before is kept as a backup and the
 * damaged files are moved aside.
 */
export async function mendCommand(dir: string): Promise<CommandResult> {
  const folder = resolve(dir);
  const result = await mendProject(folder, { tool: TOOL, access: projectAccess() });
  return {
    stdout:
      `Mended ${folder}: Factdesk ${describeMend(result)}; every other file is as it was.\n` +
      `The project as it was before is kept as backup ${result.keptAs.name}.\n${asideLine(result.movedAside)}`,
  };
}

function asideLine(movedAside: readonly string[]): string {
  return movedAside.length > 0 ? `Damaged files moved aside: ${movedAside.join(', ')}.\n` : '';
}
