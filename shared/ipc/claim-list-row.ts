import type { Claim, ClaimValues } from '../domain';
import { openDateRelation, type OpenDateRelation } from '../domain/date-relation';

/** The fields of a claim the list keeps as they are (small, and read by the table, filters or counts). */
type ListedClaimFields =
  | 'id'
  | 'documentId'
  | 'start'
  | 'end'
  | 'quote'
  | 'text'
  | 'kind'
  | 'score'
  | 'status'
  | 'assignee'
  | 'language'
  | 'updatedAt'
  | 'warnings'
  | 'anchoring'
  | 'needsRecheck'
  | 'previous'
  | 'contested'
  | 'approval'
  | 'ticks';

/** The day or days a claim's date words were read as: what the table's tooltip and the draft's highlight say. */
export interface ListedValues {
  readonly dateStart?: string;
  readonly dateEnd?: string;
  /** False when the claim finder read a date it could not place. */
  readonly resolved?: string | number | boolean;
  /** The word that leaves the date open on one side ("since mid-2019"): the table and draft say it too. */
  readonly relation?: OpenDateRelation;
}

/**
 * One claim as the claims list sends it: only what the table shows, filters, sorts and counts by. Its
 * history, note, citations and values come with the full record (`claim:get`) when it is selected.
 */
export interface ClaimListRow extends Pick<Claim, ListedClaimFields> {
  readonly documentTitle: string;
  readonly citationCount: number;
  /** At least one citation supports it (absent: none). */
  readonly supported?: true;
  /** At least one citation refutes it (absent: none). */
  readonly refuted?: true;
  /**
   * The sentence the claim sits in, only when it is not the claim's text (it usually is): "Filter
   * claims" searches it.
   */
  readonly sentence?: string;
  /** Its resolved date, when the claim finder read one (absent: no date words). */
  readonly values?: ListedValues;
}

/** One page of the claims list, in document order; `total` is how many claims the project has now. */
export interface ClaimsPage {
  readonly rows: readonly ClaimListRow[];
  readonly offset: number;
  readonly total: number;
}

/** Largest page the list sends (5,000 rows is about 2 MB of JSON). */
export const MAX_CLAIMS_PAGE = 10_000;

function listedValues(values: ClaimValues | undefined): ListedValues | undefined {
  if (!values) return undefined;
  const { dateStart, dateEnd, resolved } = values;
  if (dateStart === undefined && dateEnd === undefined && resolved === undefined) return undefined;
  const listed: { -readonly [K in keyof ListedValues]: ListedValues[K] } = {};
  if (dateStart !== undefined) listed.dateStart = dateStart;
  if (dateEnd !== undefined) listed.dateEnd = dateEnd;
  if (resolved !== undefined) listed.resolved = resolved;
  const relation = dateStart === undefined ? undefined : openDateRelation(values);
  if (relation !== undefined) listed.relation = relation;
  return listed;
}

/**
 * A claim's list row: the one way it is made, by the services for the list and by the renderer from
 * a full record a change returned. Optional fields are left out when absent (never `undefined`), so
 * the row is the same after JSON as after a structured clone. Fields are added one by one rather
 * than spread from small objects: a page of 5,000 rows allocated 980 bytes a row with spreads (a
 * throwaway object for each optional field, and the row's property store regrown), 250 without,
 * so a page's work fits one young generation of V8's heap and its rows are not promoted.
 */
export function claimListRow(claim: Claim, documentTitle: string, sentence: string): ClaimListRow {
  let supported = false;
  let refuted = false;
  for (const citation of claim.citations) {
    if (citation.stance === 'supports') supported = true;
    else if (citation.stance === 'refutes') refuted = true;
  }
  const values = listedValues(claim.values);
  const row: { -readonly [K in keyof ClaimListRow]: ClaimListRow[K] } = {
    id: claim.id,
    documentId: claim.documentId,
    documentTitle,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    text: claim.text,
    kind: claim.kind,
    score: claim.score,
    status: claim.status,
    updatedAt: claim.updatedAt,
    citationCount: claim.citations.length,
  };
  if (supported) row.supported = true;
  if (refuted) row.refuted = true;
  if (claim.assignee !== undefined) row.assignee = claim.assignee;
  if (claim.language !== undefined) row.language = claim.language;
  if (claim.warnings !== undefined) row.warnings = claim.warnings;
  if (claim.anchoring !== undefined) row.anchoring = claim.anchoring;
  if (claim.needsRecheck !== undefined) row.needsRecheck = claim.needsRecheck;
  if (claim.previous !== undefined) row.previous = claim.previous;
  if (claim.contested !== undefined) row.contested = claim.contested;
  if (claim.approval !== undefined) row.approval = claim.approval;
  if (claim.ticks !== undefined) row.ticks = claim.ticks;
  if (values) row.values = values;
  if (sentence !== claim.text) row.sentence = sentence;
  return row;
}

/** Every name a claim was signed with: its history, assignee, competing values and sign-off. */
export function signersOf(claim: Claim, add: (name: string | undefined) => void): void {
  for (const entry of claim.history) add(entry.by);
  add(claim.assignee);
  add(claim.approval?.by);
  for (const value of claim.contested ?? []) add(value.by);
}
