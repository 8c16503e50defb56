import { UserError } from '../../shared/errors';
import type { Citation } from '../../shared/domain';
import { reportFileName } from '../../shared/reports';
import { buildCitation } from './build-citation';
import { citationFromRequest, holdChosenPath, holdUploadedBytes } from './citation-files';
import { interchangeExtensions } from './interchange/interchange-formats';
import type { HandlerSlice } from '../ipc/handler-types';
import type { Dialogs } from '../service-types';
import { sourcesOf } from './sources';

type CitationChannel =
  | 'claim:addCitation'
  | 'claim:updateCitation'
  | 'claim:removeCitation'
  | 'sources:list'
  | 'dialog:chooseCitationFile'
  | 'citation:uploadFile'
  | 'citations:export'
  | 'citations:import';

const MIME_TYPES = {
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  csl: 'application/json',
};

/** Handlers for citations: adding, editing and removing one (with a chosen file), sources, and references in and out. */
export function citationHandlers(
  dialogs: Pick<Dialogs, 'chooseCitationFile'>,
): HandlerSlice<CitationChannel> {
  return {
    'claim:addCitation': async ({ claimId, citation }, session) => {
      await session.project.readClaimRow(claimId);
      const built = await citationFromRequest(session, citation);
      return session.changeClaim(claimId, [{ type: 'addCitation', claimId, citation: built }]);
    },
    'claim:updateCitation': async ({ claimId, citationId, citation }, session) => {
      const old = (await session.project.readClaimRow(claimId)).citations.find(
        (entry) => entry.id === citationId,
      );
      if (!old) throw new UserError(`This claim has no citation ${citationId}.`, 'not-found');
      const built = await citationFromRequest(session, citation);
      // No new file chosen: the attached file stays.
      const next = built.file || !old.file ? built : { ...built, file: old.file };
      return session.changeClaim(claimId, [{ type: 'replaceCitation', claimId, citationId, citation: next }]);
    },
    'claim:removeCitation': ({ claimId, citationId }, session) =>
      session.changeClaim(claimId, [{ type: 'removeCitation', claimId, citationId }]),
    'sources:list': async (_args, session) => sourcesOf(await session.project.readAllDocuments()),
    'dialog:chooseCitationFile': async (_args, session) => {
      const choose = dialogs.chooseCitationFile;
      if (!choose)
        throw new UserError(
          'This workbench has no file dialog; choose the file with the Attach file field.',
          'unavailable',
        );
      session.project.view(); // a project must be open to attach to
      const path = await choose.call(dialogs);
      return path === null ? null : holdChosenPath(session, path);
    },
    'citation:uploadFile': async ({ fileName, base64 }, session) => {
      session.project.view();
      return holdUploadedBytes(session, fileName, base64);
    },
    'citations:export': async ({ format, includeConfidential }, session) => {
      // citation-js loads only when references are read or written, so the app starts fast.
      const { exportCitations } = await import('./interchange/export-citations');
      const exported = exportCitations(await session.project.readAllDocuments(), format, {
        includeConfidential,
      });
      const extension = interchangeExtensions[format];
      return {
        fileName: reportFileName(session.project.title, 'json').replace(
          / report\.json$/,
          ` sources.${extension}`,
        ),
        mimeType: MIME_TYPES[format],
        text: exported.text,
        count: exported.count,
        withheld: exported.withheld,
      };
    },
    'citations:import': async ({ claimId, fileName, text, stance }, session) => {
      await session.project.readClaimRow(claimId);
      const { interchangeFormatOf } = await import('./interchange/interchange-formats');
      const { parseReferences } = await import('./interchange/import-citations');
      const references = parseReferences(fileName, text, interchangeFormatOf(fileName), stance);
      const checker = session.checker;
      const citations: Citation[] = [];
      for (const input of references.citations)
        citations.push(await buildCitation(session.project.dir, input, checker));
      const claim = await session.changeClaim(
        claimId,
        citations.map((citation) => ({ type: 'addCitation', claimId, citation })),
      );
      return { added: citations.length, skipped: references.skipped, claim };
    },
  };
}
