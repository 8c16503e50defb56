import type { DocumentSummary, FactdeskDocument, ProjectFile } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { ENCRYPTION_FILE } from '../crypto/encryption-header';
import {
  PROJECT_FILE,
  documentFileAdapter,
  documentPath,
  isVersionsPath,
  projectFileAdapter,
  versionsFileAdapter,
  versionsPath,
} from '../project/project-files';
import { isDamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import type { Snapshot, SnapshotInfo } from './list-snapshots';
import { listStateFiles } from './project-state-files';

/** One file of the state a mend or restore puts in place, and the folder its copy comes from. */
export interface PlannedFile {
  readonly path: string;
  readonly from: string;
}

/** A file that could not be read where it was, and the backup whose good copy takes its place. */
export interface MendedFile {
  readonly path: string;
  readonly backup: SnapshotInfo;
}

/**
 * The project state a mend or restore puts in place, built from a base folder (the project itself
 * for a mend, a backup for a restore) with each damaged file taken from the nearest backup that
 * holds a good copy of it.
 */
export interface StatePlan {
  /** Every file copied into place, with the folder its copy comes from. */
  readonly files: readonly PlannedFile[];
  /** `project.json` written anew (its document list matched to the documents there are), or null: copied. */
  readonly project: ProjectFile | null;
  readonly mended: readonly MendedFile[];
  /** Documents with no good copy anywhere: left out of the project's list (a damaged file is set aside). */
  readonly leftOut: readonly string[];
  /** Versions files with no good copy anywhere: left as they are (the draft opens; its earlier versions do not). */
  readonly unmended: readonly string[];
}

/**
 * Plans the state of `base` with its damaged files mended: each file that cannot be read (or holds
 * the wrong document) is taken from the first of `donors` (backups, nearest first) whose copy
 * reads and fits; `project.json` taken from a backup gets the document list of the documents
 * `base` has. Reads only. Refused, with a sentence, when no good `project.json` exists anywhere
 * (the caller adds that nothing was changed).
 */
export async function planState(
  base: string,
  donors: readonly Snapshot[],
  codec: FileCodec,
): Promise<StatePlan> {
  const mended: MendedFile[] = [];
  const leftOut: string[] = [];
  const unmended: string[] = [];
  const files: PlannedFile[] = [];
  const paths = await listStateFiles(base);

  const own = await readable(projectFileAdapter(base, codec));
  let project = own && listIsSound(own) ? own : null;
  if (!project) {
    for (const donor of donors) {
      const copy = await readable(projectFileAdapter(donor.folder, codec));
      if (copy && listIsSound(copy)) {
        project = copy;
        mended.push({ path: PROJECT_FILE, backup: donor.info });
        break;
      }
    }
  }
  if (!project) {
    throw new UserError(`${PROJECT_FILE} cannot be read and no backup holds a good copy of it.`, 'refused');
  }
  const projectMended = mended.length > 0;
  const summaries = projectMended ? await listFromFolder(base, paths, project, codec) : project.documents;
  const kept: DocumentSummary[] = [];
  const planned = new Set<string>();

  for (const summary of summaries) {
    const found = await goodDocument(base, donors, summary.id, codec);
    if (!found) {
      leftOut.push(summary.path);
      continue;
    }
    kept.push(summary);
    files.push({ path: summary.path, from: found.from });
    planned.add(summary.path);
    if (found.donor) mended.push({ path: summary.path, backup: found.donor.info });
    const versions = await goodVersions(base, donors, found.doc, codec);
    if (versions === 'none-needed') continue;
    const path = versionsPath(summary.id);
    planned.add(path);
    if (versions === null) {
      unmended.push(path);
      if (paths.includes(path)) files.push({ path, from: base });
      continue;
    }
    files.push({ path, from: versions.from });
    if (versions.donor) mended.push({ path, backup: versions.donor.info });
  }
  if (projectMended) {
    // Unlisted files whose document could not be read: they were never part of the list taken.
    for (const path of paths) {
      if (isDocumentPath(path) && !planned.has(path) && !summaries.some((s) => s.path === path)) {
        if (!(await readable(documentFileAdapter(base, path, codec)))) leftOut.push(path);
      }
    }
  }
  // Everything else (the encryption header, files the list does not name) is carried as it is.
  for (const path of paths) {
    if (path === PROJECT_FILE || planned.has(path) || leftOut.includes(path)) continue;
    files.push({ path, from: base });
  }
  const rewrite = projectMended || leftOut.length > 0;
  if (!rewrite) files.push({ path: PROJECT_FILE, from: base });
  return {
    files: sortForWriting(files),
    project: rewrite ? { ...project, documents: kept } : null,
    mended,
    leftOut,
    unmended,
  };
}

/** True when the plan changes anything about the base: some file was damaged. */
export function planMendsSomething(plan: StatePlan): boolean {
  return plan.mended.length > 0 || plan.leftOut.length > 0;
}

/** Documents first, the encryption header before them, `project.json` last (it names the documents). */
function sortForWriting(files: PlannedFile[]): PlannedFile[] {
  const rank = (path: string) => (path === ENCRYPTION_FILE ? 0 : path === PROJECT_FILE ? 2 : 1);
  return files.sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
}

/** The file's data, or null when it is missing or damaged (other failures, like a newer format, are thrown). */
async function readable<T>(adapter: { read(): Promise<T | null> }): Promise<T | null> {
  try {
    return await adapter.read();
  } catch (error) {
    if (isDamagedFileError(error)) return null;
    throw error;
  }
}

/** The checks opening makes of the document list: each document once, at its own path. */
function listIsSound(project: ProjectFile): boolean {
  const ids = new Set(project.documents.map((s) => s.id));
  return (
    ids.size === project.documents.length && project.documents.every((s) => s.path === documentPath(s.id))
  );
}

function isDocumentPath(path: string): boolean {
  return path.startsWith('documents/') && !isVersionsPath(path);
}

/**
 * The document list for a `project.json` taken from a backup: the folder is the truth about which
 * documents there are. Listed documents whose file is gone are left out (removed since); documents
 * added since are listed after the others, oldest import first.
 */
async function listFromFolder(
  base: string,
  paths: readonly string[],
  project: ProjectFile,
  codec: FileCodec,
): Promise<DocumentSummary[]> {
  const listed = project.documents.filter((summary) => paths.includes(summary.path));
  const added: DocumentSummary[] = [];
  for (const path of paths) {
    if (!isDocumentPath(path) || listed.some((summary) => summary.path === path)) continue;
    const doc = await readable(documentFileAdapter(base, path, codec));
    if (doc && documentPath(doc.id) === path) added.push(summaryOf(doc));
  }
  added.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  return [...listed, ...added];
}

function summaryOf(doc: FactdeskDocument): DocumentSummary {
  const { id, title, fileName, sourceFormat, importedAt } = doc;
  return { id, title, fileName, sourceFormat, importedAt, path: documentPath(id) };
}

interface Found<T> {
  readonly doc: T;
  readonly from: string;
  /** The backup it came from; absent when it is the base's own. */
  readonly donor?: Snapshot;
}

/** Document `id` from the base when it reads and is that document, else from the first donor where it does. */
async function goodDocument(
  base: string,
  donors: readonly Snapshot[],
  id: string,
  codec: FileCodec,
): Promise<Found<FactdeskDocument> | null> {
  const path = documentPath(id);
  for (const donor of [null, ...donors]) {
    const folder = donor?.folder ?? base;
    const doc = await readable(documentFileAdapter(folder, path, codec));
    if (doc && doc.id === id) return { doc, from: folder, ...(donor && { donor }) };
  }
  return null;
}

/**
 * The versions file `doc` needs (one holding each of its earlier versions' texts), from the base or
 * the first donor that has one; 'none-needed' when the document keeps no texts apart.
 */
async function goodVersions(
  base: string,
  donors: readonly Snapshot[],
  doc: FactdeskDocument,
  codec: FileCodec,
): Promise<Found<true> | 'none-needed' | null> {
  const needed = (doc.versions ?? []).filter((entry) => entry.text === undefined).map((e) => e.number);
  if (needed.length === 0) return 'none-needed';
  for (const donor of [null, ...donors]) {
    const folder = donor?.folder ?? base;
    const file = await readable(versionsFileAdapter(folder, doc.id, codec));
    const numbers = new Set(file?.versions.map((version) => version.number));
    if (file && file.documentId === doc.id && needed.every((n) => numbers.has(n))) {
      return { doc: true, from: folder, ...(donor && { donor }) };
    }
  }
  return null;
}
