import {
  claimFacts,
  evidenceSentence,
  formatTimestamp,
  stanceLabels,
  statusLabels,
  type ReportCitation,
  type ReportClaim,
} from '../../../shared/reports';
import { statusColors } from '../docx-claim';
import { paragraph, runs, xmlText } from '../docx-xml';

// The comments of a draft written back to its writer: one Word comment per claim with a verdict,
// saying what was checked, the verdict, the note, the sources and who checked it.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The relationship type and content type of a comments part. */
export const COMMENTS_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
export const COMMENTS_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** A comment to write: its id (unique in the document) and the claim it is about. */
export interface DraftComment {
  readonly id: number;
  readonly claim: ReportClaim;
}

/** The three markers that anchor comment `id` on a span: before it, after it, and its reference mark. */
export const commentStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
export const commentEnd = (id: number) =>
  `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/** A whole `word/comments.xml` holding these comments. */
export function commentsPart(comments: readonly DraftComment[], fallbackAuthor: string): string {
  return `${XML_HEAD}<w:comments xmlns:w="${W}">${comments.map((comment) => commentXml(comment, fallbackAuthor)).join('')}</w:comments>`;
}

/** One `<w:comment>`: written by who gave the verdict, dated when it was given. */
export function commentXml({ id, claim }: DraftComment, fallbackAuthor: string): string {
  const author = claim.verdict?.by.trim() || fallbackAuthor || 'Factdesk';
  const date = claim.verdict
    ? ` w:date="${xmlText(claim.verdict.at.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, ''))}"`
    : '';
  return `<w:comment w:id="${id}" w:author="${xmlText(author)}" w:initials="${xmlText(initials(author))}"${date}>${commentBody(claim)}</w:comment>`;
}

/** The paragraphs inside a comment. */
export function commentBody(claim: ReportClaim): string {
  let out = paragraph(
    runs(`${statusLabels[claim.status]}`, { bold: true, color: statusColors[claim.status] }) +
      (claim.verdict
        ? runs(` — checked by ${claim.verdict.by || 'unknown'}, ${formatTimestamp(claim.verdict.at)}`)
        : '') +
      (claim.approval
        ? runs(`; approved by ${claim.approval.by}, ${formatTimestamp(claim.approval.at)}`)
        : ''),
  );
  const evidence = evidenceSentence(claim);
  if (evidence) out += paragraph(runs(evidence, { bold: true, color: statusColors.disputed }));
  out += paragraph(runs('Claim checked: ', { bold: true }) + runs(claim.text));
  if (claim.speaker) out += paragraph(runs('Speaker: ', { bold: true }) + runs(claim.speaker));
  // Who is assigned and the date the claim's words resolve to, as every other format prints them.
  for (const [label, value] of claimFacts(claim))
    out += paragraph(runs(`${label}: `, { bold: true }) + runs(value));
  if (claim.note !== null && claim.note.trim())
    out += paragraph(runs('Note: ', { bold: true }) + runs(claim.note.trim()));
  if (claim.citations.length === 0) out += paragraph(runs('Sources: ', { bold: true }) + runs('none cited.'));
  else {
    out += paragraph(runs('Sources:', { bold: true }));
    for (const citation of claim.citations) out += paragraph(runs(`• ${citationLine(citation)}`));
  }
  for (const warning of claim.warnings)
    out += paragraph(runs(`Warning: ${warning}`, { color: statusColors.disputed }));
  return out;
}

/** A source on one line: stance, title, publisher, date, address; a confidential one only its stance. */
export function citationLine(citation: ReportCitation): string {
  const stance = stanceLabels[citation.stance];
  if (citation.redacted) return `${stance}: confidential source (withheld)`;
  const details = [citation.publisher, citation.date, citation.locator].filter(Boolean).join(', ');
  const title = citation.title.trim() || citation.url || citation.fileName || 'Untitled source';
  return [
    `${stance}: ${title}`,
    details && ` (${details})`,
    citation.url && citation.url !== title ? ` — ${citation.url}` : '',
    citation.archivedUrl ? ` (archived: ${citation.archivedUrl})` : '',
  ].join('');
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toUpperCase());
  return letters.slice(0, 3).join('') || 'F';
}
