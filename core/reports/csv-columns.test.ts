import { describe, expect, it } from 'vitest';
import { renderReportCsv } from '../../shared/reports/render-csv';
import { testClaim, testReportData } from '../../shared/reports/test-data';
import { readRepoFile } from '../../test-support/repo-files';

/** The CSV columns docs/reports.md lists, in order: the code spans after "Columns" in the csv row. */
function documentedColumns(): string[] {
  const row = readRepoFile('docs/reports.md')
    .split('\n')
    .find((line) => line.startsWith('| `csv` |'))!;
  // What follows "Columns", without the notes in parentheses between the lists of names.
  const listed = row.slice(row.indexOf('Columns')).replace(/\([^)]*\)/g, '');
  return [...listed.matchAll(/`([^`]*)`/g)]
    .flatMap(([, span]) => span!.split(','))
    .map((column) => column.trim())
    .filter(Boolean);
}

describe('the CSV report', () => {
  it('has exactly the columns docs/reports.md lists, in that order', () => {
    const data = testReportData((text) => [testClaim(text, '3.5 percent', { status: 'verified' })]);
    const header = renderReportCsv(data)
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    const columns = header.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    expect(columns).toHaveLength(28);
    expect(documentedColumns()).toEqual(columns);
    // Without notes, the note column alone goes.
    const noNotes = renderReportCsv(data, { includeNotes: false })
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    expect(noNotes.split(',')).toHaveLength(27);
    expect(noNotes).not.toContain('"note"');
  });
});
