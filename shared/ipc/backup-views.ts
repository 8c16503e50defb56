import type { ProjectView } from './views';

// What the backups channels answer (`backups:list`, `backups:restore`, `backups:mend`).

/** One backup (snapshot) of a project. */
export interface BackupInfo {
  /** The name `backups:restore` takes (its folder inside `backups/`). */
  readonly name: string;
  readonly createdAt: string;
  /** Why it was taken: open, editing, before-restore, before-reextract, manual. */
  readonly reason: string;
  readonly documents: number;
  readonly bytes: number;
  /** Why it is still kept: one of the most recent, or the newest of its day (kept for two weeks). */
  readonly kept: 'recent' | 'daily';
}

/** A project's backups, newest first, and the newest whose files all validate (null: none, or not checked). */
export interface BackupList {
  readonly dir: string;
  readonly backups: readonly BackupInfo[];
  readonly newestGood: string | null;
  /** What mending would do when some file is damaged and can be mended (`backups:mend`); else null. */
  readonly mend: MendOffer | null;
}

/** A damaged file and the backup whose good copy takes its place. */
export interface MendedFileInfo {
  readonly path: string;
  readonly backup: string;
  readonly createdAt: string;
}

/** What mending a project does: files put back from backups, documents no backup holds left out. */
export interface MendOffer {
  readonly mended: readonly MendedFileInfo[];
  readonly leftOut: readonly string[];
}

/** What `backups:mend` did, and the project as it now is. */
export interface MendedProject extends MendOffer {
  readonly project: ProjectView;
  /** The backup that holds the project as it was just before, damaged files included. */
  readonly keptAs: string;
  /** Damaged files renamed `<file>.damaged-<time>`. */
  readonly movedAside: readonly string[];
}

/** What `backups:restore` did, and the project as it now is. */
export interface RestoredBackup {
  readonly project: ProjectView;
  readonly restored: string;
  /** The backup that holds the project as it was just before the restore. */
  readonly keptAs: string;
  /** Damaged files renamed `<file>.damaged-<time>` instead of being replaced. */
  readonly movedAside: readonly string[];
  /** Files the backup held damaged, each taken from the nearest other backup with a good copy. */
  readonly mended: readonly MendedFileInfo[];
  /** Documents the backup held damaged that no other backup holds: left out. */
  readonly leftOut: readonly string[];
}
