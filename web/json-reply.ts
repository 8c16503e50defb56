import { ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import type { Envelope } from '../shared/ipc/contract';

/** Arrays longer than this (a claims page's rows, a whole list) are encoded an item at a time. */
const ITEMS_PER_PIECE = 2000;

/** Bytes a chunk of the encoded answer holds (each item's UTF-8 is written into the current chunk). */
const CHUNK_BYTES = 64 * 1024;

/** Chunks whose write has finished, kept for the next long answer (up to 8 MiB of them). */
const spareChunks: Buffer[] = [];
const MOST_SPARE_CHUNKS = 128;

function newChunk(): Buffer {
  return spareChunks.pop() ?? Buffer.allocUnsafeSlow(CHUNK_BYTES);
}

/**
 * Keeps a chunk for the next answer once the socket has written it. Chunks left to the garbage
 * collector were freed only at the next young-generation collection, a page or two later, and the
 * process's malloc heap grew by 13 MiB over the 20 pages of 100,000 claims; reused, it stays flat.
 */
function spare(chunk: Buffer): void {
  if (chunk.length === CHUNK_BYTES && spareChunks.length < MOST_SPARE_CHUNKS) spareChunks.push(chunk);
}

/**
 * Writes `envelope` as JSON, byte for byte what `JSON.stringify(envelope)` gives, and ends `out`.
 * An answer holding a long array (a claims page of 5,000 rows: 3.5 million characters, held two
 * bytes a character, since drafts' curly quotes are outside Latin-1) is encoded one item at a time
 * straight into UTF-8 chunks, so the server never holds the whole reply as one string: V8 builds a
 * long `JSON.stringify` result as a chain of parts that Node copies into one flat string before
 * encoding it, and both copies, alive across young-generation collections while the answer is
 * written, were promoted to the old generation, which grew a few MiB a page.
 */
export async function writeEnvelope(out: Writable, envelope: Envelope<unknown>): Promise<void> {
  if (!envelope.ok || !holdsLongArray(envelope.value)) {
    out.end(JSON.stringify(envelope));
    return;
  }
  const bytes = new JsonChunks();
  bytes.encode(envelope, 2);
  // Written at once, without waiting for the socket to drain: the chunks are made already, and
  // returning now lets the page's rows die young (the caller holds the envelope until this ends).
  // The page went away (closed, reloaded): nobody is reading the rest.
  if (out.destroyed) return;
  // Only a socket is known to be done with a chunk's bytes when its write calls back (a pipe such
  // as a PassThrough hands the same bytes on to its reader).
  const reuse = out instanceof ServerResponse;
  out.cork();
  for (const [chunk, used] of bytes.finish()) {
    out.write(chunk.subarray(0, used), reuse ? () => spare(chunk) : undefined);
  }
  out.end();
}

function isLongArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value.length > ITEMS_PER_PIECE;
}

/** A plain record JSON.stringify writes key by key (no prototype of its own, no toJSON). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}

/** The value is a long array, or a plain record with one among its own values (a claims page). */
function holdsLongArray(value: unknown): boolean {
  return isLongArray(value) || (isPlainRecord(value) && Object.values(value).some(isLongArray));
}

/** JSON text encoded as UTF-8 into chunks of about CHUNK_BYTES, from many small strings. */
class JsonChunks {
  private readonly chunks: [chunk: Buffer, used: number][] = [];
  private chunk = newChunk();
  private used = 0;

  /**
   * Appends `JSON.stringify(value)`: long arrays an item at a time, plain records key by key down
   * to `depth` levels, anything else as one string (`null` stands for what JSON leaves out, as in
   * arrays; a record's caller leaves out such keys itself).
   */
  encode(value: unknown, depth: number): void {
    if (isLongArray(value)) {
      this.text('[');
      for (let index = 0; index < value.length; index++) {
        if (index > 0) this.text(',');
        this.text(JSON.stringify(value[index]) ?? 'null');
      }
      this.text(']');
      return;
    }
    if (depth > 0 && isPlainRecord(value)) {
      this.text('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const item = value[key];
        const piecewise = isLongArray(item) || (depth > 1 && isPlainRecord(item));
        const whole = piecewise ? '' : JSON.stringify(item);
        // What JSON.stringify leaves out of an object: undefined, functions, symbols.
        if (whole === undefined) continue;
        this.text(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        if (piecewise) this.encode(item, depth - 1);
        else this.text(whole);
      }
      this.text('}');
      return;
    }
    this.text(JSON.stringify(value) ?? 'null');
  }

  /** The chunks written, each with how many of its bytes it holds. */
  finish(): [chunk: Buffer, used: number][] {
    if (this.used > 0) this.chunks.push([this.chunk, this.used]);
    else spare(this.chunk);
    this.used = 0;
    return this.chunks;
  }

  private text(text: string): void {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    const most = text.length * 3;
    if (most > CHUNK_BYTES - this.used) {
      if (this.used > 0) this.chunks.push([this.chunk, this.used]);
      else spare(this.chunk);
      this.chunk = most > CHUNK_BYTES ? Buffer.allocUnsafeSlow(most) : newChunk();
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }
}
