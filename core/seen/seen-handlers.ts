import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';
import type { ArchiveFolders } from '../../shared/ipc';
import type { AppSettings } from '../app/app-settings';
import type { HandlerSlice } from '../ipc/handler-types';
import type { Dialogs } from '../service-types';
import type { DeskIndex } from './desk-index';
import { copyCitations } from './reuse-citations';
import { earlierClaimView } from './earlier-claim-view';

type SeenChannel =
  | 'claim:checkedBefore'
  | 'claim:reuseCitations'
  | 'archives:list'
  | 'archives:add'
  | 'archives:remove'
  | 'dialog:chooseArchiveFolder';

/** What "Checked before" needs: the desk's index, the settings keeping the archive folders, a folder dialog. */
export interface SeenContext {
  readonly desk: DeskIndex;
  readonly settings: AppSettings;
  readonly dialogs: Pick<Dialogs, 'chooseArchiveFolder'>;
}

/** A folder the checker typed or chose: it must exist and be a folder, else one sentence says so. */
async function existingFolder(dir: string): Promise<string> {
  const folder = resolve(dir);
  const info = await stat(folder).catch(() => null);
  if (!info)
    throw new UserError(`There is no folder at ${folder}; check the path and try again.`, 'not-found');
  if (!info.isDirectory()) throw new UserError(`${folder} is a file, not a folder.`, 'refused');
  return folder;
}

/** Handlers for "Checked before": looking a claim up in the desk, reusing a match's citations, the archive folders. */
export function seenHandlers({ desk, settings, dialogs }: SeenContext): HandlerSlice<SeenChannel> {
  const archives = (): ArchiveFolders => ({ folders: settings.archives() });
  return {
    'claim:checkedBefore': async ({ claimId }, session) => {
      const project = session.project;
      const claim = await project.readClaimRow(claimId);
      const found = await desk.lookup(claim, project.dir);
      const matches = found.matches.map((match) => ({
        ...earlierClaimView(match),
        encrypted: desk.find(match.claim.project, match.claim.claimId)?.codec.encrypted ?? false,
      }));
      return {
        claimId,
        matches,
        projects: found.projects,
        skipped: found.skipped,
        rechecking: found.rechecking,
      };
    },
    'claim:reuseCitations': async ({ claimId, from }, session) => {
      const project = session.project;
      await project.readClaimRow(claimId);
      const source = desk.find(from.project, from.claimId);
      if (!source || resolve(from.project) === project.dir)
        throw new UserError(
          'That earlier claim is no longer in the desk (its project changed, closed or was locked); look again.',
          'not-found',
        );
      if (source.claim.citations.length === 0)
        throw new UserError('That earlier claim has no citations to reuse.', 'refused');
      const copies = await copyCitations(
        source.claim.citations,
        { dir: source.claim.project, codec: source.codec },
        { dir: project.dir, codec: project.codec },
        session.checker,
      );
      const row = await session.changeClaim(
        claimId,
        copies.citations.map((citation) => ({ type: 'addCitation', claimId, citation })),
      );
      return { claim: row, added: copies.citations.length, filesLeftOut: copies.filesLeftOut };
    },
    'archives:list': async () => archives(),
    'archives:add': async ({ dir }) => {
      await settings.addArchive(await existingFolder(dir));
      desk.warm();
      return archives();
    },
    'archives:remove': async ({ dir }) => {
      await settings.removeArchive(dir);
      desk.warm();
      return archives();
    },
    'dialog:chooseArchiveFolder': async () => {
      if (!dialogs.chooseArchiveFolder)
        throw new UserError(
          'This workbench has no folder dialog; type the folder’s path instead.',
          'unavailable',
        );
      return dialogs.chooseArchiveFolder();
    },
  };
}
