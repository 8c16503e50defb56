import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messageFor } from '../../shared/errors';
import type { DeskOp } from '../../shared/desk';
import type { DocumentVersion, FactdeskDocument as Doc, ProjectFile } from '../../shared/domain';
import type { ProjectView } from '../../shared/ipc';
import type { SnapshotReason } from '../backups/snapshot-names';
import type { FileCodec } from '../storage/file-codec';
import type { DurableJsonFile } from '../storage/json-file-adapter';
import type { Checker, ProjectDesk } from './project-desk';
import { summaryOf } from '../project/views';
import { textHash } from '../revisions/version-hashes';
import { writeFileDurably, writeFilesDurably } from '../storage/durable-write';
import { restoreInPlace } from '../storage/change-guard';
import { QueuedDb } from '../storage/queued-db';
import { DESK_PROJECT_FILE, DeskProjectSchema, LOCAL_FOLDER, type DeskProject } from './desk-files';

/** What the fold needs of an open project (OpenProject, without importing it: it imports this). */
export interface DeskHost {
  readonly dir: string;
  readonly codec: FileCodec;
  readonly desk: ProjectDesk | null;
  /** Who changes the project in this process (for settings logged when a project is first shared). */
  readonly checker: Checker;
  readonly files: { project: QueuedDb<ProjectFile>; documents: Map<string, QueuedDb<Doc>> };
  allDocuments(): Doc[];
  view(): ProjectView;
  snapshot(reason: SnapshotReason): Promise<unknown>;
  documentAdapter(documentId: string): DurableJsonFile<Doc>;
  earlierVersions(documentId: string): Promise<DocumentVersion[]>;
  saveEarlierVersions(documentId: string, versions: readonly DocumentVersion[]): Promise<void>;
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
export async function startDesk(project: DeskHost, by: Checker = project.checker): Promise<void> {
  const desk = project.desk;
  if (!desk) return;
  const missing = project.allDocuments().filter((doc) => !desk.documentIds().includes(doc.id));
  if (missing.length > 0) {
    await project.snapshot('before-upgrade').catch((error: unknown) => {
      throw new Error(`No backup could be made before sharing files were added: ${messageFor(error)}`);
    });
    for (const doc of missing) {
      // Earlier texts that cannot be read are left out: the other copies then lack them, as this one does.
      await desk.addBase(doc, await project.earlierVersions(doc.id).catch(() => []));
    }
  }
  await writeDeskProject(project);
  logUnsharedSettings(project, by);
  await foldIntoProject(project);
}

/**
 * The methodology and checklists a project had before it was shared (or before Factdesk shared
 * them) are logged once, so the other copies receive them; a setting already logged is left alone.
 */
function logUnsharedSettings(project: DeskHost, by: Checker): void {
  const desk = project.desk!;
  const file = project.files.project.data;
  const { settings } = desk.foldProject(file.id);
  const ops: DeskOp[] = [];
  if (settings.methodology === undefined && file.methodology !== '') {
    ops.push({ op: 'methodology', text: file.methodology });
  }
  if (settings.checklists === undefined && file.checklists) {
    ops.push({ op: 'checklists', checklists: file.checklists });
  }
  desk.record(file.id, ops, by);
}

/** Folds every document whose files do not hold every logged change, adding documents new to this copy. */
export async function foldIntoProject(project: DeskHost): Promise<string[]> {
  const desk = project.desk!;
  const { documents, project: file } = project.files;
  const stale = desk.documentsToFold(new Set(documents.keys()));
  const fresh: string[] = [];
  for (const documentId of stale) {
    const db = documents.get(documentId);
    if (!db) {
      fresh.push(documentId);
      continue;
    }
    const { doc: folded, texts } = withoutVersionTexts(desk.fold(documentId));
    // The versions file first (as a revision does): a crash before the document is written loses no text.
    if (texts.size > 0) await saveVersionTexts(project, folded, texts);
    const previous = db.data.claims.map((claim) => claim.id);
    await db.update((doc) => restoreInPlace(doc, folded));
    project.reindex(documentId, previous);
  }
  await addFolded(project, fresh);
  await foldProjectFile(project);
  await Promise.all([...documents.values()].map((db) => db.flush()));
  await file.flush();
  await desk.markApplied();
  return stale;
}

/** Brings project.json in line with the logs: the shared settings (title, methodology, checklists) and each draft's title in the list. */
async function foldProjectFile(project: DeskHost): Promise<void> {
  const { documents, project: file } = project.files;
  const { settings } = project.desk!.foldProject(file.data.id);
  const titleOf = (id: string) => documents.get(id)?.data.title;
  const stale =
    (settings.title !== undefined && settings.title !== file.data.title) ||
    (settings.methodology !== undefined && settings.methodology !== file.data.methodology) ||
    (settings.checklists !== undefined &&
      JSON.stringify(settings.checklists.checklists) !== JSON.stringify(file.data.checklists)) ||
    file.data.documents.some((entry) => (titleOf(entry.id) ?? entry.title) !== entry.title);
  if (!stale) return;
  await file.update((data) => {
    if (settings.title !== undefined) data.title = settings.title;
    if (settings.methodology !== undefined) data.methodology = settings.methodology;
    if (settings.checklists) {
      if (settings.checklists.checklists) data.checklists = settings.checklists.checklists;
      else delete data.checklists;
    }
    for (const entry of data.documents) entry.title = titleOf(entry.id) ?? entry.title;
  });
}

/**
 * A folded document without the earlier texts its bases carried inline, and those texts by version
 * number. Each entry whose text came with it gets that text's hash (a version kept from a concurrent
 * revision, or a base written before schema 6, has none yet).
 */
function withoutVersionTexts(doc: Doc): { doc: Doc; texts: Map<number, string> } {
  const texts = new Map<number, string>();
  if (!doc.versions?.some((entry) => entry.text !== undefined)) return { doc, texts };
  const versions = doc.versions.map(({ text, ...entry }) => {
    if (text === undefined) return entry;
    texts.set(entry.number, text);
    return { ...entry, textHash: textHash(text) };
  });
  return { doc: { ...doc, versions }, texts };
}

/** Writes the versions file of a folded document: the texts its bases carried, else the ones this copy has. */
async function saveVersionTexts(project: DeskHost, doc: Doc, texts: Map<number, string>): Promise<void> {
  const local = await project.earlierVersions(doc.id).catch(() => []);
  const here = new Map(local.map((version) => [version.number, version.text]));
  const versions: DocumentVersion[] = [];
  for (const entry of doc.versions ?? []) {
    const text = texts.get(entry.number) ?? here.get(entry.number);
    if (text !== undefined) versions.push({ ...entry, text });
  }
  await project.saveEarlierVersions(doc.id, versions);
}

/** How many documents new to this copy are folded and written as one group commit (bounds the bytes held). */
const FOLDED_PER_GROUP = 200;

/**
 * Adds the documents new to this copy (all of them, for a clone) in group commits, as a batch import
 * does: each group's files are written and fsynced together, and the project's list is written once
 * at the end, so it never names a missing file. A crash before the list is written leaves files no
 * list names: the next open folds those documents again and writes their files anew.
 */
async function addFolded(project: DeskHost, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const { documents, project: file } = project.files;
  // The log goes before the files that show it, as for any document write.
  await project.desk!.flush();
  const added: Doc[] = [];
  for (let start = 0; start < documentIds.length; start += FOLDED_PER_GROUP) {
    const group = documentIds
      .slice(start, start + FOLDED_PER_GROUP)
      .map((documentId) => withoutVersionTexts(project.desk!.fold(documentId)));
    const adapters = group.map(({ doc }) => project.documentAdapter(doc.id));
    await writeFilesDurably(
      group.map(({ doc }, index) => ({
        path: adapters[index]!.path,
        contents: adapters[index]!.encode(doc),
      })),
    );
    for (const [index, { doc, texts }] of group.entries()) {
      documents.set(doc.id, QueuedDb.written(adapters[index]!, doc));
      project.reindex(doc.id, []);
      if (texts.size > 0) await saveVersionTexts(project, doc, texts);
      added.push(doc);
    }
  }
  await file.update((data) => {
    const listed = new Set(data.documents.map((entry) => entry.id));
    for (const doc of added) if (!listed.has(doc.id)) data.documents.push(summaryOf(doc));
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
