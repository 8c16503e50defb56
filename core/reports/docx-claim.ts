import {
  claimFacts,
  evidenceSentence,
  formatTimestamp,
  recheckSentence,
  stanceLabels,
  verdictWords,
  type ReportCitation,
  type ReportClaim,
} from '../../shared/reports';
import {
  labelled,
  linkOrText,
  paragraph,
  runs,
  textParagraph,
  xmlText,
  type HyperlinkTargets,
} from './docx-xml';

/** Word text colours for each status, as in the HTML report. */
export const statusColors = {
  verified: '1A7F37',
  disputed: 'C4271D',
  unsourced: '9A6700',
  unchecked: '57606A',
} as const;

/**
 * One claim as WordprocessingML paragraphs: heading (bookmarked `claim-<id>`), verdict, quote in
 * context, note, sources, warnings. `bookmarkId` must be unique in the document.
 */
export function claimXml(claim: ReportClaim, bookmarkId: number, links: HyperlinkTargets): string {
  let out = paragraph(
    `<w:bookmarkStart w:id="${bookmarkId}" w:name="${xmlText(`claim-${claim.id}`)}"/>${runs(claim.text)}<w:bookmarkEnd w:id="${bookmarkId}"/>`,
    { style: 'Heading3' },
  );
  out += verdictXml(claim);
  for (const flag of [recheckSentence(claim), evidenceSentence(claim)])
    if (flag) out += paragraph(runs(flag, { bold: true, color: statusColors.disputed }));
  for (const [label, value] of claimFacts(claim)) out += labelled(label, value);
  if (claim.speaker) out += labelled('Quoted', claim.speaker);
  const { before, quote, after } = claim.context;
  out += paragraph(
    runs(before, { italics: true }) +
      runs(quote, { italics: true, bold: true, highlight: 'yellow' }) +
      runs(after, { italics: true }),
    { indent: 360 },
  );
  if (claim.note !== null && claim.note.trim()) {
    out += textParagraph('Note', { bold: true }) + textParagraph(claim.note.trim());
  }
  out += textParagraph('Sources', { bold: true });
  if (claim.citations.length === 0) out += textParagraph('No sources cited.');
  for (const citation of claim.citations) out += citationXml(citation, links);
  if (claim.warnings.length > 0) {
    out += textParagraph('Consistency warnings', { bold: true });
    for (const warning of claim.warnings) {
      out += paragraph(runs(warning, { color: statusColors.disputed }), { bullet: true });
    }
  }
  return out;
}

function verdictXml(claim: ReportClaim): string {
  const checked = claim.verdict
    ? ` — checked${claim.verdict.by ? ` by ${claim.verdict.by}` : ''} on ${formatTimestamp(claim.verdict.at)}`
    : '';
  const approved = claim.approval
    ? `; approved by ${claim.approval.by} on ${formatTimestamp(claim.approval.at)}`
    : '';
  return paragraph(
    runs('Verdict: ', { bold: true }) +
      runs(verdictWords(claim), { bold: true, color: statusColors[claim.status] }) +
      runs(checked + approved),
  );
}

function citationXml(citation: ReportCitation, links: HyperlinkTargets): string {
  const stance = runs(`${stanceLabels[citation.stance]}: `, { bold: true });
  if (citation.redacted) {
    return paragraph(stance + runs('Confidential source (withheld)', { italics: true }), { bullet: true });
  }
  const details = [
    citation.publisher,
    citation.date,
    citation.locator,
    citation.fileName && `file: ${citation.fileName}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  let out = paragraph(
    stance + linkOrText(citation.title, citation.url, links) + (details ? runs(` — ${details}`) : ''),
    { bullet: true },
  );
  if (citation.url) {
    out += paragraph(runs('URL: ') + linkOrText(citation.url, citation.url, links), { indent: 720 });
  }
  if (citation.archivedUrl) {
    out += paragraph(runs('Archived: ') + linkOrText(citation.archivedUrl, citation.archivedUrl, links), {
      indent: 720,
    });
  }
  if (citation.quote.trim()) {
    out += paragraph(runs(`“${citation.quote.trim()}”`, { italics: true }), { indent: 720 });
  }
  return out;
}
