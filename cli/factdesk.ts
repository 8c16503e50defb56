// The `factdesk` command line: the same core as the app, no Electron. docs/command-line.md is its contract.
import { version } from '../package.json';
import { errorReplyFor, type ErrorReply } from '../shared/errors';
import { UsageError } from './cli-error';
import { forCommandLine } from './command-line-reply';
import { parseCommandLine } from './command-options';
import { commands, usageText, type CommandOutput } from './commands';
import { usePassphrase } from './passphrase-option';
import { terminalSafe } from './terminal-safe';
import { writeOutput } from './write-output';

async function run(argv: string[]): Promise<CommandOutput> {
  const parsed = parseCommandLine(argv, commands);
  if (parsed === 'help') return { stdout: usageText };
  if (parsed === 'version') return { stdout: `${version}\n` };
  const { command, args, values } = parsed;
  if (command.project) await usePassphrase(values['passphrase-file'] as string | undefined);
  return command.run(args, values);
}

const argv = process.argv.slice(2);
try {
  const result = await run(argv);
  // A reader that stopped reading (a closed pipe) is not a failure: exit 0, as `head` expects.
  await writeOutput(process.stdout, result.stdout, { forTerminal: process.stdout.isTTY === true });
  if (result.stderr) process.stderr.write(terminalSafe(result.stderr));
  process.exitCode = result.exitCode ?? 0;
} catch (error) {
  // One line for people: the error's stable code, then its sentence; a mistake in the call adds where
  // to look. With --json, standard output also gets the error as JSON for programs.
  const usage = error instanceof UsageError;
  const reply: ErrorReply = forCommandLine(errorReplyFor(error));
  process.stderr.write(`factdesk [${reply.code}]: ${terminalSafe(reply.message)}\n`);
  if (usage) process.stderr.write('Run `factdesk --help` for usage.\n');
  if (argv.includes('--json') && !process.stdout.destroyed) {
    process.stdout.write(`${JSON.stringify({ error: reply })}\n`);
  }
  if (!usage && process.env.FACTDESK_DEBUG) console.error(error);
  process.exitCode = usage ? 2 : 1;
}
