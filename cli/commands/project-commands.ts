import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { ClaimStatusSchema, StanceSchema, type ClaimStatus } from '../../shared/domain';
import { buildCitation } from '../../core/citations/build-citation';
import type { DocumentOperation } from '../../shared/changes';
import { PublicationDateSchema } from '../../shared/ipc/arg-schemas';
import { now } from '../../core/project/ids';
import { OpenProject, type OpenOptions } from '../../core/project/open-project';
import { checkerName, UsageError } from '../cli-error';
import { projectAccess } from '../passphrase-option';

const TOOL = 'the factdesk command line';

/**
 * Output of a command: what goes to stdout (whole, or in pieces written as they come: text or UTF-8 bytes), stderr, and
 * the exit code.
 */
export interface CommandResult<Out extends string | AsyncIterable<string | Uint8Array> = string> {
  stdout: Out;
  stderr?: string;
  exitCode?: number;
}

/** `factdesk new DIR [--title T]` */
export async function newProject(dir: string, title: string | undefined): Promise<CommandResult> {
  const projectTitle = (title ?? basename(dir).replace(/\.factdesk$/i, '')).trim() || 'Untitled project';
  const project = await OpenProject.create(dir, projectTitle, { ...projectAccess(), tool: TOOL });
  await project.close();
  return { stdout: `Created project "${projectTitle}" in ${project.dir}\n` };
}

/** `factdesk mark DIR CLAIM_ID STATUS [--note T] [--by NAME]`: reads only the claim's document. */
export async function markClaim(
  dir: string,
  claimId: string,
  status: string,
  note: string | undefined,
  by: string | undefined,
): Promise<CommandResult> {
  const next = parseStatus(status);
  const checker = checkerName(by, userInfo().username);
  const operations: DocumentOperation[] = [{ type: 'setStatus', claimId, status: next }];
  if (note !== undefined) operations.push({ type: 'setNote', claimId, note });
  return withProject(
    dir,
    async (project) => {
      const row = await project.changeClaim(claimId, operations, { by: checker, at: now() });
      return { stdout: `Marked ${row.id} ${row.status}.\n` };
    },
    { documents: 'on-demand' },
  );
}

/**
 * `factdesk approve DIR CLAIM_ID [--by NAME] [--withdraw]`: signs off the claim's verdict (someone
 * other than its checker), or takes the sign-off back.
 */
export async function approveClaim(
  dir: string,
  claimId: string,
  by: string | undefined,
  withdraw: boolean,
): Promise<CommandResult> {
  const checker = checkerName(by, userInfo().username);
  const type = withdraw ? 'withdrawApproval' : 'approve';
  return withProject(
    dir,
    async (project) => {
      const row = await project.changeClaim(claimId, [{ type, claimId }], { by: checker, at: now() });
      return {
        stdout: row.approval
          ? `Claim ${row.id} (${row.status}) is approved by ${row.approval.by}.\n`
          : `Claim ${row.id} (${row.status}) is not approved.\n`,
      };
    },
    { documents: 'on-demand' },
  );
}

/** `factdesk edit DIR CLAIM_ID --text T [--by NAME]`: the claim as checked (its statement). */
export async function editClaim(
  dir: string,
  claimId: string,
  text: string | undefined,
  by: string | undefined,
): Promise<CommandResult> {
  if (text === undefined) throw new UsageError('edit needs --text, the claim as you checked it.');
  const checker = checkerName(by, userInfo().username);
  return withProject(
    dir,
    async (project) => {
      const row = await project.changeClaim(claimId, [{ type: 'setStatement', claimId, text }], {
        by: checker,
        at: now(),
      });
      return { stdout: `Claim ${row.id} now reads: ${row.text}\n` };
    },
    { documents: 'on-demand' },
  );
}

/** Options of `factdesk cite`. */
export interface CiteOptions {
  url?: string;
  file?: string;
  title?: string;
  publisher?: string;
  stance?: string;
  quote?: string;
  locator?: string;
  by?: string;
  date?: string;
  /** A snapshot of the source (http or https). */
  'archived-url'?: string;
  /** Reports and exports withhold the source, keeping only its stance. */
  confidential?: boolean;
}

/** `factdesk cite DIR CLAIM_ID (--url U | --file F) [...]` */
export async function citeClaim(dir: string, claimId: string, options: CiteOptions): Promise<CommandResult> {
  if (!options.url === !options.file) throw new UsageError('cite needs exactly one of --url or --file.');
  const stance = StanceSchema.safeParse(options.stance ?? 'supports');
  if (!stance.success)
    throw new UsageError(`--stance must be supports, refutes or context, not "${options.stance}".`);
  const checker = checkerName(options.by, userInfo().username);
  return withProject(
    dir,
    async (project) => {
      await project.locateClaim(claimId);
      const citation = await buildCitation(
        project.dir,
        {
          url: options.url,
          filePath: options.file,
          title: options.title ?? '',
          publisher: options.publisher,
          quote: options.quote ?? '',
          stance: stance.data,
          locator: options.locator,
          date: options.date,
          archivedUrl: options['archived-url'],
          confidential: options.confidential,
        },
        checker,
        project.codec,
      );
      await project.changeClaim(claimId, [{ type: 'addCitation', claimId, citation }], {
        by: checker,
        at: now(),
      });
      return {
        stdout: `Cited ${citation.title || citation.url || citation.file?.name} on ${claimId} (${citation.stance}).\n`,
      };
    },
    { documents: 'on-demand' },
  );
}

/** STATUS as a claim status, else a usage error saying which are. */
export function parseStatus(status: string): ClaimStatus {
  const parsed = ClaimStatusSchema.safeParse(status);
  if (!parsed.success) {
    throw new UsageError(`STATUS must be unchecked, verified, disputed or unsourced, not "${status}".`);
  }
  return parsed.data;
}

/**
 * `date` as a real day `YYYY-MM-DD`, else a usage error naming it as the command line gave it: `what`
 * is `--date`, or the publication date given as an argument.
 */
export function parseDate(date: string, what = '--date'): string {
  if (!PublicationDateSchema.safeParse(date).success) {
    throw new UsageError(`${what} must be a day written YYYY-MM-DD, such as 2023-03-03, not "${date}".`);
  }
  return date;
}

/** ", dated 2023-03-03 (from its dateline)" for a document with a publication date, else nothing. */
export function datedAs(doc: { documentDate?: string; documentDateSource?: string }): string {
  if (!doc.documentDate) return '';
  const from = { given: 'as given', metadata: 'from its metadata', dateline: 'from its dateline' };
  const source = from[doc.documentDateSource as keyof typeof from] ?? 'from its metadata';
  return `, dated ${doc.documentDate} (${source})`;
}

/**
 * Opens the project for writing, runs `work`, and closes it. `documents: 'on-demand'` reads only the
 * documents the work needs (a mark reads the claim's document alone).
 */
export async function withProject<T>(
  dir: string,
  work: (project: OpenProject) => Promise<T>,
  options: Pick<OpenOptions, 'documents'> = {},
): Promise<T> {
  const project = await OpenProject.open(dir, { ...projectAccess(), tool: TOOL, ...options });
  try {
    return await work(project);
  } finally {
    await project.close();
  }
}
