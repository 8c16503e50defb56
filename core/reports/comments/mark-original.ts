import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { checkZipArchive } from '../../drafts/readers/zip-guard';
import { paragraph, runs } from '../docx-xml';
import { alignSpans } from './align-spans';
import type { AnchoredComment } from './clean-draft';
import {
  COMMENTS_CONTENT_TYPE,
  COMMENTS_RELATIONSHIP,
  commentEnd,
  commentStart,
  type DraftComment,
} from './comment-part';
import {
  readRelationships,
  relationshipsPathOf,
  resolvePartPath,
  insertBeforeClosing,
  withContentType,
  withRelationship,
} from './package-parts';
import { squeezeText } from './squeeze';
import { mapWordText, UnmappableWordXml, type WordTextMap } from './word-text-map';

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** The draft's own Word file with comments added, and how many claims were not found in its text. */
export interface MarkedOriginal {
  readonly bytes: Uint8Array;
  readonly unplaced: number;
}

/** What to comment: the draft's text (as Factdesk read it) and comments on spans of it. */
export interface OriginalComments {
  readonly fileName: string;
  readonly text: string;
  /** The comments in text order, their spans in the draft's text; ids are given here. */
  readonly comments: readonly {
    readonly start: number;
    readonly end: number;
    readonly claim: DraftComment['claim'];
  }[];
  /** The comment elements for these comments, numbered from the first free id. */
  readonly commentElements: (comments: readonly DraftComment[]) => string;
}

/**
 * Adds comments to the draft's own Word file: each claim's span is found in the file's text (see
 * alignSpans) and wrapped in a comment range, splitting the run it starts or ends in and keeping
 * that run's formatting on both sides; nothing else in the file changes. Comments already in the
 * file are kept, and ours are numbered after them. A claim not found in the body (a footnote, a
 * text box, an edit since) gets its comment on a quoted copy in a short section added at the end.
 * Throws UnmappableWordXml when the file cannot be followed; the caller writes a clean document.
 */
export function markOriginal(original: Uint8Array, request: OriginalComments): MarkedOriginal {
  checkZipArchive(request.fileName, original);
  const files = unzipSync(original);
  const packageRels = files['_rels/.rels'];
  const main =
    packageRels && readRelationships(strFromU8(packageRels)).find((rel) => rel.type === OFFICE_DOCUMENT);
  const mainPath = main ? resolvePartPath('', main.target) : '';
  const mainBytes = files[mainPath];
  if (!mainBytes) throw new UnmappableWordXml('the package names no main document');
  const xml = strFromU8(mainBytes);
  if (/^<\?xml[^>]*encoding="(?!utf-8)/i.test(xml)) throw new UnmappableWordXml('the document is not UTF-8');
  const map = mapWordText(xml);

  const relsPath = relationshipsPathOf(mainPath);
  const relsXml = files[relsPath] ? strFromU8(files[relsPath]) : undefined;
  const rels = relsXml ? readRelationships(relsXml) : [];
  const existing = rels.find((rel) => rel.type === COMMENTS_RELATIONSHIP && !rel.external);
  const commentsPath = existing
    ? resolvePartPath(mainPath, existing.target)
    : resolvePartPath(mainPath, 'comments.xml');
  const commentsXml = existing && files[commentsPath] ? strFromU8(files[commentsPath]) : undefined;
  if (
    commentsXml &&
    !/<(\w+:)?comments\b[^>]*xmlns:w="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"/.test(
      commentsXml,
    )
  )
    throw new UnmappableWordXml('the comments already in the file use another namespace prefix');
  if (!existing && files[commentsPath])
    throw new UnmappableWordXml('a part is already where the comments would go');

  const firstId = Math.max(-1, ...idsIn(xml), ...idsIn(commentsXml ?? '')) + 1;
  const numbered = request.comments.map((comment, index) => ({ ...comment, id: firstId + index }));
  const found = alignSpans(squeezeText(request.text), numbered, map.squeezed);
  const placed: AnchoredComment[] = [];
  const unplaced: typeof numbered = [];
  numbered.forEach((comment, index) => {
    const span = found[index];
    if (span) placed.push({ id: comment.id, start: span.start, end: span.end });
    else unplaced.push(comment);
  });

  let marked = applyEdits(xml, editsFor(map, placed));
  if (unplaced.length > 0) {
    const at = marked.length - (xml.length - map.bodyEnd);
    marked = marked.slice(0, at) + appendix(request.text, unplaced) + marked.slice(at);
  }
  const elements = request.commentElements(numbered.map(({ id, claim }) => ({ id, claim })));

  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = data;
  out[mainPath] = strToU8(marked);
  out[commentsPath] = strToU8(
    commentsXml
      ? insertBeforeClosing(commentsXml, 'comments', elements)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${elements}</w:comments>`,
  );
  if (!existing) {
    const target = commentsPath.slice(mainPath.lastIndexOf('/') + 1);
    out[relsPath] = strToU8(withRelationship(relsXml, freeId(rels), COMMENTS_RELATIONSHIP, target));
    const types = files['[Content_Types].xml'];
    if (!types) throw new UnmappableWordXml('the package has no content types');
    out['[Content_Types].xml'] = strToU8(
      withContentType(strFromU8(types), `/${commentsPath}`, COMMENTS_CONTENT_TYPE),
    );
  }
  return { bytes: zipSync(out, { level: 6 }), unplaced: unplaced.length };
}

/** The ids of comments and comment ranges a part already uses. */
function idsIn(xml: string): number[] {
  return [...xml.matchAll(/<w:comment(?:RangeStart|RangeEnd|Reference)?\b[^>]*\bw:id="(\d+)"/g)].map(
    (match) => Number(match[1]),
  );
}

function freeId(rels: readonly { id: string }[]): string {
  const taken = new Set(rels.map((rel) => rel.id));
  let n = 1;
  while (taken.has(`rIdFactdeskComments${n}`)) n++;
  return `rIdFactdeskComments${n}`;
}

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * The edits that anchor each comment: at its first character, and after its last, the run is
 * closed, the markers written, and the run reopened with the same properties; the text elements
 * split keep their edge spaces (`xml:space="preserve"`).
 */
function editsFor(map: WordTextMap, comments: readonly AnchoredComment[]): Edit[] {
  const splits = new Map<number, { piece: number; ends: string; starts: string }>();
  const split = (at: number, piece: number) => {
    let entry = splits.get(at);
    if (!entry) splits.set(at, (entry = { piece, ends: '', starts: '' }));
    return entry;
  };
  for (const comment of comments) {
    const first = comment.start;
    const last = comment.end - 1;
    split(map.rawStart[first]!, map.pieceOf[first]!).starts += commentStart(comment.id);
    split(map.rawEnd[last]!, map.pieceOf[last]!).ends += commentEnd(comment.id);
  }
  const edits: Edit[] = [];
  const preserved = new Set<number>();
  for (const [at, { piece, ends, starts }] of splits) {
    const { runOpen, runProperties, preserves, tagStart, tagEnd } = map.pieces[piece]!;
    edits.push({
      at,
      remove: 0,
      insert: `</w:t></w:r>${ends}${starts}${runOpen}${runProperties}<w:t xml:space="preserve">`,
    });
    if (!preserves && !preserved.has(piece)) {
      preserved.add(piece);
      edits.push({ at: tagStart, remove: tagEnd - tagStart, insert: '<w:t xml:space="preserve">' });
    }
  }
  return edits.sort((a, b) => a.at - b.at);
}

/** Applies edits that never overlap, in one pass. */
function applyEdits(xml: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(xml.slice(at, edit.at), edit.insert);
    at = edit.at + edit.remove;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

/** A section at the end for claims not found in the body: each quoted, with its comment on the quote. */
function appendix(text: string, comments: readonly (AnchoredComment & { id: number })[]): string {
  let out = paragraph(
    runs(
      'Checked claims Factdesk could not find in the text above (in a footnote, a text box or an edit since the import):',
      { bold: true },
    ),
  );
  for (const comment of comments) {
    out += paragraph(
      `${commentStart(comment.id)}${runs(text.slice(comment.start, comment.end))}${commentEnd(comment.id)}`,
    );
  }
  return out;
}
