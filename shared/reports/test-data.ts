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

const checkedAt = '2024-05-03T10:00:00.000Z';
const verified = { at: checkedAt, by: 'Ana', action: 'status', from: 'unchecked', to: 'verified' } as const;
const source = {
  id: 's1',
  title: 'Budget office',
  quote: 'Spending rose 12 percent.',
  stance: 'supports',
  addedAt: checkedAt,
  addedBy: 'Ana',
} as const;

/**
 * Four claims for the summary's counts and the flags each entry carries: a verified claim citing no
 * source (needs evidence), a verified claim with a supporting source, one a new version left stale
 * (needs a re-check), and an unchecked date "since mid-2019" (open-ended).
 */
export function flaggedReportData(): ReportData {
  return testReportData((text): Claim[] => [
    // Verified with no source at all: needs evidence.
    testClaim(text, '3.5 percent', { status: 'verified', history: [verified] }),
    // Verified with a supporting source.
    testClaim(text, '12 percent', { status: 'verified', history: [verified], citations: [source] }),
    // Verified once, then version 2 changed its words: needs a re-check.
    testClaim(text, 'last year', {
      kind: 'date',
      needsRecheck: true,
      anchoring: 'changed',
      previous: { version: 1, quote: 'last month', status: 'verified' },
      history: [
        verified,
        { at: checkedAt, by: 'Factdesk', action: 'revised', from: 'last month', to: 'last year' },
      ],
    }),
    // Never checked, and open-ended: "since mid-2019".
    testClaim(text, 'Spending', {
      kind: 'date',
      values: { dateStart: '2019-05-01', dateEnd: '2019-08-31', relation: 'since' },
    }),
  ]);
}
