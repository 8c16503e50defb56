import type { Writable } from 'node:stream';
import type { Envelope } from '../shared/ipc/contract';

/** Array items serialized per piece: enough to keep writes few, small enough to never hold one huge string. */
const ITEMS_PER_PIECE = 2000;

/**
 * Writes `envelope` as JSON, byte for byte what `JSON.stringify(envelope)` gives, and ends `out`.
 * An answer whose value is a long array (the claims list: 100 MB at 100,000 claims) goes out a piece
 * at a time, waiting for the socket to drain, so the server never holds the whole reply as one string.
 */
export async function writeEnvelope(out: Writable, envelope: Envelope<unknown>): Promise<void> {
  if (!envelope.ok || !Array.isArray(envelope.value) || envelope.value.length <= ITEMS_PER_PIECE) {
    out.end(JSON.stringify(envelope));
    return;
  }
  const items: readonly unknown[] = envelope.value;
  out.write('{"ok":true,"value":[');
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    // The page went away (closed, reloaded): nobody is reading the rest.
    if (out.destroyed) return;
    // Stringifying a slice and dropping its brackets keeps JSON's rules for items (undefined → null).
    const piece = JSON.stringify(items.slice(start, start + ITEMS_PER_PIECE)).slice(1, -1);
    if (!out.write(start === 0 ? piece : `,${piece}`)) await drainedOrClosed(out);
  }
  out.end(']}');
}

/** Resolves when `out` can take more, or is gone; leaves no listener behind. */
function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise((done) => {
    // Gone already: its 'close' may have been emitted before anyone listened.
    if (out.destroyed) {
      done();
      return;
    }
    const finish = () => {
      out.off('drain', finish);
      out.off('close', finish);
      done();
    };
    out.on('drain', finish);
    out.on('close', finish);
  });
}
