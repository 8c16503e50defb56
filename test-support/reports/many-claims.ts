import type { FactdeskDocument } from '../../shared/domain';
import type { ReportData } from '../../shared/reports';

/**
 * Report data with the seed's documents copied `copies` times: every copy keeps the claims' statuses,
 * notes and sources, and each claim's text ends in its own marker `[copy-index]` (or starts with it:
 * a PDF's one-line entry may cut a claim's end).
 */
export function copiesOfReportData(
  data: ReportData,
  copies: number,
  marker: 'end' | 'start' = 'end',
): ReportData {
  const documents: FactdeskDocument[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const doc of data.documents) {
      documents.push({
        ...doc,
        id: `${doc.id}x${copy}`,
        claims: doc.claims.map((claim, index) => ({
          ...claim,
          id: `${claim.id}x${copy}`,
          text: marker === 'end' ? `${claim.text} [${copy}-${index}]` : `[${copy}-${index}] ${claim.text}`,
        })),
      });
    }
  }
  return { project: data.project, documents };
}
