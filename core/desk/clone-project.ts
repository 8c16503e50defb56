import * as fs from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { CURRENT_SCHEMA_VERSION, type ProjectFile } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { codecForFolder, type ProjectAccess } from '../crypto/project-codec';
import { assertEmptyOrMissing } from '../project/folder-checks';
import { DOCUMENTS_FOLDER, projectFileAdapter } from '../project/project-files';
import { OpenProject } from '../project/open-project';
import { checkoutFiles, type BlobCache } from './git-tree';
import { remoteAuth, type GitCredentials } from './git-errors';
import { ProjectDesk } from './project-desk';
import { readDeskProject } from './start-desk';
import { checkRemoteUrl, fetchRemote, writeBlobCache } from './sync-project';

/**
 * Makes a working copy of a shared project at `dir` (missing or empty): fetches the remote, puts
 * its shared files in place, rebuilds project.json and every document from them, and records the
 * remote. An encrypted project needs its passphrase (shared out of band) in `access`.
 */
export async function cloneProject(
  remote: string,
  dir: string,
  credentials: GitCredentials,
  access: ProjectAccess,
  tool: string,
): Promise<OpenProject> {
  const url = checkRemoteUrl(remote);
  await assertEmptyOrMissing(dir);
  try {
    return await cloneInto(url, dir, credentials, access, tool);
  } catch (error) {
    // A clone that did not finish leaves nothing behind: the folder was missing or empty before.
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

async function cloneInto(
  url: string,
  dir: string,
  credentials: GitCredentials,
  access: ProjectAccess,
  tool: string,
): Promise<OpenProject> {
  await mkdir(join(dir, DOCUMENTS_FOLDER), { recursive: true });
  const auth = remoteAuth(credentials);
  await git.init({ fs, dir, defaultBranch: 'main' });
  await git.addRemote({ fs, dir, remote: 'origin', url, force: true });
  const head = await fetchRemote(dir, url, auth);
  if (!head) {
    throw new UserError(
      `${url} holds no project yet: share one there first with factdesk sync DIR --remote URL.`,
      'not-found',
    );
  }
  const blobs: BlobCache = new Map();
  await checkoutFiles(dir, head, blobs);
  await writeBlobCache(dir, blobs);
  await git.writeRef({ fs, dir, ref: 'refs/heads/main', value: head, force: true });
  const codec = await codecForFolder(dir, access);
  let identity;
  try {
    identity = await readDeskProject(dir, (bytes) => codec.decode(bytes, 'desk/project.json'));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${url} does not hold a Factdesk project (no readable desk/project.json).`,
      'not-found',
    );
  }
  const file: ProjectFile = {
    format: 'factdesk-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: identity.id,
    title: identity.title,
    createdAt: identity.createdAt,
    updatedAt: identity.createdAt,
    methodology: '',
    documents: [],
  };
  await ProjectDesk.startClone(dir, url);
  // From here on the folder is a project: killed before the fold ends, its next open folds the rest.
  await projectFileAdapter(dir, codec).write(file);
  return OpenProject.open(dir, { codec, tool, backups: false });
}
