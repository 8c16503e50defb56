import {
  buildReportModel,
  draftForComments,
  resolveReportOptions,
  type ReportData,
  type ReportSettings,
} from '../../../shared/reports';
import { UserError } from '../../../shared/errors';
import { readOriginal, type OriginalStore } from '../../drafts/original-draft';
import { cleanDraftDocx } from './clean-draft';
import { commentsPart, commentXml, type DraftComment } from './comment-part';
import { markOriginal } from './mark-original';
import { squeezeText } from './squeeze';
import { UnmappableWordXml } from './word-text-map';

/** A draft written back with comments, and one sentence when it could not be written as asked. */
export interface DraftWithComments {
  readonly bytes: Uint8Array;
  readonly notice: string | null;
}

/**
 * The writer's draft as a Word document with a comment on each claim that has a verdict (and that
 * the settings keep: statuses, notes left out, confidential sources withheld as in every report).
 * A draft imported from .docx comes back as its own file with the comments added; any other
 * draft, or a Word file that is gone or cannot be followed, as a clean document of its text.
 */
export async function renderDraftWithComments(
  data: ReportData,
  settings: ReportSettings,
  store: OriginalStore | undefined,
): Promise<DraftWithComments> {
  const doc = draftForComments(data, settings);
  const options = resolveReportOptions(settings);
  const model = buildReportModel(
    { project: data.project, documents: [doc] },
    { ...settings, documentIds: [doc.id] },
  );
  const squeezed = squeezeText(doc.text);
  const claims = (model.documents[0]?.claims ?? []).filter(
    (claim) =>
      claim.status !== 'unchecked' &&
      claim.end <= doc.text.length &&
      squeezed.before[claim.end]! > squeezed.before[claim.start]!,
  );
  const author = options.generatedBy || 'Factdesk';
  const elements = (comments: readonly DraftComment[]) =>
    comments.map((comment) => commentXml(comment, author)).join('');
  const title = doc.title || doc.fileName;

  const original = store ? await readOriginal(store, doc) : ({ bytes: null, why: null } as const);
  let notice = original.bytes ? null : original.why;
  if (original.bytes) {
    try {
      const marked = markOriginal(original.bytes, {
        fileName: doc.fileName,
        text: doc.text,
        comments: claims.map((claim) => ({ start: claim.start, end: claim.end, claim })),
        commentElements: elements,
      });
      return {
        bytes: marked.bytes,
        notice:
          marked.unplaced > 0
            ? marked.unplaced === 1
              ? `1 checked claim was not found in the text of ${doc.fileName}; its comment is on a quoted copy at the end.`
              : `${marked.unplaced} checked claims were not found in the text of ${doc.fileName}; their comments are on quoted copies at the end.`
            : null,
      };
    } catch (error) {
      const why = error instanceof UnmappableWordXml || error instanceof UserError ? error.message : null;
      if (!why) console.warn('[factdesk] A kept Word file could not be marked:', error);
      notice = `Factdesk could not follow the layout of ${doc.fileName}${why ? ` (${why.replace(/\.$/, '')})` : ''}, so a clean copy of its text was written.`;
    }
  }
  const comments: DraftComment[] = claims.map((claim, index) => ({ id: index, claim }));
  const bytes = await cleanDraftDocx(
    doc.text,
    comments.map(({ id, claim }) => ({ id, start: claim.start, end: claim.end })),
    { title, creator: author, createdAt: options.generatedAt, comments: commentsPart(comments, author) },
  );
  return { bytes, notice };
}
