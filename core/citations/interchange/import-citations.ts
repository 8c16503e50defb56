import { assertNever, type Stance } from '../../../shared/domain';
import { UserError } from '../../../shared/errors';
import type { CitationInput } from '../../../shared/ipc';
import { Cite, type CslItem } from './cite-loader';
import { cslToCitationInput } from './csl-mapping';
import type { InterchangeFormat } from './interchange-formats';

/** The largest references file Factdesk reads, in characters. */
export const MAX_REFERENCES_CHARS = 10 * 1024 * 1024;
/** The most references one import may add to a claim. */
export const MAX_REFERENCES = 1000;

/** The citations read from a references file, and how many entries were skipped (no title, no web address). */
export interface ParsedReferences {
  readonly citations: readonly CitationInput[];
  readonly skipped: number;
}

/**
 * Reads a BibTeX, RIS or CSL-JSON file's text into citations to add, with `stance` (else a stance
 * keyword in the entry, else "context"). Only the file's own text is parsed: the format is forced, so
 * nothing that looks like a DOI or URL is ever fetched.
 */
export function parseReferences(
  fileName: string,
  text: string,
  format: InterchangeFormat,
  stance?: Stance,
): ParsedReferences {
  if (text.length > MAX_REFERENCES_CHARS)
    throw new UserError(`${fileName} is larger than 10 MB, too large to import.`, 'too-large');
  const items = readItems(fileName, text, format);
  if (items.length > MAX_REFERENCES) {
    throw new UserError(
      `${fileName} holds ${items.length} references; import at most ${MAX_REFERENCES} at a time.`,
      'too-large',
    );
  }
  const citations: CitationInput[] = [];
  let skipped = 0;
  for (const item of items) {
    const citation = cslToCitationInput(item, stance);
    if (citation) citations.push(citation);
    else skipped++;
  }
  if (citations.length === 0)
    throw new UserError(`${fileName} holds no reference with a title or a web address.`, 'refused');
  return { citations, skipped };
}

function readItems(fileName: string, text: string, format: InterchangeFormat): CslItem[] {
  try {
    switch (format) {
      case 'csl': {
        const parsed: unknown = JSON.parse(text);
        const list = Array.isArray(parsed) ? parsed : [parsed];
        if (!list.every((item) => item && typeof item === 'object' && !Array.isArray(item)))
          throw new Error('not CSL');
        return new Cite(list, { forceType: '@csl/list+object' }).data;
      }
      case 'bibtex':
        return new Cite(text, { forceType: '@biblatex/text' }).data;
      case 'ris':
        return new Cite(text.replace(/\r\n?/g, '\n'), { forceType: '@ris/file' }).data;
      default:
        return assertNever(format, 'reference format');
    }
  } catch {
    const name = format === 'csl' ? 'CSL-JSON' : format === 'bibtex' ? 'BibTeX' : 'RIS';
    throw new UserError(`${fileName} could not be read as ${name}.`, 'refused');
  }
}
