import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims';
import { htmlToText } from './html-to-text';
import { NEWS_PAGE } from '../../../test-support/drafts/news-page';

describe('htmlToText', () => {
  it('keeps the article of a saved news page and drops navigation, adverts, scripts and footers', () => {
    const page = htmlToText(NEWS_PAGE);
    expect(page.title).toBe('NATO warns of the largest Russian deployment in Belarus since the Cold War');
    expect(page.date).toBe('2022-02-03');
    expect(page.text).toBe(
      [
        'NATO warns of the largest Russian deployment in Belarus since the Cold War',
        'By A. Reporter · 3 February 2022',
        'NATO Secretary General Jens Stoltenberg said on Thursday that Russia had moved some 30,000 troops into Belarus, the largest deployment there since the Cold War.',
        'Joint exercises are planned from February 10 to 20, and 800 battle tanks are expected to take part, according to “allied sources”.',
        'Read more: Kazakhstan reaffirms its neutrality in foreign policy',
        'What the allies fear',
        '- A worsening of the crisis in eastern Ukraine.\n- An attack on Kyiv from the north.',
        'Photo: Reuters/File photo',
        'Unemployment in Belarus was 3.9 percent in 2021.\nThe figure comes from Belstat.',
      ].join('\n\n'),
    );
    for (const gone of [
      '99,999',
      'cookies',
      'World',
      'Share on',
      'casino',
      'SHIB',
      '77,777',
      'newsletter',
      '©',
      'JavaScript',
    ]) {
      expect(page.text).not.toContain(gone);
    }
  });

  it('leaves related-article and caption lines to the claim finder’s boilerplate pass', () => {
    const { text } = htmlToText(NEWS_PAGE);
    const { boilerplate, claims } = extractClaims(text);
    const lines = boilerplate.map((span) => text.slice(span.start, span.end));
    expect(lines).toContain('Read more: Kazakhstan reaffirms its neutrality in foreign policy');
    expect(lines).toContain('Photo: Reuters/File photo');
    expect(claims.some((claim) => claim.quote.includes('30,000 troops'))).toBe(true);
  });

  it('numbers ordered lists, keeps preformatted text and decodes entities', () => {
    const { text } = htmlToText(
      '<ol><li>One &amp; two</li><li>Three</li></ol><pre>a   b\nc</pre><p>x&nbsp;y</p>',
    );
    expect(text).toBe('1. One & two\n2. Three\n\na b\nc\n\nx y');
  });
});
