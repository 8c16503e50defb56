/**
 * An error meant for the person using Factdesk: its message is one clear sentence, shown as is
 * in the app and printed by the CLI without a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** The message to show a person for any thrown value; unexpected errors get a generic sentence. */
export function messageFor(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof Error && error.name === 'UserError') return error.message;
  return 'Something went wrong inside Factdesk; nothing was changed. Details are in the log.';
}
