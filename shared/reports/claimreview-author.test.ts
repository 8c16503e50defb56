import { describe, expect, it } from 'vitest';
import { renderClaimReview } from './render-claimreview';
import { testClaim, testReportData } from './test-data';

/** The `itemReviewed` of each ClaimReview item, in document order. */
function itemsReviewed(claims: Parameters<typeof testReportData>[0]): Record<string, unknown>[] {
  const doc = JSON.parse(renderClaimReview(testReportData(claims), { generatedBy: 'Ana' }));
  return doc['@graph'].map((item: { itemReviewed: Record<string, unknown> }) => item.itemReviewed);
}

describe('ClaimReview itemReviewed.author', () => {
  it('names the speaker of a quote claim, and no one for other claims', () => {
    const items = itemsReviewed((text) => [
      testClaim(text, 'Unemployment fell to 3.5 percent', {
        kind: 'quote',
        status: 'verified',
        values: { speaker: 'Jonas Gahr Støre' },
      }),
      // A figure that happens to carry a speaker value is still not authored by them.
      testClaim(text, 'Spending rose 12 percent', {
        kind: 'quantity',
        status: 'disputed',
        values: { speaker: 'Erna Solberg' },
      }),
    ]);
    expect(items[0]!.author).toEqual({ '@type': 'Person', name: 'Jonas Gahr Støre' });
    expect(items[1]).not.toHaveProperty('author');
  });

  it('leaves a quote whose speaker is unknown without an author', () => {
    const items = itemsReviewed((text) => [
      testClaim(text, 'Unemployment fell to 3.5 percent', { kind: 'quote', status: 'unsourced' }),
      testClaim(text, 'Spending rose 12 percent', {
        kind: 'quote',
        status: 'verified',
        values: { speaker: '   ' },
      }),
    ]);
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).not.toHaveProperty('author');
  });
});

describe('ClaimReview inside a web page', () => {
  it('stays inert in a <script type="application/ld+json"> block and parses to the same text', () => {
    const hostile = '</script><script>alert(1)</script> & more \u2028';
    const json = renderClaimReview(
      testReportData((text) => [
        testClaim(text, 'Spending rose 12 percent', { status: 'verified', text: hostile }),
      ]),
      { generatedBy: 'Ana' },
    );
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
    const doc = JSON.parse(json);
    expect(JSON.stringify(doc)).toContain('</script><script>alert(1)</script> & more');
  });
});
