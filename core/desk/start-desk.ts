import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactdeskDocument } from '../../shared/domain';
import { messageFor } from '../../shared/errors';
import type { FactdeskDocument as Doc, ProjectFile } from '../../shared/domain';
import type { ProjectView } from '../../shared/ipc';
import type { SnapshotReason } from '../backups/snapshot-names';
import type { FileCodec } from '../storage/file-codec';
import type { DurableJsonFile } from '../storage/json-file-adapter';
import type { ProjectDesk } from './project-desk';
import { summaryOf } from '../project/views';
import { writeFileDurably } from '../storage/durable-write';
import { restoreInPlace } from '../storage/change-guard';
import { QueuedDb } from '../storage/queued-db';
import { DESK_PROJECT_FILE, DeskProjectSchema, LOCAL_FOLDER, type DeskProject } from './desk-files';

/** What the fold needs of an open project (OpenProject, without importing it: it imports this). */
export interface DeskHost {
  readonly dir: string;
  readonly codec: FileCodec;
  readonly desk: ProjectDesk | null;
  readonly files: { project: QueuedDb<ProjectFile>; documents: Map<string, QueuedDb<Doc>> };
  allDocuments(): Doc[];
  view(): ProjectView;
  snapshot(reason: SnapshotReason): Promise<unknown>;
  documentAdapter(documentId: string): DurableJsonFile<Doc>;
  reindex(documentId: string, previous: readonly string[]): void;
}

/** What git must never carry: this copy's documents (folded from the shared files), backups, lock, state. */
const IGNORED = [
  '/project.json',
  '/documents/',
  '/backups/',
  '/.factdesk.lock/',
  `/${LOCAL_FOLDER}/`,
  '*.tmp',
];

/**
 * Brings a project opened for writing in line with its shared files: a project from before change
 * logs gets its shared files (a base of every document, after a backup); documents whose logs grew
 * (a sync, or a crash between a log append and a document write) are folded again.
 */
export async function startDesk(project: DeskHost): Promise<void> {
  const desk = project.desk;
  if (!desk) return;
  const missing = project.allDocuments().filter((doc) => !desk.documentIds().includes(doc.id));
  if (missing.length > 0) {
    await project.snapshot('before-upgrade').catch((error: unknown) => {
      throw new Error(`No backup could be made before sharing files were added: ${messageFor(error)}`);
    });
    for (const doc of missing) await desk.addBase(doc);
  }
  await writeDeskProject(project);
  await foldIntoProject(project);
}

/** Folds every document whose files do not hold every logged change, adding documents new to this copy. */
export async function foldIntoProject(project: DeskHost): Promise<string[]> {
  const desk = project.desk!;
  const { documents, project: file } = project.files;
  const stale = desk.documentsToFold(new Set(documents.keys()));
  for (const documentId of stale) {
    const folded = desk.fold(documentId);
    const db = documents.get(documentId);
    if (db) {
      const previous = db.data.claims.map((claim) => claim.id);
      await db.update((doc) => restoreInPlace(doc, folded));
      project.reindex(documentId, previous);
    } else {
      await addFolded(project, folded);
    }
  }
  await Promise.all([...documents.values()].map((db) => db.flush()));
  await file.flush();
  await desk.markApplied();
  return stale;
}

async function addFolded(project: DeskHost, doc: FactdeskDocument): Promise<void> {
  const { documents, project: file } = project.files;
  const db = await QueuedDb.create(project.documentAdapter(doc.id), doc);
  documents.set(doc.id, db);
  project.reindex(doc.id, []);
  await file.update((data) => {
    if (!data.documents.some((entry) => entry.id === doc.id)) data.documents.push(summaryOf(doc));
  });
}

/** Writes desk/project.json and .gitignore once, so a clone can rebuild project.json. */
async function writeDeskProject(project: DeskHost): Promise<void> {
  const path = join(project.dir, DESK_PROJECT_FILE);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const view = project.view();
    const created = project.files.project.data.createdAt;
    const identity: DeskProject = {
      format: 'factdesk-desk',
      id: view.id,
      title: view.title,
      createdAt: created,
    };
    await mkdir(join(project.dir, 'desk'), { recursive: true });
    await writeFileDurably(
      path,
      project.codec.encode(Buffer.from(JSON.stringify(identity, null, 1)), DESK_PROJECT_FILE),
    );
  }
  const ignore = join(project.dir, '.gitignore');
  const current = await readFile(ignore, 'utf8').catch(() => '');
  if (current !== `${IGNORED.join('\n')}\n`) await writeFileDurably(ignore, `${IGNORED.join('\n')}\n`);
}

/** Reads desk/project.json (for a clone, which has no project.json yet). */
export async function readDeskProject(
  dir: string,
  decode: (bytes: Uint8Array) => Uint8Array,
): Promise<DeskProject> {
  const bytes = await readFile(join(dir, DESK_PROJECT_FILE));
  return DeskProjectSchema.parse(JSON.parse(Buffer.from(decode(bytes)).toString('utf8')));
}
