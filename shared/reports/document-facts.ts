import type { ReportDocument } from './report-model';
import { formatDate, formatTimestamp } from './text-format';

/**
 * The line under a document's heading in every report, naming the file whose text the report shows:
 * "rally.docx (docx), dated 2023-03-03, imported 2026-12-01 09:00 UTC", or for a revised draft
 * "rally-v3.docx (docx), dated 2023-03-03, version 3 loaded 2026-12-05 10:02 UTC (first imported
 * 2026-12-01 09:00 UTC from rally.docx)". Each format escapes it its own way.
 */
export function documentFactsLine(
  doc: Pick<ReportDocument, 'fileName' | 'sourceFormat' | 'importedAt' | 'documentDate' | 'version'>,
): string {
  const date = doc.documentDate ? `, dated ${formatDate(doc.documentDate)}` : '';
  const imported = formatTimestamp(doc.importedAt);
  const version = doc.version;
  if (!version) return `${doc.fileName} (${doc.sourceFormat})${date}, imported ${imported}`;
  const first = version.fileName === doc.fileName ? '' : ` from ${doc.fileName}`;
  return (
    `${version.fileName} (${version.sourceFormat})${date}, version ${version.number} loaded ` +
    `${formatTimestamp(version.loadedAt)} (first imported ${imported}${first})`
  );
}
