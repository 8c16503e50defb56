import { Bookmark, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import {
  formatTimestamp,
  stanceLabels,
  statusLabels,
  type ReportCitation,
  type ReportClaim,
} from '../../../shared/reports';
import { labelled, linkOrText, textParagraph, textRuns, xmlSafe } from './docx-parts';

/** Word text colours for each status, as in the HTML report. */
export const statusColors = {
  verified: '1A7F37',
  disputed: 'C4271D',
  unsourced: '9A6700',
  unchecked: '57606A',
} as const;

/** One claim as Word paragraphs: heading (bookmarked `claim-<id>`), verdict, quote in context, note, sources, warnings. */
export function claimParagraphs(claim: ReportClaim): Paragraph[] {
  const paragraphs: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new Bookmark({ id: `claim-${claim.id}`, children: [new TextRun(xmlSafe(claim.text))] })],
    }),
    verdictParagraph(claim),
  ];
  if (claim.speaker) paragraphs.push(labelled('Quoted', claim.speaker));
  const { before, quote, after } = claim.context;
  paragraphs.push(
    new Paragraph({
      indent: { left: 360 },
      children: [
        ...textRuns(before, { italics: true }),
        ...textRuns(quote, { italics: true, bold: true, highlight: 'yellow' }),
        ...textRuns(after, { italics: true }),
      ],
    }),
  );
  if (claim.note !== null && claim.note.trim()) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: 'Note', bold: true })] }));
    paragraphs.push(textParagraph(claim.note.trim()));
  }
  paragraphs.push(new Paragraph({ children: [new TextRun({ text: 'Sources', bold: true })] }));
  if (claim.citations.length === 0) paragraphs.push(textParagraph('No sources cited.'));
  for (const citation of claim.citations) paragraphs.push(...citationParagraphs(citation));
  if (claim.warnings.length > 0) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: 'Consistency warnings', bold: true })] }));
    for (const warning of claim.warnings) {
      paragraphs.push(
        new Paragraph({
          bullet: { level: 0 },
          children: textRuns(warning, { color: statusColors.disputed }),
        }),
      );
    }
  }
  return paragraphs;
}

function verdictParagraph(claim: ReportClaim): Paragraph {
  const checked = claim.verdict
    ? ` — checked${claim.verdict.by ? ` by ${claim.verdict.by}` : ''} on ${formatTimestamp(claim.verdict.at)}`
    : ' — not checked yet';
  return new Paragraph({
    children: [
      new TextRun({ text: 'Verdict: ', bold: true }),
      new TextRun({ text: statusLabels[claim.status], bold: true, color: statusColors[claim.status] }),
      ...textRuns(checked),
    ],
  });
}

function citationParagraphs(citation: ReportCitation): Paragraph[] {
  const stance = new TextRun({ text: `${stanceLabels[citation.stance]}: `, bold: true });
  if (citation.redacted) {
    return [
      new Paragraph({
        bullet: { level: 0 },
        children: [stance, new TextRun({ text: 'Confidential source (withheld)', italics: true })],
      }),
    ];
  }
  const details = [
    citation.publisher,
    citation.date,
    citation.locator,
    citation.fileName && `file: ${citation.fileName}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const children: ParagraphChild[] = [stance, ...linkOrText(citation.title, citation.url)];
  if (details) children.push(...textRuns(` — ${details}`));
  const out = [new Paragraph({ bullet: { level: 0 }, children })];
  if (citation.url) {
    out.push(
      new Paragraph({
        indent: { left: 720 },
        children: [new TextRun('URL: '), ...linkOrText(citation.url, citation.url)],
      }),
    );
  }
  if (citation.archivedUrl) {
    out.push(
      new Paragraph({
        indent: { left: 720 },
        children: [new TextRun('Archived: '), ...linkOrText(citation.archivedUrl, citation.archivedUrl)],
      }),
    );
  }
  if (citation.quote.trim()) {
    out.push(
      new Paragraph({
        indent: { left: 720 },
        children: textRuns(`“${citation.quote.trim()}”`, { italics: true }),
      }),
    );
  }
  return out;
}
