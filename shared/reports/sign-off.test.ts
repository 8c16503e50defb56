import { describe, expect, it } from 'vitest';
import { buildReportModel } from './report-model';
import { renderReportCsv } from './render-csv';
import { renderReportHtml } from './render-html';
import { renderReportJson } from './render-json';
import { renderReportMarkdown } from './render-markdown';
import { testClaim, testReportData } from './test-data';

const CHECKED = '2024-05-03T10:00:00.000Z';
const APPROVED = '2024-05-04T11:00:00.000Z';

const data = testReportData((text) => [
  testClaim(text, '3.5 percent', {
    status: 'verified',
    history: [
      { at: CHECKED, by: 'Ana', action: 'status', from: 'unchecked', to: 'verified' },
      { at: APPROVED, by: 'Eve <i>Editor</i>', action: 'approved', to: 'verified' },
    ],
    approval: { by: 'Eve <i>Editor</i>', at: APPROVED },
  }),
  // Two checkers gave different verdicts without seeing each other's: contested, so unchecked.
  testClaim(text, '12 percent', {
    status: 'unchecked',
    contested: [
      { status: 'verified', by: 'Ana', at: CHECKED },
      { status: 'disputed', by: 'Ben', at: CHECKED },
    ],
  }),
]);

describe('reports: who checked and who approved', () => {
  it('name the approver beside the checker in HTML, Markdown, CSV and JSON (hostile names inert)', () => {
    const html = renderReportHtml(data);
    expect(html).toContain(`checked by Ana on <time datetime="${CHECKED}">`);
    expect(html).toContain(
      '; approved by Eve &lt;i&gt;Editor&lt;/i&gt; on <time datetime="2024-05-04T11:00:00.000Z">',
    );
    expect(html).not.toContain('<i>Editor');
    expect(renderReportMarkdown(data)).toMatch(
      /\*\*Verdict:\*\* Verified — checked by Ana on .*; approved by Eve \\<i\\>Editor\\<\/i\\> on /,
    );
    const csv = renderReportCsv(data);
    expect(csv).toContain('"checked_by","checked_at","approved_by","approved_at",');
    expect(csv).toContain(`,"Ana","${CHECKED}","Eve <i>Editor</i>","${APPROVED}",`);
    const json = JSON.parse(renderReportJson(data)) as {
      documents: { claims: { verdict: unknown; approval: unknown }[] }[];
    };
    expect(json.documents[0]!.claims[0]).toMatchObject({
      verdict: { by: 'Ana', at: CHECKED },
      approval: { by: 'Eve <i>Editor</i>', at: APPROVED },
    });
    expect(json.documents[0]!.claims[1]!.approval).toBeNull();
  });

  it('never count or report a contested claim as verified', () => {
    const model = buildReportModel(data);
    expect(model.counts).toMatchObject({ verified: 1, unchecked: 1 });
    const contested = model.documents[0]!.claims[1]!;
    expect(contested).toMatchObject({ status: 'unchecked', verdict: null, approval: null });
  });
});
