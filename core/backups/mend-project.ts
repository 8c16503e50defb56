import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError, messageFor } from '../../shared/errors';
import { codecForFolder } from '../crypto/project-codec';
import { PROJECT_FILE } from '../project/project-files';
import { acquireProjectLock } from '../storage/project-lock';
import { putStagedInPlace, setAside, stagePlan } from './apply-plan';
import { isSharedFolder } from './damage-offer';
import { listSnapshots, type SnapshotInfo } from './list-snapshots';
import type { RestoreOptions } from './restore-snapshot';
import { takeSnapshot } from './take-snapshot';
import { planMendsSomething, planState, type MendedFile } from './state-plan';

/** What a mend did. */
export interface MendResult {
  /** The snapshot holding the project as it was just before, damaged files included. */
  readonly keptAs: SnapshotInfo;
  /** Each damaged file and the backup its good copy came from. */
  readonly mended: readonly MendedFile[];
  /** Documents with no good copy in any backup: left out of the project, their file set aside. */
  readonly leftOut: readonly string[];
  /** Versions files with no good copy in any backup: left as they are. */
  readonly unmended: readonly string[];
  /** The damaged files, renamed `<file>.damaged-<time>`. */
  readonly movedAside: readonly string[];
}

/**
 * Mends the project at `dir` in place: each file that cannot be read goes back to its newest good
 * copy in the project's backups, and every other file stays exactly as it is (a restore would take
 * the whole project back, losing what was done since in files that were fine). A document no backup
 * holds is left out of the project, its file set aside. The whole is checked to open before
 * anything changes; the state before is kept as a backup; damaged files are set aside, never
 * deleted. Takes the project's write lock. Refused over a shared project, as restoring is.
 */
export async function mendProject(dir: string, options: RestoreOptions): Promise<MendResult> {
  const folder = resolve(dir);
  const now = options.now ?? (() => new Date());
  if (await isSharedFolder(folder)) {
    throw new UserError(
      'This project is shared, so it is not mended from its backups: its other copies would bring back what the backups take away. Nothing was changed; clone it again into a new folder (factdesk clone URL DIR).',
      'refused',
    );
  }
  // Before locking: a folder that is no project (nor the backups of one) is never written to.
  const hasProject = await access(join(folder, PROJECT_FILE)).then(
    () => true,
    () => false,
  );
  if (!hasProject && (await listSnapshots(folder)).length === 0) {
    throw new UserError(
      `${folder} is not a Factdesk project: it has no ${PROJECT_FILE} and no backups to mend it from.`,
      'not-found',
    );
  }
  const lock = await acquireProjectLock(folder, options.tool);
  try {
    const codec = await codecForFolder(folder, options.access ?? {});
    const cannot = 'The project cannot be mended';
    const plan = await planState(folder, await listSnapshots(folder), codec).catch((error: unknown) => {
      throw new UserError(`${cannot}: ${messageFor(error)} Nothing was changed.`, 'refused');
    });
    if (!planMendsSomething(plan)) {
      const versions =
        plan.unmended.length > 0 ? ` (${plan.unmended.join(', ')} has no good copy in any backup)` : '';
      throw new UserError(`Nothing in ${folder} needs mending${versions}; nothing was changed.`, 'refused');
    }
    const staging = await stagePlan(folder, plan, codec, now(), cannot);
    const kept = await takeSnapshot(folder, 'before-mend', { now, retention: options.retention });
    const damaged = [...plan.mended.map((file) => file.path), ...plan.leftOut];
    const movedAside = await setAside(folder, damaged, now());
    await putStagedInPlace(folder, staging, plan, false);
    return {
      keptAs: kept.info,
      mended: plan.mended,
      leftOut: plan.leftOut,
      unmended: plan.unmended,
      movedAside,
    };
  } finally {
    await lock.release();
  }
}
