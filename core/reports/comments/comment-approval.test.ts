import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/reports';
import { testClaim, testReportData } from '../../../shared/reports/test-data';
import { commentBody } from './comment-part';

describe('draft comments: who checked and who approved', () => {
  it("say the approver after the checker in the claim's comment, as text", () => {
    const data = testReportData((text) => [
      testClaim(text, '3.5 percent', {
        status: 'disputed',
        history: [
          { at: '2024-05-03T10:00:00.000Z', by: 'Ana', action: 'status', from: 'unchecked', to: 'disputed' },
        ],
        approval: { by: 'Eve & <Co>', at: '2024-05-04T11:00:00.000Z' },
      }),
    ]);
    const claim = buildReportModel(data).documents[0]!.claims[0]!;
    const body = commentBody(claim);
    expect(body).toMatch(/ — checked by Ana, [^<]+<\/w:t>/);
    expect(body).toContain('; approved by Eve &amp; &lt;Co&gt;, ');
  });
});
