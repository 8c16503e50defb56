import type {
  Citation,
  Claim,
  ClaimKind,
  ClaimStatus,
  FactdeskDocument,
  HistoryEntry,
  Span,
  VersionEntry,
} from '../domain';
import { claimChecklist, defaultChecklists, type Checklists } from '../domain/checklists';
import { countedStatus, needsRecheckFor, verdictOf } from '../domain/claim-standing';
import { openDateRelation, type OpenDateRelation } from '../domain/date-relation';
import { citedStances, evidenceGap } from '../domain/evidence';
import { claimStatuses } from '../domain/enums';
import { UserError } from '../errors';
import type { Stance } from '../domain/enums';
import { quoteInContext, type QuoteInContext } from './claim-context';
import { statementsThen } from './statements-then';
import { resolveReportOptions, type ReportSettings, type ResolvedReportOptions } from './report-options';
import { versionChangesOf, type ReportVersions } from './version-changes';

/** What a report is made from: the project's identity and its documents (with their claims). */
export interface ReportData {
  readonly project: {
    readonly id: string;
    readonly title: string;
    readonly methodology: string;
    /** Every kind's checklist as the project resolves it (the defaults when absent). */
    readonly checklists?: Checklists;
  };
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

/**
 * A claim whose verdict a new version of its draft left stale: its words changed ("$27" became "$31")
 * or are gone. It counts as unchecked until a checker marks it again; its old verdict is kept here.
 */
export interface ReportRecheck {
  readonly state: 'changed' | 'orphaned';
  /** The version whose edit changed it, when known. */
  readonly version?: number;
  /** Its words before that version. */
  readonly was?: string;
  /** The verdict it had before (or, for an orphaned claim marked since, the one it was given). */
  readonly previousStatus: ClaimStatus;
}

/** A claim as a report shows it, with options (notes, redaction) already applied. */
export interface ReportClaim {
  readonly id: string;
  readonly documentId: string;
  readonly documentTitle: string;
  /** The claim's statement: the claim as checked, its heading in every format. */
  readonly text: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly kind: ClaimKind;
  readonly score: number;
  /** The status it counts as (`countedStatus`): unchecked while it needs a re-check. */
  readonly status: ClaimStatus;
  /** Set when a new version of the draft left its verdict stale. */
  readonly recheck: ReportRecheck | null;
  /** Who is to check it, if anyone in particular. */
  readonly assignee?: string;
  /** The date it names, resolved against the draft's date ("2023-03-09", "2022-01-01 – 2022-12-31"). */
  readonly resolvedDate?: string;
  /** The word that leaves that date open on one side ("since mid-2019"); absent for a day or a span. */
  readonly dateRelation?: OpenDateRelation;
  readonly origin: Claim['origin'];
  /** The checker's note; null when notes are left out. */
  readonly note: string | null;
  readonly context: QuoteInContext;
  readonly citations: readonly ReportCitation[];
  readonly verdict: Verdict | null;
  /** Who signed the verdict off (someone other than its checker), and when; null when no one has. */
  readonly approval: Verdict | null;
  readonly warnings: readonly string[];
  /** Why its verdict lacks evidence ("Verified without a supporting source", `evidenceGap`); absent if not. */
  readonly needsEvidence?: string;
  /** Its kind's checklist, each item with whether the checker ticked it. */
  readonly checklist: readonly { readonly item: string; readonly done: boolean }[];
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
  /** The version whose text this is, when a new version replaced the first import's text. */
  readonly version?: VersionEntry;
  readonly documentDate?: string;
  readonly text: string;
  readonly boilerplate: readonly Span[];
  readonly claims: readonly ReportClaim[];
}

/** One verdict given or changed, for the verdict log. */
export interface VerdictLogEntry {
  readonly claimId: string;
  /** The statement as it read then: the words the verdict was given to (see statements-then.ts). */
  readonly claimText: string;
  readonly documentTitle: string;
  readonly at: string;
  readonly by: string;
  readonly from: string;
  readonly to: string;
  /** Why, when no checker gave it: a new version of the draft changed or removed the claim's words. */
  readonly reason?: string;
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
  /** Every verdict given or changed on a reported claim, oldest first. */
  readonly verdictLog: readonly VerdictLogEntry[];
  /** Changes between versions of revised drafts; null when no document in the report was revised. */
  readonly versions: ReportVersions | null;
}

/** Builds the report model: filters by status and document, drops notes if asked, redacts confidential sources. */
export function buildReportModel(data: ReportData, settings: ReportSettings = {}): ReportModel {
  const options = resolveReportOptions(settings);
  // A document named that is not in the project is a mistake, not an empty report.
  for (const id of options.documentIds ?? []) {
    if (!data.documents.some((doc) => doc.id === id))
      throw new UserError(`There is no document ${id} in this project.`, 'not-found');
  }
  const counts = Object.fromEntries(claimStatuses.map((status) => [status, 0])) as Record<
    ClaimStatus,
    number
  >;
  const checklists = data.project.checklists ?? defaultChecklists;
  const documents: ReportDocument[] = [];
  const verdictLog: VerdictLogEntry[] = [];
  for (const doc of data.documents) {
    if (options.documentIds && !options.documentIds.includes(doc.id)) continue;
    const claims = [...doc.claims]
      .filter((claim) => !options.statuses || options.statuses.includes(countedStatus(claim)))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((claim) => reportClaim(doc, claim, options, checklists));
    for (const claim of claims) {
      counts[claim.status]++;
      verdictLog.push(...verdictLogOf(claim, doc.title));
    }
    documents.push({
      id: doc.id,
      title: doc.title,
      fileName: doc.fileName,
      sourceFormat: doc.sourceFormat,
      importedAt: doc.importedAt,
      ...(doc.revision ? { version: { ...doc.revision, number: (doc.versions?.length ?? 0) + 1 } } : {}),
      ...(doc.documentDate ? { documentDate: doc.documentDate } : {}),
      text: doc.text,
      boilerplate: doc.boilerplate,
      claims,
    });
  }
  verdictLog.sort((a, b) => a.at.localeCompare(b.at));
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
    verdictLog,
    versions: versionChangesOf(reported, (claimId) => kept.has(claimId)),
  };
}

function reportClaim(
  doc: FactdeskDocument,
  claim: Claim,
  options: ResolvedReportOptions,
  checklists: Checklists,
): ReportClaim {
  const citations = claim.citations.map(reportCitation);
  const speaker = typeof claim.values?.speaker === 'string' ? claim.values.speaker.trim() : '';
  const status = countedStatus(claim);
  const resolvedDate = resolvedDateOf(claim.values);
  const dateRelation = resolvedDate ? openDateRelation(claim.values) : undefined;
  const needsEvidence = evidenceGap({ status, ...citedStances(claim.citations) });
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
    status,
    recheck: recheckOf(claim),
    ...(claim.assignee ? { assignee: claim.assignee } : {}),
    ...(resolvedDate ? { resolvedDate } : {}),
    ...(dateRelation ? { dateRelation } : {}),
    origin: claim.origin,
    note: options.includeNotes ? claim.note : null,
    context: quoteInContext(doc.text, claim),
    citations,
    verdict: status === 'unchecked' ? null : verdictOf(claim),
    approval: status !== 'unchecked' && claim.approval ? { ...claim.approval } : null,
    warnings: claim.warnings ?? [],
    ...(needsEvidence ? { needsEvidence } : {}),
    checklist: claimChecklist(checklists, claim).map(({ item, done }) => ({ item, done })),
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

/**
 * The claim's verdict changes, oldest first: each one a checker gave, and each one a new version of the
 * draft took back by changing or removing the words it was given to (back to unchecked).
 */
function verdictLogOf(claim: ReportClaim, documentTitle: string): VerdictLogEntry[] {
  const entries: VerdictLogEntry[] = [];
  const common = { claimId: claim.id, documentTitle };
  const statements = statementsThen(claim.text, claim.history);
  let standing = 'unchecked';
  for (const [index, entry] of claim.history.entries()) {
    const claimText = statements[index]!;
    if (entry.action === 'status') {
      entries.push({
        ...common,
        claimText,
        at: entry.at,
        by: entry.by,
        from: entry.from ?? '',
        to: entry.to ?? '',
      });
      standing = entry.to ?? standing;
    } else if (entry.action === 'revised' && standing !== 'unchecked') {
      const what = entry.to
        ? `changed “${entry.from ?? ''}” to “${entry.to}”`
        : `removed “${entry.from ?? ''}”`;
      entries.push({
        ...common,
        claimText,
        at: entry.at,
        by: entry.by,
        from: standing,
        to: 'unchecked',
        reason: `A new version of the draft ${what}: needs re-check.`,
      });
      standing = 'unchecked';
    }
  }
  return entries;
}

/** What a new version left stale on the claim, with the verdict it had. */
function recheckOf(claim: Claim): ReportRecheck | null {
  const state = needsRecheckFor(claim);
  if (!state) return null;
  const previous = claim.previous;
  // An orphaned claim marked again since its version keeps that newer verdict as the one it had.
  const previousStatus =
    state === 'orphaned' && claim.status !== 'unchecked' ? claim.status : (previous?.status ?? claim.status);
  return {
    state,
    ...(previous ? { version: previous.version + 1, was: previous.quote } : {}),
    previousStatus,
  };
}

/** A date claim's resolved value as one string: a day, or the first and last day of a span. */
export function resolvedDateOf(values: Claim['values']): string | undefined {
  const start = typeof values?.dateStart === 'string' ? values.dateStart : '';
  if (!start) return undefined;
  const end = typeof values?.dateEnd === 'string' ? values.dateEnd : '';
  return end && end !== start ? `${start} – ${end}` : start;
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
