/**
 * Encodes strings as UTF-8 straight into buffers of `size` bytes and gives each buffer once it is
 * full (the last when the strings end). Made for long outputs of many small strings: no string of
 * the whole piece is ever joined, and each character is encoded once.
 */
export async function* utf8Pieces(parts: AsyncIterable<string>, size: number): AsyncGenerator<Uint8Array> {
  // Room for the longest UTF-8 character, so that every buffer takes at least one.
  const bytes = Math.max(size, 4);
  const encoder = new TextEncoder();
  let buffer = Buffer.allocUnsafe(bytes);
  let used = 0;
  try {
    for await (const part of parts) {
      let rest = part;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
        used += written;
        if (read === rest.length) break;
        // Full: a character that did not fit whole waits for the next buffer (a given one is not reused).
        yield buffer.subarray(0, used);
        buffer = Buffer.allocUnsafe(bytes);
        used = 0;
        rest = rest.slice(read);
      }
    }
  } catch (error) {
    // What was made before the failure is still given, then the failure.
    if (used > 0) yield buffer.subarray(0, used);
    throw error;
  }
  if (used > 0) yield buffer.subarray(0, used);
}
