import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/**
 * A Word draft with what real drafts have: a heading, figures split across runs of different
 * formatting, a link, a bulleted list with one figure twice, a table, a footnote, a tab, markup
 * characters, a quote with its speaker, and a comment the writer left already.
 */
export async function styledWordDraft(): Promise<Buffer> {
  const document = new Document({
    comments: {
      children: [
        {
          id: 0,
          author: 'Writer',
          date: new Date('2024-03-01T09:00:00Z'),
          children: [new Paragraph('Check the headline with the desk.')],
        },
      ],
    },
    footnotes: {
      1: { children: [new Paragraph('The central bank counted 150,000 new jobs in 2023.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [
              new CommentRangeStart(0),
              new TextRun('Budget debate heats up'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('The minister said unemployment fell to '),
              new TextRun({ text: '3.5', bold: true }),
              new TextRun({ text: ' percent', italics: true }),
              new TextRun(' last year, from 4.1 percent in 2022.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('According to '),
              new ExternalHyperlink({
                link: 'https://stats.example.org/release',
                children: [new TextRun({ text: 'the statistics office', style: 'Hyperlink' })],
              }),
              new TextRun(', 2,400 paratroopers arrived on 3 March 2023.'),
            ],
          }),
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun('Spending rose by 12 percent in 2023.')],
          }),
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun('Taxes rose by 12 percent in 2023.')],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Exports')] }),
                  new TableCell({ children: [new Paragraph('Exports reached $4.2 billion in 2023.')] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [new TextRun('Inflation was 7 percent in 2023.'), new FootnoteReferenceRun(1)],
          }),
          new Paragraph({
            children: [new TextRun('Profits & losses: the firm lost €3 million <at least> in 2021.')],
          }),
          new Paragraph({
            children: [
              new TextRun('Prices rose'),
              new TextRun({ children: ['\t'] }),
              new TextRun('5 percent in May 2023.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun(
                '“We will cut taxes by 10 percent,” said Finance Minister Jane Doe on 4 April 2023.',
              ),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
