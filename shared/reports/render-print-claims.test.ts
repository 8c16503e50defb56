import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './render-html';
import { renderReportPrintHtml } from './render-print-parts';
import { testClaim, testReportData } from './test-data';

const hostile = '<img src=x onerror=alert(1)> & "quoted"';

describe('the page printed to PDF: summary first, checked claims in full, unchecked claims one line each', () => {
  const data = testReportData((text) => [
    testClaim(text, '3.5 percent', {
      status: 'disputed',
      text: `Unemployment fell ${hostile}`,
      history: [
        { at: '2024-05-03T10:00:00.000Z', by: 'Ana', action: 'status', from: 'unchecked', to: 'disputed' },
      ],
    }),
    testClaim(text, '12 percent', { text: `Spending rose\n12 percent ${hostile}` }),
    testClaim(text, 'last year', { text: 'Last year' }),
  ]);

  it('prints the checked claim as an article and each unchecked claim as one escaped list line', () => {
    const html = renderReportPrintHtml(data);
    const at = (needle: string) => html.indexOf(needle);
    expect(at('<h2>Summary</h2>')).toBeLessThan(at('<h2>Checked claims</h2>'));
    expect(at('<h2>Checked claims</h2>')).toBeLessThan(at('<h2>Unchecked claims</h2>'));
    expect(at('<h2>Unchecked claims</h2>')).toBeLessThan(at('<h2>Verdict log</h2>'));
    expect(html.match(/<article /g)).toHaveLength(1);
    expect(html).toContain('<article class="claim s-disputed" id="claim-c43">');
    const lines = [...html.matchAll(/<li id="claim-([^"]+)">(.*)<\/li>/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(lines).toEqual([
      ['c55', 'Last year'],
      ['c80', 'Spending rose 12 percent &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;'],
    ]);
    expect(html).not.toContain('<img');
    // The verdict log still links to the claim's entry.
    expect(html).toContain('<a href="#claim-c43">');
  });

  it('says so when nothing is checked yet, and the screen HTML report is unchanged', () => {
    const unchecked = testReportData((text) => [testClaim(text, '3.5 percent')]);
    const html = renderReportPrintHtml(unchecked);
    expect(html).toContain('<p>No claim in this report has been checked yet.</p>');
    expect(html).not.toContain('<article');
    expect(html).toContain('<li id="claim-c43">3.5 percent</li>');
    const screen = renderReportHtml(unchecked);
    expect(screen).toContain('<article class="claim s-unchecked" id="claim-c43">');
    expect(screen).not.toContain('Unchecked claims</h2>');
  });
});
