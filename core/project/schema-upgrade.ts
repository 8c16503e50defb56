import { CURRENT_SCHEMA_VERSION, type FactdeskDocument } from '../../shared/domain';
import { messageFor } from '../../shared/errors';
import type { QueuedDb } from '../storage/queued-db';
import { lacksVersionHashes } from '../revisions/version-hashes';
import { addVersionHashes } from './add-version-hashes';
import { hasInlineVersionTexts, moveInlineVersionTexts } from './move-version-texts';
import type { ProjectParts } from './project-parts';

/**
 * Brings a project written by an older Factdesk up to the current schema, only when it is open for
 * writing, and only after a `before-upgrade` backup (taken once per open).
 */
export class SchemaUpgrade {
  private backedUp = false;

  constructor(
    private readonly parts: ProjectParts,
    /** Open with the write lock: without it nothing is upgraded. */
    private readonly writable: boolean,
  ) {}

  /**
   * `project.json` of an older schema is written again in the current one, after the backup (each
   * document file follows when it is next written). Without that backup nothing is upgraded and the
   * project is not opened for writing.
   */
  async projectFile(storedVersion: number | undefined): Promise<void> {
    if (!this.writable || storedVersion === undefined || storedVersion >= CURRENT_SCHEMA_VERSION) return;
    await this.backUpOnce();
    await this.parts.project.update(() => undefined);
  }

  /**
   * Brings documents' earlier versions up to date, after the backup. Schema 3 keeps earlier texts
   * out of document files: texts an older file holds inline are moved to their versions files.
   * Schema 6 keeps the hash of each earlier text in its entry: entries without one get it from the
   * texts. When that cannot be done (no backup could be made, a write failed) the project opens all
   * the same, as it was, and the upgrade is tried again at the next open.
   */
  async documents(dbs: readonly QueuedDb<FactdeskDocument>[]): Promise<void> {
    if (!this.writable || !dbs.some((db) => needsUpgrade(db.data))) return;
    const backUp = () => this.backUpOnce();
    try {
      const pending = new Map(dbs.map((db) => [db.data.id, db]));
      await moveInlineVersionTexts(pending, this.parts.versionTexts, backUp);
    } catch (error) {
      console.warn(
        `[factdesk] Earlier versions were left inside their documents for now: ${messageFor(error)}`,
      );
    }
    try {
      await addVersionHashes(dbs, this.parts.versionTexts, backUp);
    } catch (error) {
      console.warn(
        `[factdesk] Earlier versions were left without their hashes for now: ${messageFor(error)}`,
      );
    }
  }

  private async backUpOnce(): Promise<void> {
    if (!this.backedUp) await this.parts.backups?.before('before-upgrade');
    this.backedUp = true;
  }
}

/** True when a document file needs upgrading: earlier texts inline (before schema 3) or hashes missing (before 6). */
export function needsUpgrade(doc: FactdeskDocument): boolean {
  return hasInlineVersionTexts(doc) || lacksVersionHashes(doc);
}
