import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import {
  ClaimStatusSchema,
  draftFormatOfName,
  READABLE_DRAFTS,
  StanceSchema,
  type ClaimStatus,
} from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { buildCitation } from '../../core/citations/build-citation';
import { addCitation, setNote, setStatement, setStatus } from '../../core/claims/claim-changes';
import { buildDocument } from '../../core/drafts/build-document';
import { readDraftFile } from '../../core/drafts/read-draft';
import { OpenProject } from '../../core/project/open-project';
import { checkerName, UsageError } from '../cli-error';
import { projectAccess } from '../passphrase-option';
import { claimsJson, claimsText } from '../output';

const TOOL = 'the factdesk command line';

/** Output of a command: what goes to stdout and stderr, and the exit code. */
export interface CommandResult {
  stdout: string;
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

/** `factdesk import DIR FILE|FOLDER...`: every draft is tried; failures are listed and make the exit code 1. */
export async function importDrafts(
  dir: string,
  inputs: readonly string[],
  by?: string,
): Promise<CommandResult> {
  if (inputs.length === 0) throw new UsageError('import needs at least one draft file or folder.');
  const files = (await Promise.all(inputs.map(expandDraftInput))).flat();
  const checker = checkerName(by, userInfo().username);
  return withProject(dir, async (project) => {
    let stdout = '';
    let stderr = '';
    for (const file of files) {
      try {
        const doc = buildDocument(await readDraftFile(file), checker);
        await project.addDocument(doc);
        stdout += `Imported "${doc.title}" (${doc.id}): ${doc.claims.length} claims\n`;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        stderr += `factdesk [${error.code}]: ${error.message}\n`;
      }
    }
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  });
}

/** `factdesk claims DIR [--json] [--status S]`: reads without taking the write lock. */
export async function listClaims(
  dir: string,
  json: boolean,
  status: string | undefined,
): Promise<CommandResult> {
  const wanted = status === undefined ? undefined : parseStatus(status);
  const project = await OpenProject.open(dir, { ...projectAccess(), tool: TOOL, readOnly: true });
  const rows = project.claimRows().filter((row) => wanted === undefined || row.status === wanted);
  return { stdout: json ? claimsJson(rows) : claimsText(rows) };
}

/** `factdesk mark DIR CLAIM_ID STATUS [--note T] [--by NAME]` */
export async function markClaim(
  dir: string,
  claimId: string,
  status: string,
  note: string | undefined,
  by: string | undefined,
): Promise<CommandResult> {
  const next = parseStatus(status);
  const checker = checkerName(by, userInfo().username);
  return withProject(dir, async (project) => {
    const row = await project.updateClaim(claimId, (claim) => {
      setStatus(claim, next, checker);
      if (note !== undefined) setNote(claim, note, checker);
    });
    return { stdout: `Marked ${row.id} ${row.status}.\n` };
  });
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
  return withProject(dir, async (project) => {
    const row = await project.updateClaim(claimId, (claim) => setStatement(claim, text, checker));
    return { stdout: `Claim ${row.id} now reads: ${row.text}\n` };
  });
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
  return withProject(dir, async (project) => {
    project.claimRow(claimId);
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
    await project.updateClaim(claimId, (claim) => addCitation(claim, citation, checker));
    return {
      stdout: `Cited ${citation.title || citation.url || citation.file?.name} on ${claimId} (${citation.stance}).\n`,
    };
  });
}

function parseStatus(status: string): ClaimStatus {
  const parsed = ClaimStatusSchema.safeParse(status);
  if (!parsed.success) {
    throw new UsageError(`STATUS must be unchecked, verified, disputed or unsourced, not "${status}".`);
  }
  return parsed.data;
}

export async function withProject<T>(dir: string, work: (project: OpenProject) => Promise<T>): Promise<T> {
  const project = await OpenProject.open(dir, { ...projectAccess(), tool: TOOL });
  try {
    return await work(project);
  } finally {
    await project.close();
  }
}

/** A file stays as given; a folder gives its draft files (not recursing), sorted by name. */
async function expandDraftInput(input: string): Promise<string[]> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new UserError(`${input} does not exist.`, 'not-found');
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input)).filter((name) => draftFormatOfName(name) !== undefined).sort();
  if (names.length === 0)
    throw new UserError(`${input} holds no drafts (${READABLE_DRAFTS}).`, 'unreadable-draft');
  return names.map((name) => join(input, name));
}
