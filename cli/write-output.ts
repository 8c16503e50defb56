import type { Writable } from 'node:stream';
import { UserError } from '../shared/errors';
import { describeIoError } from '../core/storage/json-file-adapter';
import { TerminalSafeDecoder } from './terminal-safe';

const NEWLINE = 0x0a;

/** How writing a command's output ended: all written, or the reader went away (a closed pipe). */
export type WriteEnd = 'written' | 'reader-gone';

/**
 * Writes a command's output (text, or pieces of text or of UTF-8 bytes) to `out` (standard output), waiting for the reader when it falls
 * behind. A reader that goes away (`factdesk claims DIR --json | head`: EPIPE) stops the writing
 * quietly, and the pieces not made yet are never made; any other write failure is one sentence.
 */
export async function writeOutput(
  out: Writable,
  text: string | AsyncIterable<string | Uint8Array>,
  /** Printing to a terminal: control characters are shown, not acted on (terminal-safe.ts). */
  { forTerminal = false }: { readonly forTerminal?: boolean } = {},
): Promise<WriteEnd> {
  const safe = forTerminal ? new TerminalSafeDecoder() : null;
  let gone = false;
  let failure: unknown;
  // Kept for the life of the process: a closed pipe can also be noticed after the last write.
  out.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') gone = true;
    else failure ??= error;
  });
  const pieces = typeof text === 'string' ? [text] : text;
  let midLine = false;
  try {
    for await (const piece of pieces) {
      if (gone || failure !== undefined || out.destroyed) break;
      midLine = typeof piece === 'string' ? !piece.endsWith('\n') : piece.at(-1) !== NEWLINE;
      if (!out.write(safe ? safe.piece(piece) : piece)) await drainedOrClosed(out);
    }
    const rest = safe?.end();
    if (rest && !gone && !out.destroyed) out.write(rest);
  } catch (error) {
    // Making the output failed midway: end its line, so what is printed after starts a line of its own.
    if (midLine && !gone && !out.destroyed) out.write('\n');
    throw error;
  }
  // An empty write's callback runs once everything before it is handed over (or has failed).
  if (!gone && failure === undefined && !out.destroyed) await new Promise((done) => out.write('', done));
  if (failure !== undefined && !gone) {
    throw new UserError(`Factdesk cannot write its output: ${describeIoError(failure)}.`, 'io-failed');
  }
  return gone || out.destroyed ? 'reader-gone' : 'written';
}

function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    out.on('drain', done).on('close', done).on('error', done);
  });
}
