import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../shared/reports';
import { flaggedReportData } from '../../shared/reports/test-data';
import { buildReport } from './build-report';
import { commentBody } from './comments/comment-part';

// The Word report says what was checked as the other formats do (shared/reports/summary-and-flags.test.ts):
// a summary row for claims that need a re-check, how many verdicts lack evidence, each such claim's flag,
// "None yet" for a claim with no verdict, and an open-ended date with its word.

describe('the Word report', () => {
  it('counts re-checks apart, flags a verdict without evidence and keeps "since"', async () => {
    const report = await buildReport(flaggedReportData(), 'docx', {});
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(report.bytes) })).value;
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const summary = lines.slice(lines.indexOf('Verdict'), lines.indexOf('Verdict') + 14);
    expect(summary).toEqual([
      'Verdict',
      'Claims',
      'Verified',
      '2',
      'Disputed',
      '0',
      'Unsourced',
      '0',
      'Needs re-check',
      '1',
      'Unchecked',
      '1',
      'Total',
      '4',
    ]);
    expect(lines).toContain('Needs evidence: 1 of 2 verified claims cites no supporting source.');
    expect(lines).toContain('Needs evidence: verified without a supporting source (no source cited).');
    expect(lines).toContain('Verdict: None yet');
    expect(lines).toContain('Verdict: None (needs re-check)');
    expect(text).not.toContain('not checked yet');
    expect(lines).toContain('Date: since 2019-05-01 – 2019-08-31');
  });

  it('says a verdict needs evidence in its comment on the draft', () => {
    const claims = buildReportModel(flaggedReportData()).documents[0]!.claims;
    const text = (claim: (typeof claims)[number]) => commentBody(claim).replace(/<[^>]+>/g, '');
    expect(text(claims[0]!)).toContain(
      'Needs evidence: verified without a supporting source (no source cited).',
    );
    expect(text(claims[3]!)).not.toContain('Needs evidence');
  });
});
