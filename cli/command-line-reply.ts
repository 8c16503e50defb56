import type { ErrorReply } from '../shared/errors';
import { PASSPHRASE_NEEDED } from '../shared/ipc/open-refusals';

/** What the app asks for in a dialog, said as the command line takes it. */
const PASSPHRASE_ON_THE_COMMAND_LINE =
  'This project is encrypted: give its passphrase with --passphrase-file FILE (the file’s first line) or in FACTDESK_PASSPHRASE.';

/**
 * A refusal as the command line says it: the app's sentences that tell people what to do in the app
 * (enter a passphrase in its dialog) name the command line's way instead. The code stays the same.
 */
export function forCommandLine(reply: ErrorReply): ErrorReply {
  if (reply.code === 'passphrase-needed' && reply.message === PASSPHRASE_NEEDED) {
    return { ...reply, message: PASSPHRASE_ON_THE_COMMAND_LINE };
  }
  return reply;
}
