import { join } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  DocumentSchema,
  ProjectFileSchema,
  type FactdeskDocument,
  type ProjectFile,
} from '../../../shared/domain';
import { documentMigrations, projectMigrations } from '../../../shared/schema/migrations';
import { DurableJsonFile } from '../storage/json-file-adapter';

/** The project's own file, holding its identity, settings and document list. */
export const PROJECT_FILE = 'project.json';
export const DOCUMENTS_FOLDER = 'documents';
export const ATTACHMENTS_FOLDER = 'attachments';

/** The lowdb adapter for a project folder's `project.json`. */
export function projectFileAdapter(dir: string): DurableJsonFile<ProjectFile> {
  return new DurableJsonFile(join(dir, PROJECT_FILE), {
    schema: ProjectFileSchema,
    label: PROJECT_FILE,
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: projectMigrations },
  });
}

/** The lowdb adapter for one document file, `documents/<id>.json`, given its path inside the project. */
export function documentFileAdapter(dir: string, relativePath: string): DurableJsonFile<FactdeskDocument> {
  return new DurableJsonFile(join(dir, relativePath), {
    schema: DocumentSchema,
    label: relativePath,
    versioning: { current: CURRENT_SCHEMA_VERSION, migrations: documentMigrations },
  });
}

/** Where a document's file lives inside the project folder. */
export function documentPath(documentId: string): string {
  return `${DOCUMENTS_FOLDER}/${documentId}.json`;
}
