import type { FactdeskDocument, ProjectFile } from '../../shared/domain';
import type { BackupScheduler } from '../backups/backup-scheduler';
import type { Checker, ProjectDesk } from '../desk/project-desk';
import type { FileCodec } from '../storage/file-codec';
import type { DurableJsonFile } from '../storage/json-file-adapter';
import type { QueuedDb } from '../storage/queued-db';
import type { DocumentFiles } from './document-files';
import type { VersionTexts } from './version-texts';

/**
 * What an open project's features work on: the project's list, its document files, the earlier
 * texts, backups and the team desk's logs. `OpenProject` owns them and hands them to the change path
 * (project-change.ts), the drafts' lifecycle (document-lifecycle.ts) and the settings
 * (project-settings.ts), so each of those reads as one job.
 */
export interface ProjectParts {
  readonly dir: string;
  readonly codec: FileCodec;
  readonly project: QueuedDb<ProjectFile>;
  readonly documents: DocumentFiles;
  readonly versionTexts: VersionTexts;
  readonly backups: BackupScheduler | null;
  /** The change logs: null until the project is shared (a getter: sharing starts them later), and when read-only. */
  readonly desk: ProjectDesk | null;
  /** Who this process records as making changes. */
  readonly checker: Checker;
  /** A document's file, read now if it was not (its earlier texts moved out of it after an upgrade). */
  loadFile(documentId: string): Promise<QueuedDb<FactdeskDocument>>;
  /** Refuses any change when the project is open read-only. */
  assertWritable(): void;
  /** A document file's adapter: its writes wait for the change log that records them. */
  documentAdapter(documentId: string): DurableJsonFile<FactdeskDocument>;
  /** Writes the team desk's pending log lines (nothing when not shared). */
  flushLog(): Promise<void>;
}
