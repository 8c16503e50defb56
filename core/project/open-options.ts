import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, type ProjectFile } from '../../shared/domain';
import type { BackupPolicy } from '../backups/backup-scheduler';
import type { ProjectAccess } from '../crypto/project-codec';
import { DESK_PROJECT_FILE } from '../desk/desk-files';
import type { Checker } from '../desk/project-desk';
import { newId, now } from './ids';

/**
 * How a project is opened: `tool` names this process in the lock ("app", "cli", "web workbench").
 * An encrypted project needs its `passphrase` (or a `codec` unlocked before); `create` with a
 * passphrase makes an encrypted project.
 */
export interface OpenOptions extends ProjectAccess {
  readonly tool: string;
  /** Read without taking the write lock; every change is refused. */
  readonly readOnly?: boolean;
  /** Rolling backups: the default policy, another one (tests pass fake clocks), or none. */
  readonly backups?: BackupPolicy | false;
  /** scrypt's cost (log2 of N, at least 15) for a new encrypted project; the default is 16. */
  readonly kdfLogN?: number;
  /** Who makes changes, for the change log (a change's own history line names the checker first). */
  readonly checker?: Checker;
  /**
   * `on-demand`: read each document only when it is needed (a command about one claim or one
   * document); methods about the whole project then need `loadAll` first. Default: all at open.
   * `in-use` (the services): every document is read and checked at open, then let go; each is read
   * again when a claims page, a report or a change needs it, and one changed is kept from then on.
   * A shared project is always read whole: its change logs are folded into every document at open.
   */
  readonly documents?: 'all' | 'on-demand' | 'in-use';
}

export function checkerOf(options: OpenOptions): Checker {
  return options.checker ?? { name: options.tool };
}

/** A project is shared once it has desk/project.json (written by its first sync, or cloned). */
export async function isShared(folder: string): Promise<boolean> {
  return access(join(folder, DESK_PROJECT_FILE)).then(
    () => true,
    () => false,
  );
}

/** The `project.json` of a new, empty project. */
export function newProjectFile(title: string): ProjectFile {
  const at = now();
  return {
    format: 'factdesk-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId('p'),
    title,
    createdAt: at,
    updatedAt: at,
    methodology: '',
    documents: [],
  };
}
