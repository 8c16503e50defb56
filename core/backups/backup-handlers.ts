import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';
import type { BackupInfo, BackupList } from '../../shared/ipc';
import { DEFAULT_BACKUP_POLICY } from './backup-scheduler';
import { codecForFolder } from '../crypto/project-codec';
import type { HandlerSlice } from '../ipc/handler-types';
import type { WorkbenchSession } from '../session/workbench-session';
import { listSnapshots } from './list-snapshots';
import { refuseSharedRestore, restoreSnapshot } from './restore-snapshot';
import { findSnapshot, newestGoodSnapshot, validateSnapshot } from './validate-snapshot';

type BackupChannel = 'backups:list' | 'backups:restore';

/**
 * Handlers for backups: list a project's snapshots (the open project, or any folder, even one
 * too damaged to open) and restore one, then open the project restored. `tool` names this
 * process in the lock a restore takes.
 */
export function backupHandlers(tool: string): HandlerSlice<BackupChannel> {
  return {
    'backups:list': async ({ dir, passphrase }, session) => {
      const folder = folderOf(dir, session);
      const open = isOpenIn(session, folder);
      // Newest first: the first `keepRecent` are kept as recent, the rest as their day's newest.
      const backups = (await listSnapshots(folder)).map(({ info }, index): BackupInfo => ({
        ...info,
        kept: index < DEFAULT_BACKUP_POLICY.keepRecent ? 'recent' : 'daily',
      }));
      const codec = open
        ? session.project.codec
        : await codecForFolder(folder, { passphrase }).catch(() => null);
      const good = codec ? await newestGoodSnapshot(folder, codec) : null;
      return { dir: folder, backups, newestGood: good?.info.name ?? null } satisfies BackupList;
    },
    'backups:restore': async ({ dir, backup, passphrase }, session) => {
      const folder = folderOf(dir, session);
      // Before the project is closed for the restore: a shared one is refused as it is.
      await refuseSharedRestore(folder, backup);
      const open = isOpenIn(session, folder);
      const access = open ? { codec: session.project.codec } : { passphrase };
      const codec = await codecForFolder(folder, access);
      await validateSnapshot(await findSnapshot(folder, backup), codec).catch((error: unknown) => {
        throw new UserError(
          `Backup ${backup} cannot be restored: ${error instanceof Error ? error.message : 'it cannot be read.'}`,
          'refused',
        );
      });
      if (open) await session.closeProject();
      let result;
      try {
        result = await restoreSnapshot(folder, backup, { tool, access: { codec } });
      } catch (error) {
        // Nothing was restored: put the project back as it was open before, if it was.
        if (open) await session.openProject(folder, { codec }).catch(() => undefined);
        throw error;
      }
      const project = await session.openProject(folder, { codec });
      return {
        project,
        restored: result.restored.name,
        keptAs: result.keptAs.name,
        movedAside: result.movedAside,
      };
    },
  };
}

function folderOf(dir: string | undefined, session: WorkbenchSession): string {
  if (dir !== undefined) return resolve(dir);
  if (!session.hasProject)
    throw new UserError('No project is open; open one or name its folder.', 'no-project');
  return session.project.dir;
}

function isOpenIn(session: WorkbenchSession, folder: string): boolean {
  return session.hasProject && resolve(session.project.dir) === folder;
}
