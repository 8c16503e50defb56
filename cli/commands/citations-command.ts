import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { StanceSchema, type Stance } from '../../shared/domain';
import {
  interchangeFormatOf,
  parseInterchangeFormat,
} from '../../core/citations/interchange/interchange-formats';
import { OpenProject } from '../../core/project/open-project';
import { saveReportFile } from '../../core/reports/save-report';
import { readRefusal } from '../../core/storage/json-file-adapter';
import { checkerName, UsageError } from '../cli-error';
import { projectAccess } from '../passphrase-option';
import type { CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

/** Options of `factdesk citations export`. */
export interface CitationsExportOptions {
  readonly format?: string;
  readonly output?: string;
  readonly claim?: string;
  readonly 'include-confidential'?: boolean;
}

/** Options of `factdesk citations import`. */
export interface CitationsImportOptions {
  readonly format?: string;
  readonly stance?: string;
  readonly by?: string;
}

/** `factdesk citations export DIR --format F [-o FILE] [--claim ID] [--include-confidential]` */
export async function citationsExport(dir: string, options: CitationsExportOptions): Promise<CommandResult> {
  if (!options.format) throw new UsageError('citations export needs --format bibtex|ris|csl.');
  const format = usage(() => parseInterchangeFormat(options.format!));
  const project = await OpenProject.open(dir, { ...projectAccess(), tool: TOOL, readOnly: true });
  const documents = project.allDocuments();
  await project.close();
  // citation-js loads only when references are read or written, so other commands start fast.
  const { exportCitations } = await import('../../core/citations/interchange/export-citations');
  const exported = exportCitations(documents, format, {
    claimId: options.claim,
    includeConfidential: options['include-confidential'],
  });
  const withheld =
    exported.withheld > 0
      ? `factdesk: left out ${exported.withheld} confidential source${exported.withheld === 1 ? '' : 's'} (add --include-confidential to keep them).\n`
      : '';
  if (!options.output) return { stdout: exported.text, stderr: withheld };
  await saveReportFile(options.output, exported.text, dir, 'the references');
  return { stdout: `Wrote ${exported.count} references to ${options.output}.\n`, stderr: withheld };
}

/** `factdesk citations import DIR CLAIM_ID FILE [--stance S] [--format F] [--by NAME]` */
export async function citationsImport(
  dir: string,
  claimId: string,
  file: string,
  options: CitationsImportOptions,
): Promise<CommandResult> {
  const format = options.format
    ? usage(() => parseInterchangeFormat(options.format!))
    : interchangeFormatOf(file);
  const stance = parseStance(options.stance);
  const checker = checkerName(options.by, userInfo().username);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw readRefusal(file, error);
  }
  const { parseReferences } = await import('../../core/citations/interchange/import-citations');
  const { addReferencesToClaim } = await import('../../core/citations/interchange/add-references');
  const references = parseReferences(basename(file), text, format, stance);
  // Only the claim's document is read (the claim index names it).
  const project = await OpenProject.open(dir, { ...projectAccess(), tool: TOOL, documents: 'on-demand' });
  try {
    const added = await addReferencesToClaim(project, claimId, references, checker);
    const skipped =
      references.skipped > 0 ? ` (${references.skipped} without a title or web address skipped)` : '';
    return { stdout: `Added ${added} citation${added === 1 ? '' : 's'} to ${claimId}${skipped}.\n` };
  } finally {
    await project.close();
  }
}

function parseStance(value: string | undefined): Stance | undefined {
  if (value === undefined) return undefined;
  const parsed = StanceSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--stance must be supports, refutes or context, not "${value}".`);
  return parsed.data;
}

/** Turns a format mistake into a usage error (exit code 2). */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
