import type {
  Citation,
  Claim,
  ClaimKind,
  ClaimStatus,
  FactdeskDocument,
  HistoryEntry,
  Span,
} from '../domain';
import { claimStatuses } from '../domain/enums';
import type { Stance } from '../domain/enums';
import { quoteInContext, type QuoteInContext } from './claim-context';
import { resolveReportOptions, type ReportSettings, type ResolvedReportOptions } from './report-options';
import { versionChangesOf, type ReportVersions } from './version-changes';

/** What a report is made from: the project's identity and its documents (with their claims). */
export interface ReportData {
  readonly project: { readonly id: string; readonly title: string; readonly methodology: string };
  readonly documents: readonly FactdeskDocument[];
}

/** A citation as a report shows it. A confidential one keeps only its stance. */
export type ReportCitation =
  | {
      readonly redacted: false;
      readonly id: string;
      readonly stance: Stance;
      readonly title: string;
      readonly url?: string;
      readonly archivedUrl?: string;
      readonly publisher?: string;
      readonly date?: string;
      readonly quote: string;
      readonly locator?: string;
      readonly fileName?: string;
      readonly addedAt: string;
      readonly addedBy: string;
    }
  | {
      readonly redacted: true;
      readonly id: string;
      readonly stance: Stance;
      readonly addedAt: string;
      readonly addedBy: string;
    };

/** Who gave a claim its current verdict, and when. */
export interface Verdict {
  readonly by: string;
  readonly at: string;
}

/** A claim as a report shows it, with options (notes, redaction) already applied. */
export interface ReportClaim {
  readonly id: string;
  readonly documentId: string;
  readonly documentTitle: string;
  readonly text: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly kind: ClaimKind;
  readonly score: number;
  readonly status: ClaimStatus;
  readonly origin: Claim['origin'];
  /** The checker's note; null when notes are left out. */
  readonly note: string | null;
  readonly context: QuoteInContext;
  readonly citations: readonly ReportCitation[];
  readonly verdict: Verdict | null;
  readonly warnings: readonly string[];
  /** Who is quoted, when the claim is a quote with a known speaker. */
  readonly speaker?: string;
  readonly values?: Claim['values'];
  /** The claim's history, with left-out notes and confidential sources removed. */
  readonly history: readonly HistoryEntry[];
  readonly updatedAt: string;
}

/** A document as a report shows it, with the claims the filters kept. */
export interface ReportDocument {
  readonly id: string;
  readonly title: string;
  readonly fileName: string;
  readonly sourceFormat: FactdeskDocument['sourceFormat'];
  readonly importedAt: string;
  readonly documentDate?: string;
  readonly text: string;
  readonly boilerplate: readonly Span[];
  readonly claims: readonly ReportClaim[];
}

/** One status change, for the corrections log. */
export interface ReportCorrection {
  readonly claimId: string;
  readonly claimText: string;
  readonly documentTitle: string;
  readonly at: string;
  readonly by: string;
  readonly from: string;
  readonly to: string;
}

/** Everything a renderer needs, already filtered and redacted. */
export interface ReportModel {
  readonly projectId: string;
  readonly title: string;
  readonly methodology: string;
  readonly options: ResolvedReportOptions;
  readonly counts: Readonly<Record<ClaimStatus, number>>;
  readonly claimCount: number;
  readonly documents: readonly ReportDocument[];
  readonly corrections: readonly ReportCorrection[];
  /** Changes between versions of revised drafts; null when no document in the report was revised. */
  readonly versions: ReportVersions | null;
}

/** Builds the report model: filters by status and document, drops notes if asked, redacts confidential sources. */
export function buildReportModel(data: ReportData, settings: ReportSettings = {}): ReportModel {
  const options = resolveReportOptions(settings);
  const counts = Object.fromEntries(claimStatuses.map((status) => [status, 0])) as Record<
    ClaimStatus,
    number
  >;
  const documents: ReportDocument[] = [];
  const corrections: ReportCorrection[] = [];
  for (const doc of data.documents) {
    if (options.documentIds && !options.documentIds.includes(doc.id)) continue;
    const claims = [...doc.claims]
      .filter((claim) => !options.statuses || options.statuses.includes(claim.status))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((claim) => reportClaim(doc, claim, options));
    for (const claim of claims) {
      counts[claim.status]++;
      for (const entry of claim.history) {
        if (entry.action !== 'status') continue;
        corrections.push({
          claimId: claim.id,
          claimText: claim.text,
          documentTitle: doc.title,
          at: entry.at,
          by: entry.by,
          from: entry.from ?? '',
          to: entry.to ?? '',
        });
      }
    }
    documents.push({
      id: doc.id,
      title: doc.title,
      fileName: doc.fileName,
      sourceFormat: doc.sourceFormat,
      importedAt: doc.importedAt,
      ...(doc.documentDate ? { documentDate: doc.documentDate } : {}),
      text: doc.text,
      boilerplate: doc.boilerplate,
      claims,
    });
  }
  corrections.sort((a, b) => a.at.localeCompare(b.at));
  const kept = new Set(documents.flatMap((doc) => doc.claims.map((claim) => claim.id)));
  const reported = data.documents.filter((doc) => documents.some((entry) => entry.id === doc.id));
  return {
    projectId: data.project.id,
    title: data.project.title,
    methodology: data.project.methodology,
    options,
    counts,
    claimCount: documents.reduce((sum, doc) => sum + doc.claims.length, 0),
    documents,
    corrections,
    versions: versionChangesOf(reported, (claimId) => kept.has(claimId)),
  };
}

function reportClaim(doc: FactdeskDocument, claim: Claim, options: ResolvedReportOptions): ReportClaim {
  const citations = claim.citations.map(reportCitation);
  const speaker = typeof claim.values?.speaker === 'string' ? claim.values.speaker.trim() : '';
  return {
    id: claim.id,
    documentId: doc.id,
    documentTitle: doc.title,
    text: claim.text,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    score: claim.score,
    status: claim.status,
    origin: claim.origin,
    note: options.includeNotes ? claim.note : null,
    context: quoteInContext(doc.text, claim),
    citations,
    verdict: verdictOf(claim),
    warnings: claim.warnings ?? [],
    ...(speaker ? { speaker } : {}),
    ...(claim.values ? { values: claim.values } : {}),
    history: safeHistory(claim, options),
    updatedAt: claim.updatedAt,
  };
}

function reportCitation(citation: Citation): ReportCitation {
  const common = {
    id: citation.id,
    stance: citation.stance,
    addedAt: citation.addedAt,
    addedBy: citation.addedBy,
  };
  if (citation.confidential) return { ...common, redacted: true };
  return {
    ...common,
    redacted: false,
    title: citation.title || citation.file?.name || citation.url || 'Untitled source',
    ...(citation.url ? { url: citation.url } : {}),
    ...(citation.archivedUrl ? { archivedUrl: citation.archivedUrl } : {}),
    ...(citation.publisher ? { publisher: citation.publisher } : {}),
    ...(citation.date ? { date: citation.date } : {}),
    quote: citation.quote,
    ...(citation.locator ? { locator: citation.locator } : {}),
    ...(citation.file ? { fileName: citation.file.name } : {}),
  };
}

/** The latest status change that set the claim's current status; none for unchecked claims. */
function verdictOf(claim: Claim): Verdict | null {
  if (claim.status === 'unchecked') return null;
  for (let index = claim.history.length - 1; index >= 0; index--) {
    const entry = claim.history[index]!;
    if (entry.action === 'status' && entry.to === claim.status) return { by: entry.by, at: entry.at };
  }
  return { by: '', at: claim.updatedAt };
}

/**
 * History safe to publish: old notes go when notes are left out, and a citation entry keeps its
 * source's name only when that source is still cited and not confidential (a removed or
 * confidential source is never named).
 */
function safeHistory(claim: Claim, options: ResolvedReportOptions): HistoryEntry[] {
  const publishable = new Set(
    claim.citations
      .filter((citation) => !citation.confidential)
      .map(
        (citation) =>
          `${citation.stance}: ${citation.title || citation.url || citation.file?.name || citation.id}`,
      ),
  );
  return claim.history.map((entry) => {
    if (entry.action === 'note' && !options.includeNotes)
      return { at: entry.at, by: entry.by, action: 'note' };
    if (entry.action === 'cite' || entry.action === 'uncite') {
      const text = entry.action === 'cite' ? entry.to : entry.from;
      if (text !== undefined && !publishable.has(text)) {
        const stance = /^(supports|refutes|context):/.exec(text)?.[1] ?? 'source';
        const withheld = `${stance}: [source withheld]`;
        return entry.action === 'cite'
          ? { at: entry.at, by: entry.by, action: 'cite', to: withheld }
          : { at: entry.at, by: entry.by, action: 'uncite', from: withheld };
      }
    }
    return { ...entry };
  });
}
