import { join } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  DocumentSchema,
  ProjectFileSchema,
  VersionsFileSchema,
  type FactdeskDocument,
  type ProjectFile,
  type VersionsFile,
} from '../../shared/domain';
import { documentMigrations, projectMigrations, versionsMigrations } from '../../shared/schema/migrations';
import { DamagedFileError } from '../storage/damaged-file-error';
import { plainCodec, type FileCodec } from '../storage/file-codec';
import { DurableJsonFile } from '../storage/json-file-adapter';
import { QueuedDb } from '../storage/queued-db';
import { inOrderWithReadAhead } from '../storage/read-ahead';
import { parseDocumentFast } from './document-fast-parse';

/** The project's own file, holding its identity, settings and document list. */
export const PROJECT_FILE = 'project.json';
export const DOCUMENTS_FOLDER = 'documents';
export const ATTACHMENTS_FOLDER = 'attachments';

/** The lowdb adapter for a project folder's `project.json` (encrypted when `codec` is). */
export function projectFileAdapter(dir: string, codec: FileCodec = plainCodec): DurableJsonFile<ProjectFile> {
  return new DurableJsonFile(join(dir, PROJECT_FILE), {
    schema: ProjectFileSchema,
    label: PROJECT_FILE,
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: projectMigrations },
    codec,
  });
}

/** The lowdb adapter for one document file, `documents/<id>.json`, given its path inside the project. */
export function documentFileAdapter(
  dir: string,
  relativePath: string,
  codec: FileCodec = plainCodec,
  beforeWrite?: () => Promise<void>,
): DurableJsonFile<FactdeskDocument> {
  return new DurableJsonFile(join(dir, relativePath), {
    schema: DocumentSchema,
    label: relativePath,
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: documentMigrations },
    codec,
    fastParse: parseDocumentFast,
    beforeWrite,
  });
}

/** Where a document's file lives inside the project folder. */
export function documentPath(documentId: string): string {
  return `${DOCUMENTS_FOLDER}/${documentId}.json`;
}

/** Where a document's earlier versions live: `documents/<id>.versions.json` (ids hold no dot, so no clash). */
export function versionsPath(documentId: string): string {
  return `${DOCUMENTS_FOLDER}/${documentId}${VERSIONS_SUFFIX}`;
}

/** True for a versions file's path inside the project folder (as opposed to a document file). */
export function isVersionsPath(path: string): boolean {
  return path.endsWith(VERSIONS_SUFFIX);
}

/** The id of the document whose versions file is at `path` (a path `isVersionsPath` accepts). */
export function documentIdOfVersionsPath(path: string): string {
  return path.slice(`${DOCUMENTS_FOLDER}/`.length, -VERSIONS_SUFFIX.length);
}

const VERSIONS_SUFFIX = '.versions.json';

/** The lowdb adapter for a document's versions file (encrypted when `codec` is). */
export function versionsFileAdapter(
  dir: string,
  documentId: string,
  codec: FileCodec = plainCodec,
): DurableJsonFile<VersionsFile> {
  const relativePath = versionsPath(documentId);
  return new DurableJsonFile(join(dir, relativePath), {
    schema: VersionsFileSchema,
    label: relativePath,
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: versionsMigrations },
    codec,
  });
}

/** How many document files are read while an earlier one is parsed (reads overlap parsing). */
export const READ_AHEAD_FILES = 8;

/** A project's files, loaded and validated, each with its own write queue. */
export interface ProjectFiles {
  readonly project: QueuedDb<ProjectFile>;
  /** Every document, or none when they are to be read on demand. */
  readonly documents: Map<string, QueuedDb<FactdeskDocument>>;
  /** The schema version `project.json` had on disk (older than the current one: the project needs upgrading). */
  readonly storedVersion: number | undefined;
}

/**
 * Loads and validates the project (or snapshot) at `dir`: `project.json`, whose document list must
 * name each document once at its own path, then (unless `documents` is `on-demand`) each document
 * it lists, which must exist and hold the document it is listed as. Anything wrong is a
 * DamagedFileError naming the file; nothing is written.
 */
export async function loadProjectFiles(
  dir: string,
  codec: FileCodec,
  {
    documents: which = 'all',
    beforeWrite,
  }: {
    readonly documents?: 'all' | 'on-demand';
    /** Runs before each write of a document file (a shared project's change log is written first). */
    readonly beforeWrite?: () => Promise<void>;
  } = {},
): Promise<ProjectFiles> {
  const adapter = projectFileAdapter(dir, codec);
  const project = await QueuedDb.load(adapter);
  if (!project) {
    throw new DamagedFileError(PROJECT_FILE, `${PROJECT_FILE} is missing, so the project cannot be opened.`);
  }
  const storedVersion = adapter.storedVersion;
  const summaries = project.data.documents;
  const seen = new Set<string>();
  for (const summary of summaries) {
    if (seen.has(summary.id) || summary.path !== documentPath(summary.id)) {
      const wrong = seen.has(summary.id) ? 'twice' : `at ${summary.path}`;
      throw new DamagedFileError(
        PROJECT_FILE,
        `${PROJECT_FILE} is damaged: it lists document ${summary.id} ${wrong}. It was left untouched.`,
      );
    }
    seen.add(summary.id);
  }
  const documents = new Map<string, QueuedDb<FactdeskDocument>>();
  if (which === 'on-demand') return { project, documents, storedVersion };
  const loads = inOrderWithReadAhead(summaries, READ_AHEAD_FILES, (summary) =>
    loadListedDocument(dir, codec, summary, beforeWrite),
  );
  for (const summary of summaries)
    documents.set(summary.id, (await loads.next()).value as QueuedDb<FactdeskDocument>);
  return { project, documents, storedVersion };
}

/**
 * Reads one document the project file lists (at its own path, as `loadProjectFiles` checked): it
 * must exist and hold the document it is listed as, else a DamagedFileError names the file.
 */
export async function loadListedDocument(
  dir: string,
  codec: FileCodec,
  summary: ProjectFile['documents'][number],
  beforeWrite?: () => Promise<void>,
): Promise<QueuedDb<FactdeskDocument>> {
  const db = await QueuedDb.load(documentFileAdapter(dir, summary.path, codec, beforeWrite));
  if (!db) {
    throw new DamagedFileError(
      summary.path,
      `${summary.path} is missing from the project, so it cannot be opened.`,
    );
  }
  if (db.data.id !== summary.id) {
    throw new DamagedFileError(
      summary.path,
      `${summary.path} is damaged: it holds document ${db.data.id}, not ${summary.id}. It was left untouched.`,
    );
  }
  return db;
}
