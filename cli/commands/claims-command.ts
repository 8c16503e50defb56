import type { ClaimStatus, FactdeskDocument } from '../../shared/domain';
import { OpenProject } from '../../core/project/open-project';
import { ClaimJsonLines } from '../claim-json-lines';
import { ARRAY_END, ARRAY_START, claimLine, EMPTY_ARRAY, LINE_BETWEEN, NO_CLAIMS } from '../output';
import { projectAccess } from '../passphrase-option';
import { utf8Pieces } from '../utf8-pieces';
import { parseStatus, type CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

/** The output is handed to stdout in pieces of this many bytes. */
const PIECE = 256 * 1024;

/**
 * `factdesk claims DIR [--json] [--status S]`: reads without taking the write lock. The output is
 * written as it is made: documents are read one after another (a few files ahead) and let go, so
 * neither the project nor its output is ever held whole. Byte for byte what `claimsJson` (or
 * `claimsText`) of the whole list gives: with `--json` one JSON array, one compact object a line.
 */
export async function listClaims(
  dir: string,
  json: boolean,
  status: string | undefined,
): Promise<CommandResult<AsyncIterable<Uint8Array>>> {
  const wanted = status === undefined ? undefined : parseStatus(status);
  // Opening reads project.json (and refuses a damaged one) before anything is printed.
  const project = await OpenProject.open(dir, {
    ...projectAccess(),
    tool: TOOL,
    readOnly: true,
    documents: 'on-demand',
  });
  const docs = documentsOf(project);
  const text = json
    ? jsonText(docs, wanted, new ClaimJsonLines(project.checklists))
    : plainText(docs, wanted);
  return { stdout: utf8Pieces(text, PIECE) };
}

/** Each document in list order; the project is closed when the last is given or the reader stops early. */
async function* documentsOf(project: OpenProject): AsyncGenerator<FactdeskDocument> {
  try {
    yield* project.readEachDocument();
  } finally {
    await project.close();
  }
}

/** The JSON array, a document's claims at a time (each claim's object on a line of its own). */
async function* jsonText(
  docs: AsyncIterable<FactdeskDocument>,
  wanted: ClaimStatus | undefined,
  lines: ClaimJsonLines,
): AsyncGenerator<string> {
  let first = true;
  for await (const doc of docs) {
    const line = lines.forDocument(doc);
    let text = '';
    for (const claim of doc.claims) {
      if (wanted !== undefined && claim.status !== wanted) continue;
      text += (first ? ARRAY_START : LINE_BETWEEN) + line(claim);
      first = false;
    }
    if (text) yield text;
  }
  yield first ? EMPTY_ARRAY : ARRAY_END;
}

async function* plainText(
  docs: AsyncIterable<FactdeskDocument>,
  wanted: ClaimStatus | undefined,
): AsyncGenerator<string> {
  let any = false;
  for await (const doc of docs) {
    let text = '';
    for (const claim of doc.claims) {
      if (wanted === undefined || claim.status === wanted) text += `${claimLine(claim)}\n`;
    }
    if (text) yield text;
    any ||= text !== '';
  }
  if (!any) yield NO_CLAIMS;
}
