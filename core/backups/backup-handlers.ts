import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';
import type {
  BackupInfo,
  BackupList,
  MendOffer,
  MendedFileInfo,
  MendedProject,
  ProjectView,
} from '../../shared/ipc';
import { DEFAULT_BACKUP_POLICY } from './backup-scheduler';
import { codecForFolder } from '../crypto/project-codec';
import type { HandlerSlice } from '../ipc/handler-types';
import type { WorkbenchSession } from '../session/workbench-session';
import type { FileCodec } from '../storage/file-codec';
import { isSharedFolder } from './damage-offer';
import { listSnapshots } from './list-snapshots';
import { mendProject } from './mend-project';
import { planMendsSomething, planState, type MendedFile } from './state-plan';
import { refuseSharedRestore, restoreSnapshot } from './restore-snapshot';
import { findSnapshot, newestGoodSnapshot } from './validate-snapshot';

type BackupChannel = 'backups:list' | 'backups:restore' | 'backups:mend';

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
      const mend = codec && !(await isSharedFolder(folder)) ? await mendOffer(folder, codec) : null;
      return { dir: folder, backups, newestGood: good?.info.name ?? null, mend } satisfies BackupList;
    },
    'backups:restore': async ({ dir, backup, passphrase }, session) => {
      const folder = folderOf(dir, session);
      // Before the project is closed for the restore: a shared one is refused as it is.
      await refuseSharedRestore(folder, backup);
      await findSnapshot(folder, backup); // an unknown name is refused before the project is closed
      const { project, result } = await withProjectClosed(session, folder, passphrase, (codec) =>
        restoreSnapshot(folder, backup, { tool, access: { codec } }),
      );
      return {
        project,
        restored: result.restored.name,
        keptAs: result.keptAs.name,
        movedAside: result.movedAside,
        mended: result.mended.map(mendedInfo),
        leftOut: result.leftOut,
      };
    },
    'backups:mend': async ({ dir, passphrase }, session) => {
      const folder = folderOf(dir, session);
      const { project, result } = await withProjectClosed(session, folder, passphrase, (codec) =>
        mendProject(folder, { tool, access: { codec } }),
      );
      return {
        project,
        keptAs: result.keptAs.name,
        movedAside: result.movedAside,
        mended: result.mended.map(mendedInfo),
        leftOut: result.leftOut,
      } satisfies MendedProject;
    },
  };
}

/**
 * Runs `work` on `folder` with this window's project closed if it is that one, then opens the
 * result. When `work` fails nothing was changed: the project is opened again as it was, if it was.
 */
async function withProjectClosed<T>(
  session: WorkbenchSession,
  folder: string,
  passphrase: string | undefined,
  work: (codec: FileCodec) => Promise<T>,
): Promise<{ project: ProjectView; result: T }> {
  const open = isOpenIn(session, folder);
  const codec = await codecForFolder(folder, open ? { codec: session.project.codec } : { passphrase });
  if (open) await session.closeProject();
  let result: T;
  try {
    result = await work(codec);
  } catch (error) {
    if (open) await session.openProject(folder, { codec }).catch(() => undefined);
    throw error;
  }
  return { project: await session.openProject(folder, { codec }), result };
}

/** What mending `folder` would do, or null when nothing is damaged (or it cannot be mended). Reads only. */
async function mendOffer(folder: string, codec: FileCodec): Promise<MendOffer | null> {
  const plan = await planState(folder, await listSnapshots(folder), codec).catch(() => null);
  if (!plan || !planMendsSomething(plan)) return null;
  return { mended: plan.mended.map(mendedInfo), leftOut: plan.leftOut };
}

function mendedInfo({ path, backup }: MendedFile): MendedFileInfo {
  return { path, backup: backup.name, createdAt: backup.createdAt };
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
