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
import { documentMigrations, projectMigrations } from '../../shared/schema/migrations';
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
    // Versions files first appeared with schema 3: there is nothing older to upgrade.
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: [] },
    codec,
  });
}

/** How many document files are read while an earlier one is parsed (reads overlap parsing). */
const READ_AHEAD_FILES = 8;

/** A project's files, loaded and validated, each with its own write queue. */
export interface ProjectFiles {
  readonly project: QueuedDb<ProjectFile>;
  readonly documents: Map<string, QueuedDb<FactdeskDocument>>;
}

/**
 * Loads and validates every file of the project (or snapshot) at `dir`: `project.json`, then each
 * document it lists, which must exist, be listed once, and hold the document it is listed as.
 * Anything wrong is a DamagedFileError naming the file; nothing is written.
 */
export async function loadProjectFiles(
  dir: string,
  codec: FileCodec,
  beforeWrite?: () => Promise<void>,
): Promise<ProjectFiles> {
  const project = await QueuedDb.load(projectFileAdapter(dir, codec));
  if (!project) {
    throw new DamagedFileError(PROJECT_FILE, `${PROJECT_FILE} is missing, so the project cannot be opened.`);
  }
  const documents = new Map<string, QueuedDb<FactdeskDocument>>();
  const summaries = project.data.documents;
  // A path that is not the document's own is refused below before its load is awaited.
  const loads = inOrderWithReadAhead(summaries, READ_AHEAD_FILES, (summary) =>
    summary.path === documentPath(summary.id)
      ? QueuedDb.load(documentFileAdapter(dir, summary.path, codec, beforeWrite))
      : Promise.resolve(null),
  );
  for (const summary of summaries) {
    if (documents.has(summary.id) || summary.path !== documentPath(summary.id)) {
      const wrong = documents.has(summary.id) ? 'twice' : `at ${summary.path}`;
      throw new DamagedFileError(
        PROJECT_FILE,
        `${PROJECT_FILE} is damaged: it lists document ${summary.id} ${wrong}. It was left untouched.`,
      );
    }
    const db = (await loads.next()).value as QueuedDb<FactdeskDocument> | null;
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
    documents.set(summary.id, db);
  }
  return { project, documents };
}
