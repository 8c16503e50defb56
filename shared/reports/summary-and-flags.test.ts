import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { renderReportCsv } from './render-csv';
import { renderReportHtml } from './render-html';
import { renderReportJson } from './render-json';
import { renderReportMarkdown } from './render-markdown';
import { renderReportPrintHtml } from './render-print-parts';
import { flaggedReportData, testClaim, testReportData } from './test-data';

// What a report says was checked: a claim a new version left stale has its own summary row, a verified
// claim without a supporting source is flagged as the app flags it, and "since mid-2019" keeps its "since".

const data = flaggedReportData();

const entry = (html: string, id: string) =>
  html.slice(html.indexOf(`id="claim-${id}"`)).split('</article>')[0]!;

describe('the summary counts claims that need a re-check apart from unchecked ones', () => {
  it('HTML and the printed page: a row of its own, the rows add up to the total', () => {
    for (const html of [renderReportHtml(data), renderReportPrintHtml(data)]) {
      const summary = html.slice(html.indexOf('<section id="summary">')).split('</section>')[0]!;
      const rows = [
        ...summary.matchAll(
          /<th scope="row">(?:<span[^>]*>)?([^<]+)(?:<\/span>)?<\/th><td class="num">(\d+)/g,
        ),
      ];
      expect(rows.map((row) => [row[1], Number(row[2])])).toEqual([
        ['Verified', 2],
        ['Disputed', 0],
        ['Unsourced', 0],
        ['Needs re-check', 1],
        ['Unchecked', 1],
        ['Total', 4],
      ]);
    }
    expect(renderReportPrintHtml(data)).toContain(
      'The 2 claims with no verdict (1 unchecked, 1 that needs a re-check) follow, one line each.',
    );
    // The printed section holding them is named for both, not "Unchecked claims".
    expect(renderReportPrintHtml(data)).toContain('<h2>Claims with no verdict</h2>');
    expect(renderReportPrintHtml(data)).not.toContain('<h2>Unchecked claims</h2>');
  });

  it('Markdown: a row of its own', () => {
    const md = renderReportMarkdown(data);
    expect(md).toContain(
      '| Verified | 2 |\n| Disputed | 0 |\n| Unsourced | 0 |\n| Needs re-check | 1 |\n| Unchecked | 1 |\n| **Total** | **4** |',
    );
  });

  it('JSON: byStatus as before (a re-check counts as unchecked), the re-checks added beside it', () => {
    const json = JSON.parse(renderReportJson(data));
    expect(json.summary).toEqual({
      claimCount: 4,
      byStatus: { unchecked: 2, verified: 2, disputed: 0, unsourced: 0 },
      needsRecheck: 1,
      needsEvidence: { verified: 1, disputed: 0 },
    });
  });

  it('says a claim has no verdict once, plainly', () => {
    const html = renderReportHtml(data);
    const md = renderReportMarkdown(data);
    for (const text of [html, md]) expect(text).not.toContain('not checked yet');
    expect(entry(html, 'c66')).toContain('Verdict: <span class="badge s-unchecked">None yet</span></p>');
    expect(entry(html, 'c55')).toContain('<span class="badge s-unchecked">None (needs re-check)</span>');
    expect(md).toContain('**Verdict:** None yet\n');
    expect(md).toContain('**Verdict:** None (needs re-check)\n');
  });
});

describe('a verified claim with no supporting source needs evidence, as in the app', () => {
  const sentence = 'Needs evidence: verified without a supporting source (no source cited).';
  const note = 'Needs evidence: 1 of 2 verified claims cites no supporting source.';

  it('HTML, the printed page and Markdown: the summary counts it, its entry says it', () => {
    for (const html of [renderReportHtml(data), renderReportPrintHtml(data)]) {
      expect(html).toContain(`<p class="summary-note">${note}</p>`);
      expect(entry(html, 'c43')).toContain(sentence);
      expect(entry(html, 'c80')).not.toContain('Needs evidence');
    }
    const md = renderReportMarkdown(data);
    expect(md).toContain(`| **Total** | **4** |\n\n${note}\n`);
    expect(md).toContain(`**${sentence}**`);
    expect(md.match(/Needs evidence: verified/g)).toHaveLength(1);
  });

  it('JSON and CSV: a field and a column, only on that claim', () => {
    const claims = JSON.parse(renderReportJson(data)).documents[0].claims;
    expect(claims.map((claim: { needsEvidence?: string }) => claim.needsEvidence ?? null)).toEqual([
      'Verified without a supporting source',
      null,
      null,
      null,
    ]);
    const rows = Papa.parse<Record<string, string>>(renderReportCsv(data).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.needs_evidence)).toEqual([
      'Verified without a supporting source',
      '',
      '',
      '',
    ]);
  });

  it('says every verdict has its evidence when it does', () => {
    const [, sourcedClaim] = flaggedReportData().documents[0]!.claims;
    const sourced = testReportData(() => [sourcedClaim!]);
    expect(renderReportMarkdown(sourced)).toContain('Every verified claim cites a supporting source.');
    expect(renderReportMarkdown(sourced)).not.toContain('Needs evidence');
  });
});

describe('an open-ended date keeps the word that leaves it open', () => {
  it('prints "since" before the span in HTML, the printed page and Markdown', () => {
    expect(entry(renderReportHtml(data), 'c66')).toContain('Date: since 2019-05-01 – 2019-08-31');
    expect(renderReportPrintHtml(data)).not.toContain('Date: 2019-05-01');
    expect(renderReportMarkdown(data)).toContain('**Date:** since 2019-05-01 – 2019-08-31');
  });

  it('adds the word beside the resolved date in JSON and CSV, which keep their date as it was', () => {
    const claim = JSON.parse(renderReportJson(data)).documents[0].claims[2];
    expect(claim).toMatchObject({ resolvedDate: '2019-05-01 – 2019-08-31', dateRelation: 'since' });
    const rows = Papa.parse<Record<string, string>>(renderReportCsv(data).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[2]).toMatchObject({ resolved_date: '2019-05-01 – 2019-08-31', date_relation: 'since' });
  });

  it('prints a day or a span without a word as before', () => {
    const plain = testReportData((text) => [
      testClaim(text, 'last year', {
        kind: 'date',
        values: { dateStart: '2023-01-01', dateEnd: '2023-12-31' },
      }),
    ]);
    expect(renderReportMarkdown(plain)).toContain('**Date:** 2023-01-01 – 2023-12-31\n');
  });
});
