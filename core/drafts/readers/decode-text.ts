import { UserError } from '../../../shared/errors';

/** Decodes UTF-8 (or UTF-16 with a byte-order mark); binary data is refused. */
export function decodeDraft(fileName: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return normalizeText(new TextDecoder('utf-16le').decode(bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return normalizeText(new TextDecoder('utf-16be').decode(bytes));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw binaryDraft(fileName);
  try {
    return normalizeText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // Not UTF-8: old drafts are often Windows-1252, which maps every byte to a character.
    return normalizeText(decodeWindows1252(bytes));
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, the euro sign…).
// Node's TextDecoder without full ICU decodes that range as C1 controls, so map it here.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = bytes.subarray(at, at + 8192);
    text += String.fromCharCode(...chunk.map((byte) => byte)).replace(
      /[\u0080-\u009f]/g,
      (c) => cp1252High[c.charCodeAt(0) - 0x80]!,
    );
  }
  return text;
}

/** One line ending (\n) and no byte-order mark, so offsets are the same on every platform. */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** The sentence for a draft that turns out to be binary. */
export function binaryDraft(fileName: string): UserError {
  return new UserError(
    `${fileName} does not look like a text draft: it contains binary data.`,
    'unreadable-draft',
  );
}
