// The `factdesk` command line: the same core as the app, no Electron. docs/command-line.md is its contract.
import { messageFor } from '../shared/errors';
import { UsageError } from './cli-error';
import { parseCommandLine } from './command-options';
import { commands, usageText } from './commands';
import type { CommandResult } from './commands/project-commands';
import { usePassphrase } from './passphrase-option';

async function run(argv: string[]): Promise<CommandResult> {
  const parsed = parseCommandLine(argv, commands);
  if (parsed === 'help') return { stdout: usageText };
  const { command, args, values } = parsed;
  if (command.project) await usePassphrase(values['passphrase-file'] as string | undefined);
  return command.run(args, values);
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
