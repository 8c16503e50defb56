import type { DocumentOperation } from '../../shared/changes';
import type { FactdeskDocument } from '../../shared/domain';
import type { PublicationDate } from '../drafts/read-draft';
import { newId } from '../project/ids';
import type { ExtractionJob, ExtractionOutcome, ExtractionRunner } from './extraction-runner';

/** A document's publication date as stored, with where it came from (files before schema 4: metadata). */
export function storedDate(doc: FactdeskDocument): PublicationDate | undefined {
  return doc.documentDate
    ? { date: doc.documentDate, source: doc.documentDateSource ?? 'metadata' }
    : undefined;
}

/**
 * Runs the claim finder on a stored document's text, with its dismissed quotes and, when the checker
 * chose it, its language (otherwise the finder detects it again).
 */
function findAgain(
  doc: FactdeskDocument,
  dates: Pick<ExtractionJob, 'givenDate'>,
  runner: ExtractionRunner,
  onProgress?: (fraction: number) => void,
): Promise<ExtractionOutcome> {
  return runner.run(
    {
      source: { kind: 'document', fileName: doc.fileName, format: doc.sourceFormat, text: doc.text },
      dismissed: doc.dismissed,
      ...(doc.languageChosen && doc.language ? { language: doc.language } : {}),
      ...dates,
    },
    onProgress,
  );
}

/**
 * The operation that finds a document's claims again (after the finder improved), against its
 * stored publication date: checked and manual claims stay, suggestions found again keep their ids.
 */
export async function refindOperation(
  doc: FactdeskDocument,
  runner: ExtractionRunner,
  onProgress?: (fraction: number) => void,
): Promise<DocumentOperation> {
  const known = storedDate(doc);
  const { found } = await findAgain(doc, known ? { givenDate: known } : {}, runner, onProgress);
  return {
    type: 'refindClaims',
    found: found.claims.map((claim) => ({ ...claim, id: newId('c') })),
    boilerplate: found.boilerplate,
  };
}

/**
 * The operation that records the language the checker says the draft is in and finds its claims again
 * reading every paragraph in that language, against its stored publication date.
 */
export async function languageOperation(
  doc: FactdeskDocument,
  language: string,
  runner: ExtractionRunner,
  onProgress?: (fraction: number) => void,
): Promise<DocumentOperation> {
  const known = storedDate(doc);
  const chosen = { ...doc, language, languageChosen: true };
  const { found } = await findAgain(chosen, known ? { givenDate: known } : {}, runner, onProgress);
  return {
    type: 'setLanguage',
    language,
    found: found.claims.map((claim) => ({ ...claim, id: newId('c') })),
    boilerplate: found.boilerplate,
  };
}

/**
 * The operation that sets (or, with null, clears) a document's publication date as given by a
 * person, with its claims' dates read again against it. Only date values change.
 */
export async function publicationDateOperation(
  doc: FactdeskDocument,
  date: string | null,
  runner: ExtractionRunner,
  onProgress?: (fraction: number) => void,
): Promise<DocumentOperation> {
  const { found } = await findAgain(
    doc,
    date ? { givenDate: { date, source: 'given' } } : {},
    runner,
    onProgress,
  );
  return {
    type: 'setPublicationDate',
    date,
    source: date ? 'given' : null,
    readings: found.claims.map(({ start, end, values, warnings }) => ({ start, end, values, warnings })),
  };
}
