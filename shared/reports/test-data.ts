import { CURRENT_SCHEMA_VERSION, type Claim, type FactdeskDocument } from '../domain';
import type { ReportData } from './report-model';

const at = '2024-05-02T09:30:00.000Z';

/** A claim for tests, with its sentence offsets into `text`. */
export function testClaim(text: string, quote: string, overrides: Partial<Claim> = {}): Claim {
  const start = text.indexOf(quote);
  const sentenceStart = text.lastIndexOf('\n', start) + 1;
  const dot = text.indexOf('.', start + quote.length);
  return {
    id: `c${start}`,
    documentId: 'd1',
    start,
    end: start + quote.length,
    quote,
    text: quote,
    kind: 'quantity',
    score: 0.5,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [{ at, by: 'Ana', action: 'found' }],
    origin: 'found',
    sentenceStart,
    sentenceEnd: dot < 0 ? text.length : dot + 1,
    updatedAt: at,
    ...overrides,
  };
}

/** Report data for one small document, built by hand (no services): pure tests of the renderers. */
export function testReportData(claims: (text: string) => Claim[]): ReportData {
  const text =
    'Budget <b>debate</b>\n\nUnemployment fell to 3.5 percent last year. Spending rose 12 percent.';
  const document: FactdeskDocument = {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'd1',
    title: 'Budget <b>debate</b>',
    fileName: 'budget.txt',
    sourceFormat: 'txt',
    importedAt: at,
    text,
    boilerplate: [],
    claims: claims(text),
    dismissed: [],
  };
  return { project: { id: 'p1', title: 'Desk', methodology: '' }, documents: [document] };
}
