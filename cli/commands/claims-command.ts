import type { ClaimStatus } from '../../shared/domain';
import type { Checklists } from '../../shared/domain/checklists';
import type { ClaimRow } from '../../shared/ipc';
import { OpenProject } from '../../core/project/open-project';
import { claimRow } from '../../core/project/views';
import { claimLine, jsonClaim, NO_CLAIMS } from '../output';
import { projectAccess } from '../passphrase-option';
import { parseStatus, type CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

/** Text is handed to stdout in pieces of about this many characters. */
const PIECE = 64 * 1024;

/**
 * `factdesk claims DIR [--json] [--status S]`: reads without taking the write lock. The output is
 * written as it is made: documents are read one after another (a few files ahead) and let go, so
 * neither the project nor its output is ever held whole. Byte for byte what one `JSON.stringify(rows,
 * null, 2)` (or the text lines) of the whole list gives.
 */
export async function listClaims(
  dir: string,
  json: boolean,
  status: string | undefined,
): Promise<CommandResult<AsyncIterable<string>>> {
  const wanted = status === undefined ? undefined : parseStatus(status);
  // Opening reads project.json (and refuses a damaged one) before anything is printed.
  const project = await OpenProject.open(dir, {
    ...projectAccess(),
    tool: TOOL,
    readOnly: true,
    documents: 'on-demand',
  });
  const rows = rowsOf(project, wanted);
  return { stdout: inPieces(json ? jsonText(rows, project.checklists) : plainText(rows), PIECE) };
}

/**
 * Each claim of each document with its document's date, keeping those of the wanted status; the
 * project is closed when the last is given or the reader stops early.
 */
async function* rowsOf(
  project: OpenProject,
  wanted: ClaimStatus | undefined,
): AsyncGenerator<[ClaimRow, string | null]> {
  try {
    for await (const doc of project.readEachDocument()) {
      const date = doc.documentDate ?? null;
      for (const claim of doc.claims) {
        if (wanted === undefined || claim.status === wanted) yield [claimRow(doc, claim), date];
      }
    }
  } finally {
    await project.close();
  }
}

/** The JSON array, one claim at a time: `[\n`, claims indented by 2 and joined by `,\n`, `\n]\n`. */
async function* jsonText(
  rows: AsyncIterable<[ClaimRow, string | null]>,
  checklists: Checklists,
): AsyncGenerator<string> {
  let first = true;
  for await (const [row, date] of rows) {
    // A one-element array stringified with indent 2 is `[\n  ` + the element at depth 1 + `\n]`.
    const element = JSON.stringify([jsonClaim(row, date, checklists)], null, 2).slice(2, -2);
    yield first ? `[\n${element}` : `,\n${element}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

async function* plainText(rows: AsyncIterable<[ClaimRow, string | null]>): AsyncGenerator<string> {
  let any = false;
  for await (const [row] of rows) {
    yield `${claimLine(row)}\n`;
    any = true;
  }
  if (!any) yield NO_CLAIMS;
}

/** Joins small strings into pieces of at least `size` characters (the last may be shorter). */
async function* inPieces(parts: AsyncIterable<string>, size: number): AsyncGenerator<string> {
  let piece = '';
  for await (const part of parts) {
    piece += part;
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
