import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import { Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { xmlText } from './docx-xml';

// The parts of a .docx (Office Open XML) package around word/document.xml, and a zip writer that
// takes the document as text, piece by piece, so a 100,000-claim report never exists as one string.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The opening of word/document.xml, up to the first paragraph of the body. */
export const DOCUMENT_START = `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;

/** The end of word/document.xml: A4 portrait with one-inch margins, as the docx package wrote it. */
export const DOCUMENT_END =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>';

const COMMENTS_OVERRIDE =
  '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>';

const contentTypes = (comments: boolean) =>
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>${comments ? COMMENTS_OVERRIDE : ''}</Types>`;

const PACKAGE_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const APP_PROPS = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Factdesk</Application></Properties>`;

/** Heading styles as the docx package defined them (sizes in half-points), plus outline levels for Word's navigation pane. */
function headingStyle(id: string, name: string, size: number, color: string, outline: number): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="${outline}"/></w:pPr><w:rPr><w:color w:val="${color}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault/><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:styleId="DefaultParagraphFont" w:default="1"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>${headingStyle('Heading1', 'heading 1', 32, '2E74B5', 0)}${headingStyle('Heading2', 'heading 2', 26, '2E74B5', 1)}${headingStyle('Heading3', 'heading 3', 24, '1F4D78', 2)}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>`;

/** One bullet list definition (numId 1), used for sources and warnings. */
const NUMBERING = `${XML_HEAD}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const SETTINGS = `${XML_HEAD}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

function documentRels(hyperlinks: string, comments: boolean): string {
  const commentsRel = comments ? `<Relationship Id="rId4" Type="${R}/comments" Target="comments.xml"/>` : '';
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${R}/settings" Target="settings.xml"/>${commentsRel}${hyperlinks}</Relationships>`;
}

function coreProps(title: string, creator: string, createdAt: string, description: string): string {
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator><dc:description>${xmlText(description)}</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">${xmlText(createdAt)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${xmlText(createdAt)}</dcterms:modified></cp:coreProperties>`;
}

/** Text is handed to the deflater in pieces of about this many characters. */
const CHUNK_CHARS = 1 << 18;

/**
 * A zip entry deflated by Node's own zlib, on its thread pool: the document part of a large report
 * is hundreds of megabytes of XML, which compresses several times faster there than in JavaScript
 * and leaves the event loop free meanwhile. fflate's `Zip` writes the headers around it.
 */
class NativeDeflateEntry implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private readonly deflater = createDeflateRaw({ level: 6 });
  private readonly ended: Promise<void>;

  constructor(readonly filename: string) {
    this.deflater.on('data', (chunk: Buffer) =>
      this.ondata(null, new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.length), false),
    );
    this.ended = new Promise((resolve, reject) => {
      this.deflater.on('end', () => {
        this.ondata(null, new Uint8Array(0), true);
        resolve();
      });
      this.deflater.on('error', reject);
    });
    // A report abandoned half way never awaits `ended`; its failure must not become an unhandled rejection.
    this.ended.catch(() => undefined);
  }

  write(bytes: Uint8Array): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflater.write(bytes);
  }

  /** Resolves once zlib has caught up with what was written, so unwritten text never piles up. */
  async caughtUp(): Promise<void> {
    if (this.deflater.writableNeedDrain) await once(this.deflater, 'drain');
  }

  end(): Promise<void> {
    this.deflater.end();
    return this.ended;
  }
}

/**
 * A .docx being written: `write` appends text to word/document.xml (deflated as it comes), and
 * `finish` adds the other parts and returns the package's bytes.
 */
export class DocxPackageWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly document = new NativeDeflateEntry('word/document.xml');
  private readonly encoder = new TextEncoder();
  private pending: string[] = [];
  private pendingChars = 0;
  private failure: Error | null = null;

  /** `withComments`: the package will hold a comments part (given to `finish`). */
  constructor(private readonly withComments = false) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
    });
    this.addWhole('[Content_Types].xml', contentTypes(this.withComments));
    this.addWhole('_rels/.rels', PACKAGE_RELS);
    this.zip.add(this.document);
    this.write(DOCUMENT_START);
  }

  /** Appends WordprocessingML to the document body. */
  write(xml: string): void {
    this.pending.push(xml);
    this.pendingChars += xml.length;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
  }

  /** Waits while the compressor is behind; call it now and then during a long report. */
  caughtUp(): Promise<void> {
    return this.document.caughtUp();
  }

  /**
   * Ends the document and adds styles, numbering, settings, properties, the link relationships and,
   * for a package made `withComments`, its whole `word/comments.xml`.
   */
  async finish(meta: {
    title: string;
    creator: string;
    createdAt: string;
    hyperlinks: string;
    description?: string;
    comments?: string;
  }): Promise<Uint8Array> {
    this.write(DOCUMENT_END);
    this.flush();
    await this.document.end();
    if ((meta.comments !== undefined) !== this.withComments)
      throw new Error('A comments part must be given exactly when the package was made for one.');
    this.addWhole('word/_rels/document.xml.rels', documentRels(meta.hyperlinks, this.withComments));
    this.addWhole('word/styles.xml', STYLES);
    this.addWhole('word/numbering.xml', NUMBERING);
    this.addWhole('word/settings.xml', SETTINGS);
    if (meta.comments !== undefined) this.addWhole('word/comments.xml', meta.comments);
    this.addWhole(
      'docProps/core.xml',
      coreProps(
        meta.title,
        meta.creator,
        meta.createdAt,
        meta.description ?? 'Fact-check report generated by Factdesk',
      ),
    );
    this.addWhole('docProps/app.xml', APP_PROPS);
    this.zip.end();
    if (this.failure) throw this.failure;
    const total = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }

  private flush(): void {
    // Each piece is encoded straight into one buffer: no joined copy of the text is made first.
    const bytes = new Uint8Array(this.pendingChars * 3);
    let length = 0;
    for (const piece of this.pending)
      length += this.encoder.encodeInto(piece, bytes.subarray(length)).written;
    this.pending = [];
    this.pendingChars = 0;
    if (length > 0) this.document.write(bytes.subarray(0, length));
  }

  private addWhole(name: string, xml: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(this.encoder.encode(xml), true);
  }
}
