import {
  CURRENT_SCHEMA_VERSION,
  type DocumentVersion,
  type FactdeskDocument,
  type VersionsFile,
} from '../../shared/domain';
import { UserError, messageFor } from '../../shared/errors';
import { DamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import { describeIoError } from '../storage/json-file-adapter';
import { versionsFileAdapter, versionsPath } from './project-files';

/**
 * The texts of documents' earlier versions, kept in `documents/<id>.versions.json` so that a mark,
 * which rewrites its document's file, never rewrites them. They are read only when asked for
 * (comparing versions, loading a new one), never at open, and each file is written through its own
 * queue with the same durable write as every project file.
 */
export class VersionTexts {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly dir: string,
    private readonly codec: FileCodec,
  ) {}

  /**
   * Every earlier version of `doc` with its text, oldest first. Texts a document file from before
   * schema 3 still holds inline are used as they are. A versions file that is missing, damaged or
   * short of a version is refused with one sentence naming it; nothing is written.
   */
  async earlierVersions(doc: FactdeskDocument): Promise<DocumentVersion[]> {
    const entries = doc.versions ?? [];
    // The hashes stay in the document's entries; a versions file keeps the texts.
    if (entries.every((entry) => entry.text !== undefined)) {
      return entries.map(({ textHash: _hash, ...entry }) => ({ ...entry, text: entry.text! }));
    }
    const path = versionsPath(doc.id);
    const file = await this.readFile(doc.id);
    if (!file) {
      throw new DamagedFileError(
        path,
        `${path} is missing, so the earlier versions of "${doc.title}" cannot be read.`,
      );
    }
    if (file.documentId !== doc.id) {
      throw new DamagedFileError(
        path,
        `${path} is damaged: it holds the versions of document ${file.documentId}, not ${doc.id}. It was left untouched.`,
      );
    }
    const texts = new Map(file.versions.map((version) => [version.number, version.text]));
    return entries.map(({ text: inline, textHash: _hash, ...entry }) => {
      const text = inline ?? texts.get(entry.number);
      if (text === undefined) {
        throw new DamagedFileError(
          path,
          `${path} is damaged: it lacks version ${entry.number} of "${doc.title}". It was left untouched.`,
        );
      }
      return { ...entry, text };
    });
  }

  /** A document's versions file as it is on disk (after any write already queued), or null when there is none. */
  async readFile(documentId: string): Promise<VersionsFile | null> {
    await this.queues.get(documentId);
    return versionsFileAdapter(this.dir, documentId, this.codec).read();
  }

  /** Writes `versions` as the document's versions file, durably, after any write to it already queued. */
  write(documentId: string, versions: readonly DocumentVersion[]): Promise<void> {
    const file: VersionsFile = {
      format: 'factdesk-versions',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      documentId,
      versions: [...versions].sort((a, b) => a.number - b.number),
    };
    const previous = this.queues.get(documentId) ?? Promise.resolve();
    const written = previous.then(() => versionsFileAdapter(this.dir, documentId, this.codec).write(file));
    const settled = written.catch(() => undefined);
    this.queues.set(documentId, settled);
    void settled.then(() => {
      if (this.queues.get(documentId) === settled) this.queues.delete(documentId);
    });
    return written.catch((error: unknown) => {
      throw new UserError(
        `Factdesk could not save the earlier versions to ${versionsPath(documentId)}: ${why(error)}.`,
        'io-failed',
      );
    });
  }

  /** Resolves when every queued write is on disk (or has failed). */
  async flush(): Promise<void> {
    await Promise.all(this.queues.values());
  }
}

/** Why a write failed, in words: a file-system error's description, else the error's sentence. */
function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? describeIoError(error) : messageFor(error).replace(/\.$/, '');
}
