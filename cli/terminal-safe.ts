/**
 * Control characters a terminal would act on (ESC starts sequences that set the window's title,
 * clear the screen or move the cursor; CR writes over a line; C1 controls are ESC's one-byte forms),
 * each shown as U+FFFD instead. Line feeds and tabs stay. A draft's or a title's text printed to a
 * terminal is then only text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, '\uFFFD');
}

/** Makes pieces of text or of UTF-8 bytes terminal-safe, bytes decoded across piece boundaries. */
export class TerminalSafeDecoder {
  readonly #decoder = new TextDecoder('utf-8');

  piece(piece: string | Uint8Array): string {
    return terminalSafe(typeof piece === 'string' ? piece : this.#decoder.decode(piece, { stream: true }));
  }

  /** What is left of a character cut at the last piece's end. */
  end(): string {
    return terminalSafe(this.#decoder.decode());
  }
}
