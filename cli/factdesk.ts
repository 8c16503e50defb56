// The `factdesk` command line: the same services as the app, no Electron. See ARCHITECTURE.md for the contract.
import { parseArgs } from 'node:util';
import { messageFor } from '../shared/errors';
import { UsageError } from './cli-error';
import { extractFile, rankLines } from './commands/draft-commands';
import {
  citeClaim,
  importDrafts,
  listClaims,
  markClaim,
  newProject,
  type CommandResult,
} from './commands/project-commands';
import { restoreCommand } from './commands/restore-command';
import { usePassphrase } from './passphrase-option';
import { reportCommand } from './commands/report-command';
import { citationsCommand } from './commands/citations-command';
import { reviseCommand } from './commands/revise-command';

const usage = `Usage:
  factdesk new DIR [--title T]                   create a project folder
  factdesk import DIR FILE|FOLDER...             add drafts (txt, md, html, docx, pdf) and find their claims
  factdesk extract FILE [--json]                 print the claims found in one draft, no project needed
  factdesk rank [FILE]                           sentences in, one a line; one score in [0,1] a line out
  factdesk claims DIR [--json] [--status S]      list claims
  factdesk mark DIR CLAIM_ID STATUS [--note T] [--by NAME]
  factdesk cite DIR CLAIM_ID (--url U | --file F) [--title T] [--publisher P]
                [--stance supports|refutes|context] [--quote Q] [--locator L] [--by NAME]
                [--date D] [--archived-url U] [--confidential]
  factdesk report DIR --format html|pdf|docx|md|csv|json|claimreview [-o FILE]
                [--no-notes] [--status S[,S]]... [--document ID]... [--with-draft] [--org NAME] [--base-url URL]
  factdesk citations export DIR --format bibtex|ris|csl [-o FILE] [--claim ID] [--include-confidential]
  factdesk citations import DIR CLAIM_ID FILE [--stance S] [--format bibtex|ris|csl] [--by NAME]
  factdesk revise DIR DOCUMENT_ID FILE [--json]  load a new version of a document; its claims follow their text
  factdesk restore DIR [BACKUP]                  list a project's backups, or restore one (the state before is kept)
  Encrypted projects: --passphrase-file F (its first line), or FACTDESK_PASSPHRASE; new with it encrypts.
`;

const options = {
  title: { type: 'string' },
  json: { type: 'boolean' },
  status: { type: 'string', multiple: true },
  note: { type: 'string' },
  by: { type: 'string' },
  url: { type: 'string' },
  file: { type: 'string' },
  publisher: { type: 'string' },
  stance: { type: 'string' },
  quote: { type: 'string' },
  locator: { type: 'string' },
  date: { type: 'string' },
  'archived-url': { type: 'string' },
  confidential: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'no-notes': { type: 'boolean' },
  'with-draft': { type: 'boolean' },
  document: { type: 'string', multiple: true },
  org: { type: 'string' },
  'base-url': { type: 'string' },
  claim: { type: 'string' },
  'include-confidential': { type: 'boolean' },
  'passphrase-file': { type: 'string' },
} as const;

async function run(argv: string[]): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify.*$/s, '')}.`.replace(/\.\.$/, '.'),
    );
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { stdout: usage };
  await usePassphrase(values['passphrase-file']);
  const need = (count: number, names: string) => {
    if (rest.length < count) throw new UsageError(`${command} needs ${names}.`);
  };
  switch (command) {
    case 'new':
      need(1, 'DIR');
      return newProject(rest[0]!, values.title);
    case 'import':
      need(2, 'DIR and at least one draft');
      return importDrafts(rest[0]!, rest.slice(1), values.by);
    case 'extract':
      need(1, 'FILE');
      return extractFile(rest[0]!, values.json ?? false);
    case 'rank':
      return rankLines(rest[0], readStdin);
    case 'claims':
      need(1, 'DIR');
      return listClaims(rest[0]!, values.json ?? false, values.status?.at(-1));
    case 'mark':
      need(3, 'DIR, CLAIM_ID and STATUS');
      return markClaim(rest[0]!, rest[1]!, rest[2]!, values.note, values.by);
    case 'cite':
      need(2, 'DIR and CLAIM_ID');
      return citeClaim(rest[0]!, rest[1]!, values);
    case 'report':
      need(1, 'DIR');
      return reportCommand(rest[0]!, values);
    case 'citations':
      return citationsCommand(rest, values);
    case 'revise':
      need(3, 'DIR, DOCUMENT_ID and FILE');
      return reviseCommand(rest[0]!, rest[1]!, rest[2]!, values.json ?? false, values.by);
    case 'restore':
      need(1, 'DIR');
      return restoreCommand(rest[0]!, rest[1]);
    default:
      throw new UsageError(`"${command}" is not a factdesk command.`);
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

try {
  const result = await run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode ?? 0;
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`factdesk: ${error.message}\nRun \`factdesk --help\` for usage.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`factdesk: ${messageFor(error)}\n`);
    if (process.env.FACTDESK_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
