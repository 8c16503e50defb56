import { UserError } from '../shared/errors';

/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 'usage');
  }
}

/** Who the CLI writes into history: `--by`, else FACTDESK_CHECKER, else the login name. */
export function checkerName(by: string | undefined, username: string): string {
  const name = (by ?? process.env.FACTDESK_CHECKER ?? username).trim();
  if (!name) throw new UsageError('--by needs a name.');
  if (name.length > 200) throw new UsageError('--by takes a name of at most 200 characters.');
  return name;
}
