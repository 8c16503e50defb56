// The command table: each command's words, arguments, the options it takes (and only those), its
// lines of `factdesk --help`, and what runs it. To give a command an option, name it here. Each command's
// module is imported when it runs, so a command loads only its own code (an import does not compile the
// ranker's model or the report writers).
import type { CommandShape, OptionName, OptionValues } from './command-options';
import type { CommandResult } from './commands/project-commands';

/** What a command gives: its whole output, or its output in pieces written as they come. */
export type CommandOutput = CommandResult<string | AsyncIterable<string | Uint8Array>>;

/** One command of the table. */
export interface Command extends CommandShape {
  /** Its lines of the usage text. */
  readonly usage: string;
  /** Whether it opens a project, so a passphrase is read for it. */
  readonly project: boolean;
  run(args: string[], values: Partial<Record<OptionName, unknown>>): Promise<CommandOutput>;
}

/** A command whose `run` sees exactly the values of the options it names. */
function command<const N extends OptionName>(spec: {
  words: readonly string[];
  positionals: CommandShape['positionals'];
  options: readonly N[];
  usage: string;
  run(args: string[], values: OptionValues<N>): Promise<CommandOutput>;
}): Command {
  const project = spec.options.includes('passphrase-file' as N);
  return { ...spec, project, run: (args, values) => spec.run(args, values as OptionValues<N>) };
}

const ONE_OR_MORE = Number.POSITIVE_INFINITY;

export const commands: readonly Command[] = [
  command({
    words: ['new'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['title', 'passphrase-file'],
    usage: 'factdesk new DIR [--title T]                   create a project folder',
    run: async ([dir], values) =>
      (await import('./commands/project-commands')).newProject(dir!, values.title),
  }),
  command({
    words: ['import'],
    positionals: { min: 2, max: ONE_OR_MORE, needs: 'DIR and at least one draft' },
    options: ['by', 'date', 'allow-duplicate', 'passphrase-file'],
    usage: `factdesk import DIR FILE|FOLDER... [--by NAME] [--date YYYY-MM-DD] [--allow-duplicate]
                                                 add drafts (txt, md, html, docx, pdf) and find their claims;
                                                 --date: their publication date (else each draft's own);
                                                 a draft already in the project is skipped unless allowed`,
    run: async ([dir, ...drafts], values) =>
      (await import('./commands/import-command')).importDrafts(
        dir!,
        drafts,
        values.by,
        values.date,
        values['allow-duplicate'] ?? false,
      ),
  }),
  command({
    words: ['date'],
    positionals: {
      min: 2,
      max: 3,
      needs: 'DIR and DOCUMENT_ID',
      takes: 'DIR, DOCUMENT_ID and at most one day',
    },
    options: ['clear', 'json', 'by', 'passphrase-file'],
    usage: `factdesk date DIR DOCUMENT_ID (YYYY-MM-DD | --clear) [--json] [--by NAME]
                                                 set a draft's publication date; its relative dates follow`,
    run: async ([dir, documentId, day], values) =>
      (await import('./commands/date-command')).dateCommand(dir!, documentId!, day, {
        clear: values.clear,
        json: values.json,
        by: values.by,
      }),
  }),
  command({
    words: ['language'],
    positionals: { min: 3, max: 3, needs: 'DIR, DOCUMENT_ID and a language code' },
    options: ['json', 'by', 'passphrase-file'],
    usage: `factdesk language DIR DOCUMENT_ID CODE [--json] [--by NAME]
                                                 say which language a draft is in (es, fr, de…); its
                                                 claims are found again in it`,
    run: async ([dir, documentId, code], values) =>
      (await import('./commands/language-command')).languageCommand(dir!, documentId!, code!, {
        json: values.json,
        by: values.by,
      }),
  }),
  command({
    words: ['extract'],
    positionals: { min: 1, max: 1, needs: 'FILE' },
    options: ['json'],
    usage:
      'factdesk extract FILE [--json]                 print the claims found in one draft, no project needed',
    run: async ([file], values) =>
      (await import('./commands/draft-commands')).extractFile(file!, values.json ?? false),
  }),
  command({
    words: ['rank'],
    positionals: { min: 0, max: 1, needs: 'no argument', takes: 'at most one FILE' },
    options: ['language'],
    usage: `factdesk rank [FILE] [--language TAG]          sentences in, one a line; one score a line out: the
${' '.repeat(49)}probability it is worth checking (not English: fewer cues);
${' '.repeat(49)}a blank line gets an empty line`,
    run: async ([file], values) =>
      (await import('./commands/draft-commands')).rankLines(file, readStdin, values.language),
  }),
  command({
    words: ['claims'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['json', 'status', 'passphrase-file'],
    usage: 'factdesk claims DIR [--json] [--status S]      list claims',
    run: async ([dir], values) =>
      (await import('./commands/claims-command')).listClaims(
        dir!,
        values.json ?? false,
        values.status?.at(-1),
      ),
  }),
  command({
    words: ['seen'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['in', 'json', 'passphrase-file'],
    usage: `factdesk seen DIR [--in PROJECT|FOLDER]... [--json]
                                                 for each claim, the claims other projects already gave a
                                                 verdict that state the same (default: the projects beside DIR)`,
    run: async ([dir], values) =>
      (await import('./commands/seen-command')).seenCommand(dir!, values.in, values.json ?? false),
  }),
  command({
    words: ['mark'],
    positionals: { min: 3, max: 3, needs: 'DIR, CLAIM_ID and STATUS' },
    options: ['note', 'by', 'passphrase-file'],
    usage: 'factdesk mark DIR CLAIM_ID STATUS [--note T] [--by NAME]',
    run: async ([dir, claimId, status], values) =>
      (await import('./commands/project-commands')).markClaim(
        dir!,
        claimId!,
        status!,
        values.note,
        values.by,
      ),
  }),
  command({
    words: ['approve'],
    positionals: { min: 2, max: 2, needs: 'DIR and CLAIM_ID' },
    options: ['by', 'withdraw', 'passphrase-file'],
    usage: `factdesk approve DIR CLAIM_ID [--by NAME] [--withdraw]
                                                 sign off a claim's verdict (not its checker), or take it back`,
    run: async ([dir, claimId], values) =>
      (await import('./commands/project-commands')).approveClaim(
        dir!,
        claimId!,
        values.by,
        values.withdraw ?? false,
      ),
  }),
  command({
    words: ['tick'],
    positionals: { min: 2, max: 3, needs: 'DIR and CLAIM_ID' },
    options: ['undo', 'by', 'passphrase-file'],
    usage: `factdesk tick DIR CLAIM_ID [ITEM] [--undo] [--by NAME]
                                                 tick item ITEM of a claim's checklist (or untick it); no ITEM: show the list`,
    run: async ([dir, claimId, item], values) =>
      (await import('./commands/tick-command')).tickCommand(
        dir!,
        claimId!,
        item,
        values.undo ?? false,
        values.by,
      ),
  }),
  command({
    words: ['edit'],
    positionals: { min: 2, max: 2, needs: 'DIR and CLAIM_ID' },
    options: ['text', 'by', 'passphrase-file'],
    usage:
      'factdesk edit DIR CLAIM_ID --text T [--by NAME]  restate a claim as checked (its heading in reports)',
    run: async ([dir, claimId], values) =>
      (await import('./commands/project-commands')).editClaim(dir!, claimId!, values.text, values.by),
  }),
  command({
    words: ['cite'],
    positionals: { min: 2, max: 2, needs: 'DIR and CLAIM_ID' },
    options: [
      'url',
      'file',
      'title',
      'publisher',
      'stance',
      'quote',
      'locator',
      'by',
      'date',
      'archived-url',
      'confidential',
      'passphrase-file',
    ],
    usage: `factdesk cite DIR CLAIM_ID (--url U | --file F) [--title T] [--publisher P]
              [--stance supports|refutes|context] [--quote Q] [--locator L] [--by NAME]
              [--date D] [--archived-url U] [--confidential]`,
    run: async ([dir, claimId], values) =>
      (await import('./commands/project-commands')).citeClaim(dir!, claimId!, values),
  }),
  command({
    words: ['report'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: [
      'format',
      'output',
      'no-notes',
      'status',
      'document',
      'with-draft',
      'org',
      'base-url',
      'by',
      'passphrase-file',
    ],
    usage: `factdesk report DIR --format html|pdf|docx|docx-comments|md|csv|json|claimreview [-o FILE]
              [--no-notes] [--status S[,S]]... [--document ID]... [--with-draft] [--org NAME] [--base-url URL]
              [--by NAME]`,
    run: async ([dir], values) => (await import('./commands/report-command')).reportCommand(dir!, values),
  }),
  command({
    words: ['citations', 'export'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['format', 'output', 'claim', 'include-confidential', 'passphrase-file'],
    usage:
      'factdesk citations export DIR --format bibtex|ris|csl [-o FILE] [--claim ID] [--include-confidential]',
    run: async ([dir], values) =>
      (await import('./commands/citations-command')).citationsExport(dir!, values),
  }),
  command({
    words: ['citations', 'import'],
    positionals: { min: 3, max: 3, needs: 'DIR, CLAIM_ID and FILE' },
    options: ['stance', 'format', 'by', 'passphrase-file'],
    usage: 'factdesk citations import DIR CLAIM_ID FILE [--stance S] [--format bibtex|ris|csl] [--by NAME]',
    run: async ([dir, claimId, file], values) =>
      (await import('./commands/citations-command')).citationsImport(dir!, claimId!, file!, values),
  }),
  command({
    words: ['revise'],
    positionals: { min: 3, max: 3, needs: 'DIR, DOCUMENT_ID and FILE' },
    options: ['json', 'by', 'allow-duplicate', 'passphrase-file'],
    usage: `factdesk revise DIR DOCUMENT_ID FILE [--json] [--by NAME] [--allow-duplicate]
                                                 load a new version of a document; its claims follow their text;
                                                 the text of an earlier version is refused unless allowed`,
    run: async ([dir, documentId, file], values) =>
      (await import('./commands/revise-command')).reviseCommand(
        dir!,
        documentId!,
        file!,
        values.json ?? false,
        values.by,
        values['allow-duplicate'] ?? false,
      ),
  }),
  command({
    words: ['restore'],
    positionals: { min: 1, max: 2, needs: 'DIR', takes: 'DIR and at most one BACKUP' },
    options: ['passphrase-file'],
    usage:
      'factdesk restore DIR [BACKUP]                  list a project’s backups, or restore one (the state before is kept)',
    run: async ([dir, backup]) => (await import('./commands/restore-command')).restoreCommand(dir!, backup),
  }),
  command({
    words: ['mend'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['passphrase-file'],
    usage:
      'factdesk mend DIR                              put back only the damaged files from backups (the state before is kept)',
    run: async ([dir]) => (await import('./commands/restore-command')).mendCommand(dir!),
  }),
  command({
    words: ['sync'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['remote', 'token-file', 'json', 'by', 'email', 'passphrase-file'],
    usage:
      'factdesk sync DIR [--remote URL] [--token-file F] [--json] [--by NAME] [--email E]  share through git: commit, fetch, merge, push',
    run: async ([dir], values) => (await import('./commands/sync-command')).syncCommand(dir!, values),
  }),
  command({
    words: ['clone'],
    positionals: { min: 2, max: 2, needs: 'URL and DIR' },
    options: ['token-file', 'passphrase-file'],
    usage: 'factdesk clone URL DIR [--token-file F]        make a working copy of a shared project',
    run: async ([url, dir], values) =>
      (await import('./commands/sync-command')).cloneCommand(url!, dir!, values),
  }),
  command({
    words: ['project'],
    positionals: { min: 1, max: 1, needs: 'DIR' },
    options: ['title', 'history', 'json', 'by', 'passphrase-file'],
    usage: `factdesk project DIR [--title T] [--history] [--json] [--by NAME]
                                                 the project's title and methodology; --title renames it;
                                                 --history: every logged edit of its settings (shared projects)`,
    run: async ([dir], values) => (await import('./commands/project-command')).projectCommand(dir!, values),
  }),
];

/** `factdesk --help`: every command's lines, from the table. */
export const usageText = `Usage:
${commands.map((entry) => `  ${entry.usage}`).join('\n')}
  Encrypted projects: --passphrase-file F (its first line), or FACTDESK_PASSPHRASE; new with it encrypts.
  Git token: --token-file F (its first line), or FACTDESK_GIT_TOKEN; never stored or printed.
  A mistake in how a command is called exits with 2; a refusal or failure with 1.
  factdesk --version (or -v) prints the version; --help (or -h) anywhere prints this.
`;

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}
