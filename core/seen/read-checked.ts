/**
 * Reading the desk's projects for "Checked before": which folders are projects (a folder named
 * directly, or each project folder inside an archive folder), and the claims each has given a verdict.
 * Projects are opened read-only: no lock is taken and nothing is written. An encrypted project is read
 * only with a passphrase or key this process already holds; its claims stay in this process's memory.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Claim, FactdeskDocument } from '../../shared/domain';
import { countedStatus, verdictOf } from '../../shared/domain/claim-standing';
import { messageFor } from '../../shared/errors';
import type { ProjectAccess } from '../crypto/project-codec';
import { readEncryptionHeader } from '../crypto/encryption-header';
import { OpenProject } from '../project/open-project';
import { PROJECT_FILE } from '../project/project-files';
import type { CheckedClaim } from './checked-claim';

/** A folder that was named but could not be read, with one sentence on why. */
export interface SkippedFolder {
  readonly folder: string;
  readonly reason: string;
}

async function isProject(folder: string): Promise<boolean> {
  return stat(join(folder, PROJECT_FILE)).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * The project folders named by `paths`: a project folder itself, or the project folders directly
 * inside an archive folder. Paths that are neither are skipped with a sentence.
 */
export async function deskProjects(
  paths: readonly string[],
): Promise<{ projects: string[]; skipped: SkippedFolder[] }> {
  const projects = new Set<string>();
  const skipped: SkippedFolder[] = [];
  for (const path of paths) {
    const folder = resolve(path);
    if (await isProject(folder)) {
      projects.add(folder);
      continue;
    }
    let entries: string[];
    try {
      entries = (await readdir(folder, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(folder, entry.name))
        .sort();
    } catch (error) {
      skipped.push({
        folder,
        reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    const inside = (await Promise.all(entries.map(async (e) => ((await isProject(e)) ? e : null)))).filter(
      (e): e is string => e !== null,
    );
    if (inside.length === 0)
      skipped.push({ folder, reason: 'it is not a project and holds no project folders' });
    for (const project of inside) projects.add(project);
  }
  return { projects: [...projects], skipped };
}

/** True when the project at `folder` is encrypted. */
export async function isEncrypted(folder: string): Promise<boolean> {
  return (await readEncryptionHeader(folder)) !== null;
}

/** A claim given a verdict (a verdict a new version of its draft left stale does not count). */
export function isChecked(claim: Claim): boolean {
  return countedStatus(claim) !== 'unchecked';
}

/** The record "Checked before" keeps of a checked claim. */
export function checkedClaim(
  project: { dir: string; title: string },
  doc: Pick<FactdeskDocument, 'id' | 'title'>,
  claim: Claim,
): CheckedClaim {
  const verdict = verdictOf(claim);
  return {
    project: project.dir,
    projectTitle: project.title,
    documentId: doc.id,
    documentTitle: doc.title,
    claimId: claim.id,
    quote: claim.quote,
    text: claim.text,
    kind: claim.kind,
    status: claim.status as CheckedClaim['status'],
    checkedAt: verdict?.at || claim.updatedAt,
    checker: verdict?.by ?? '',
    note: claim.note,
    citations: claim.citations,
    ...(claim.values ? { values: claim.values } : {}),
    ...(claim.language ? { language: claim.language } : {}),
  };
}

/**
 * The checked claims of the project at `folder`, read document by document. An encrypted project
 * without `access` to it is refused with a sentence (the caller skips it).
 */
export async function readCheckedClaims(folder: string, access: ProjectAccess = {}): Promise<CheckedClaim[]> {
  const project = await OpenProject.open(folder, {
    ...access,
    tool: 'checked before',
    readOnly: true,
    documents: 'on-demand',
  });
  try {
    const out: CheckedClaim[] = [];
    const where = { dir: project.dir, title: project.title };
    for await (const doc of project.readEachDocument()) addChecked(out, where, doc);
    return out;
  } finally {
    await project.close();
  }
}

/**
 * The checked claims of a project this process has open, from its documents in memory: no file is
 * read a second time (the desk is read in the background just as a project opens).
 */
export async function checkedClaimsOf(
  project: { dir: string; title: string },
  documents: AsyncIterable<FactdeskDocument>,
): Promise<CheckedClaim[]> {
  const out: CheckedClaim[] = [];
  for await (const doc of documents) addChecked(out, project, doc);
  return out;
}

function addChecked(
  out: CheckedClaim[],
  project: { dir: string; title: string },
  doc: FactdeskDocument,
): void {
  for (const claim of doc.claims) if (isChecked(claim)) out.push(checkedClaim(project, doc, claim));
}

/** One sentence on why a project could not be read. */
export function skipReason(error: unknown): string {
  return messageFor(error);
}
