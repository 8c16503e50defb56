import { Parser } from 'htmlparser2';
import { isSqueezed } from './squeeze';

// Where each visible character of a Word document's body sits in its XML, so a comment can be
// anchored on an exact span of the original file without rewriting anything else in it.

/** A `<w:t>` element: where its opening tag is, and the run around it (to reopen after a split). */
export interface TextPiece {
  /** Offsets of the `<w:t …>` opening tag in the XML: [start, end). */
  readonly tagStart: number;
  readonly tagEnd: number;
  /** The tag keeps spaces at its edges (`xml:space="preserve"`). */
  readonly preserves: boolean;
  /** The run's opening tag and its properties, as written in the file. */
  readonly runOpen: string;
  readonly runProperties: string;
}

/** The body's visible text, whitespace dropped, with where each character is in the XML. */
export interface WordTextMap {
  /** The characters of every `<w:t>` in reading order, without whitespace (see squeeze). */
  readonly squeezed: string;
  /** For each character of `squeezed`: its offset in the XML, the offset after it, and its piece. */
  readonly rawStart: Int32Array;
  readonly rawEnd: Int32Array;
  readonly pieceOf: Int32Array;
  readonly pieces: readonly TextPiece[];
  /** Where the body's last section properties begin (or `</w:body>`): appended paragraphs go there. */
  readonly bodyEnd: number;
}

/** Why a document's own XML cannot be followed; the caller writes a clean document instead. */
export class UnmappableWordXml extends Error {}

const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads `word/document.xml` as mammoth does for text: every `<w:t>` in order, deleted text and
 * field codes left out (they are other elements), and `mc:AlternateContent` skipped whole (its
 * two copies of a text box would count twice, and Word shows the one mammoth does not read).
 * The main namespace must be bound to the prefix `w`, as every word processor writes it.
 */
export function mapWordText(xml: string): WordTextMap {
  const chars: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const pieceOf: number[] = [];
  const pieces: TextPiece[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let run: { open: string; propsStart: number; props: string } | null = null;
  let inText = false;
  let bodyEnd = -1;
  let lastBodySection = -1;
  let rootChecked = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tagStart = xml.lastIndexOf('<', parser.startIndex + 1);
        const tagEnd = parser.endIndex + 1;
        if (!rootChecked) {
          rootChecked = true;
          if (attributes['xmlns:w'] !== MAIN_NAMESPACE)
            throw new UnmappableWordXml(
              'the document does not use the usual WordprocessingML namespace prefix',
            );
        }
        const parent = stack.at(-1);
        stack.push(name);
        if (skipDepth > 0 || name.endsWith(':AlternateContent')) {
          skipDepth++;
          return;
        }
        if (name === 'w:r') run = { open: xml.slice(tagStart, tagEnd), propsStart: -1, props: '' };
        else if (name === 'w:rPr' && parent === 'w:r' && run) run.propsStart = tagStart;
        else if (name === 'w:sectPr' && parent === 'w:body') lastBodySection = tagStart;
        else if (name === 'w:t' && parent === 'w:r' && run) {
          inText = true;
          pieces.push({
            tagStart,
            tagEnd,
            preserves: attributes['xml:space'] === 'preserve',
            runOpen: run.open,
            runProperties: run.props,
          });
        }
      },
      ontext(data) {
        if (!inText || skipDepth > 0) return;
        const start = parser.startIndex;
        if (xml.slice(start, parser.endIndex + 1) !== data)
          throw new UnmappableWordXml('a text element holds something other than plain text');
        decodeInto(data, start, pieces.length - 1);
      },
      onclosetag(name) {
        stack.pop();
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'w:t') inText = false;
        else if (name === 'w:rPr' && run && run.propsStart >= 0 && !run.props)
          run.props = xml.slice(run.propsStart, parser.endIndex + 1);
        else if (name === 'w:r') run = null;
        else if (name === 'w:body')
          bodyEnd = lastBodySection >= 0 ? lastBodySection : xml.lastIndexOf('<', parser.startIndex + 1);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );

  /** Adds the visible characters of a text node's raw XML, decoding entities, with their offsets. */
  function decodeInto(raw: string, offset: number, piece: number) {
    let index = 0;
    while (index < raw.length) {
      let char = raw[index]!;
      let length = 1;
      if (char === '&') {
        const semicolon = raw.indexOf(';', index);
        const entity = semicolon > index ? raw.slice(index + 1, semicolon) : '';
        const decoded = decodeEntity(entity);
        if (decoded === null) throw new UnmappableWordXml(`an unknown entity &${entity};`);
        char = decoded;
        length = semicolon - index + 1;
      }
      // A decoded astral character is two code units; both map to the entity's whole span.
      for (const unit of char.length === 2 ? [char[0]!, char[1]!] : [char]) {
        if (!isSqueezed(unit)) continue;
        chars.push(unit);
        rawStart.push(offset + index);
        rawEnd.push(offset + index + length);
        pieceOf.push(piece);
      }
      index += length;
    }
  }

  parser.write(xml);
  parser.end();
  if (bodyEnd < 0) throw new UnmappableWordXml('the document has no body');
  return {
    squeezed: chars.join(''),
    rawStart: Int32Array.from(rawStart),
    rawEnd: Int32Array.from(rawEnd),
    pieceOf: Int32Array.from(pieceOf),
    pieces,
    bodyEnd,
  };
}

function decodeEntity(entity: string): string | null {
  if (entity in ENTITIES) return ENTITIES[entity]!;
  const code = /^#x([0-9a-f]+)$/i.test(entity)
    ? parseInt(entity.slice(2), 16)
    : /^#([0-9]+)$/.test(entity)
      ? parseInt(entity.slice(1), 10)
      : NaN;
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
