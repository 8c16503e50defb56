import { extname } from 'node:path';
import { UserError } from '../../../shared/errors';

/** Reference formats Factdesk reads and writes. */
export const interchangeFormats = ['bibtex', 'ris', 'csl'] as const;
export type InterchangeFormat = (typeof interchangeFormats)[number];

/** The file extension each format is saved with. */
export const interchangeExtensions: Readonly<Record<InterchangeFormat, string>> = {
  bibtex: 'bib',
  ris: 'ris',
  csl: 'json',
};

/** Parses a format name as typed on the command line. */
export function parseInterchangeFormat(value: string): InterchangeFormat {
  const format = value.trim().toLowerCase();
  if (format === 'bib' || format === 'bibtex' || format === 'biblatex') return 'bibtex';
  if (format === 'ris') return 'ris';
  if (format === 'csl' || format === 'csl-json' || format === 'json') return 'csl';
  throw new UserError(`"${value}" is not a reference format; use bibtex, ris or csl.`, 'refused');
}

/** The format of a references file, from its extension (.bib, .ris, .json). */
export function interchangeFormatOf(fileName: string): InterchangeFormat {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.bib' || extension === '.bibtex') return 'bibtex';
  if (extension === '.ris') return 'ris';
  if (extension === '.json') return 'csl';
  throw new UserError(
    `${fileName} is not a references file Factdesk can read; it reads .bib, .ris and CSL .json files.`,
    'refused',
  );
}
