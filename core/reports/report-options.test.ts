import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  reportFormats,
  renderTextReport,
  isTextReportFormat,
  type ReportSettings,
} from '../../shared/reports';
import { buildReport } from './build-report';
import { HOSTILE, seedReportProject, type ReportSeed } from '../../test-support/reports/report-seed';

let seed: ReportSeed;
beforeAll(async () => {
  seed = await seedReportProject();
});
afterAll(() => seed?.cleanup());

/** Every format but PDF, as text (DOCX through mammoth). */
async function allOutputs(settings: ReportSettings): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of reportFormats) {
    if (format === 'pdf') continue;
    if (isTextReportFormat(format)) out[format] = renderTextReport(seed.data, format, settings);
    else {
      const docx = await buildReport(seed.data, format, settings);
      out[format] = (await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) })).value;
    }
  }
  return out;
}

describe('report options', () => {
  it('leaves notes out of every format, history included, when asked', async () => {
    const outputs = await allOutputs({ includeNotes: false });
    for (const [format, output] of Object.entries(outputs)) {
      expect(output, format).not.toContain('alert(1)');
      expect(output, format).not.toContain('HYPERLINK');
      expect(output, format).not.toContain('Bigger deployments happened in 1983');
    }
    expect(outputs.csv!.split('\r\n')[0]).not.toContain('note');
  });

  it('filters by status and by document', async () => {
    const json = JSON.parse(renderTextReport(seed.data, 'json', { statuses: ['verified', 'disputed'] }));
    const statuses = json.documents.flatMap((doc: { claims: { status: string }[] }) =>
      doc.claims.map((c) => c.status),
    );
    expect(statuses.sort()).toEqual(['disputed', 'verified']);
    expect(json.summary.claimCount).toBe(2);
    // A document that is not in the project is named as a mistake, never an empty report.
    expect(() => renderTextReport(seed.data, 'json', { documentIds: ['dnothere'] })).toThrow(
      'There is no document dnothere in this project.',
    );
    const html = renderTextReport({ ...seed.data, documents: [] }, 'html');
    expect(html).toContain('No claims match this report’s selection.');
    const only = JSON.parse(
      renderTextReport(seed.data, 'json', { documentIds: [seed.data.documents[0]!.id] }),
    );
    expect(only.documents).toHaveLength(1);
  });

  it('redacts confidential sources everywhere, including their history entries', async () => {
    const outputs = await allOutputs({});
    for (const [format, output] of Object.entries(outputs)) {
      expect(output, format).not.toContain(HOSTILE.confidentialTitle);
      expect(output, format).not.toContain('secret.example.org');
    }
    const json = JSON.parse(outputs.json!);
    const disputed = json.documents[0].claims.find((claim: { id: string }) => claim.id === seed.disputed.id);
    expect(disputed.citations[1]).toEqual(expect.objectContaining({ redacted: true, stance: 'refutes' }));
    expect(disputed.history.map((entry: { to?: string }) => entry.to)).toContain(
      'refutes: [source withheld]',
    );
  });

  it('leaves unchecked claims out of ClaimReview', () => {
    const doc = JSON.parse(renderTextReport(seed.data, 'claimreview', {}));
    expect(doc['@graph']).toHaveLength(3);
    const unchecked = JSON.parse(renderTextReport(seed.data, 'claimreview', { statuses: ['unchecked'] }));
    expect(unchecked['@graph']).toEqual([]);
    expect(doc['@graph'][0].url).toMatch(/^#claim-c/);
  });

  it('refuses PDF without a printer, in one sentence', async () => {
    await expect(buildReport(seed.data, 'pdf')).rejects.toThrow(
      'PDF export is not available here: no PDF printer was set up.',
    );
  });
});
