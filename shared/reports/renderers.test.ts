import { describe, expect, it } from 'vitest';
import { claimReviewedText, hasVerdictWord } from './claim-summary';
import { draftParagraphs, quoteInContext } from './claim-context';
import { renderReportCsv, neutralizeFormula } from './render-csv';
import { renderReportHtml } from './render-html';
import { escapeMarkdown, renderReportMarkdown } from './render-markdown';
import { renderClaimReview } from './render-claimreview';
import { reportFileName } from './report-options';
import { linkableUrl } from './safe-url';
import { testClaim, testReportData } from './test-data';

const hostileCitation = {
  id: 's1',
  url: 'javascript:alert(1)',
  archivedUrl: 'data:text/html,<script>alert(2)</script>',
  title: '<img src=x onerror=alert(3)>',
  quote: '"><script>alert(4)</script>',
  stance: 'supports' as const,
  addedAt: '2024-05-02T09:30:00.000Z',
  addedBy: 'Ana',
};
const data = testReportData((text) => [
  testClaim(text, '3.5 percent', {
    status: 'verified',
    note: '=1+1 and <b>bold</b> and [x](javascript:alert(5))',
    citations: [hostileCitation],
    history: [
      { at: '2024-05-03T10:00:00.000Z', by: 'Ana', action: 'status', from: 'unchecked', to: 'verified' },
    ],
  }),
  testClaim(text, '12 percent', { status: 'disputed', note: '@SUM(A1)' }),
]);

describe('safe links', () => {
  it('links only absolute http and https URLs', () => {
    expect(linkableUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(linkableUrl('HTTP://Example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil.example',
      '/relative',
      'http://',
      'vbscript:x',
    ]) {
      expect(linkableUrl(bad), bad).toBeNull();
    }
  });
});

describe('the report header', () => {
  it('is headed by the project title and calls the project id an id', () => {
    const html = renderReportHtml(data);
    expect(html).toContain('<title>Fact-check report: Desk</title>');
    expect(html).toContain('<dt>Project ID</dt>');
    expect(html).not.toContain('<dt>Project</dt>');
    expect(renderReportMarkdown(data)).toContain(`- **Project ID:** ${data.project.id}`);
  });
});

describe('hostile text stays inert', () => {
  it('in HTML: escaped everywhere, and no link but http(s)', () => {
    const html = renderReportHtml(data);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(html).not.toMatch(/href="(?!#claim-)/);
    expect(html).toContain('<title>Fact-check report: Desk</title>');
  });

  it('in Markdown: markup escaped, no javascript: or data: links', () => {
    const md = renderReportMarkdown(data);
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|b)/);
    expect(md).not.toMatch(/(?<!\\)\]\((?:<)?(?:javascript|data):/i);
    expect(escapeMarkdown('# head\n- item\n1. one\n*x* _y_ `z` <a> [l](u) |t|')).toBe(
      '\\# head\n\\- item\n1\\. one\n\\*x\\* \\_y\\_ \\`z\\` \\<a\\> \\[l\\](u) \\|t\\|',
    );
  });

  it('in CSV: every cell that could start a formula is prefixed with an apostrophe', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    expect(neutralizeFormula('1+1')).toBe('1+1');
    const csv = renderReportCsv(data);
    expect(csv.startsWith('\uFEFF"claim_id"')).toBe(true);
    expect(csv).toContain(`"'=1+1 and <b>bold</b> and [x](javascript:alert(5))"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('quote in context and the annotated draft', () => {
  it('cuts the sentence around the quote', () => {
    const claim = data.documents[0]!.claims[0]!;
    expect(quoteInContext(data.documents[0]!.text, claim)).toEqual({
      before: 'Unemployment fell to ',
      quote: '3.5 percent',
      after: ' last year.',
    });
    expect(quoteInContext('short', { ...claim, start: 99, end: 100 })).toEqual({
      before: '',
      quote: '3.5 percent',
      after: '',
    });
  });

  it('marks claim spans paragraph by paragraph, first of overlapping spans winning', () => {
    const text = 'One two three.\n\nFour five.';
    const spans = [
      { id: 'a', start: 4, end: 13, status: 'verified' as const },
      { id: 'b', start: 8, end: 13, status: 'disputed' as const },
      { id: 'c', start: 16, end: 20, status: 'unchecked' as const },
    ];
    expect(draftParagraphs({ text }, spans)).toEqual([
      [{ text: 'One ' }, { text: 'two three', claimId: 'a', status: 'verified' }, { text: '.' }],
      [{ text: 'Four', claimId: 'c', status: 'unchecked' }, { text: ' five.' }],
    ]);
  });
});

describe('ClaimReview', () => {
  it('shortens claimReviewed under 75 characters without verdict words', () => {
    const long =
      'The minister said it was false that unemployment fell to 3.5 percent last year, the lowest rate since records began in 1971.';
    const short = claimReviewedText(long);
    expect(short.length).toBeLessThan(75);
    expect(hasVerdictWord(short)).toBe(false);
    expect(short).toBe('The minister said it was that unemployment fell to 3.5 percent last year…');
    expect(claimReviewedText('Prices rose 4%.')).toBe('Prices rose 4%.');
  });

  it('rates only checked claims, on the documented scale', () => {
    const doc = JSON.parse(
      renderClaimReview(data, { generatedBy: 'Ana', baseUrl: 'https://x.example/r#old' }),
    );
    expect(doc['@context']).toBe('https://schema.org');
    expect(
      doc['@graph'].map(
        (item: { reviewRating: { ratingValue: number; alternateName: string } }) => item.reviewRating,
      ),
    ).toEqual([
      expect.objectContaining({ ratingValue: 5, alternateName: 'True', bestRating: 5, worstRating: 1 }),
      expect.objectContaining({ ratingValue: 1, alternateName: 'Disputed' }),
    ]);
    expect(doc['@graph'][0]).toMatchObject({
      url: 'https://x.example/r#claim-c43',
      datePublished: '2024-05-03',
      author: { '@type': 'Person', name: 'Ana' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', name: 'Budget <b>debate</b>' },
      },
    });
  });
});

describe('report file names', () => {
  it('are safe on every file system', () => {
    expect(reportFileName('a/b:c*?"<>|d', 'pdf')).toBe('a b c d report.pdf');
    expect(reportFileName('...', 'claimreview')).toBe('Factdesk claimreview.jsonld');
    expect(reportFileName('Desk', 'csv')).toBe('Desk report.csv');
  });
});
