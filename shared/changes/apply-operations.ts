import { copy } from './copy';
import type { Claim, FactdeskDocument } from '../domain';
import { UserError } from '../errors';
import { applyClaimOperation } from './claim-operations';
import type {
  ApplyContext,
  ClaimOperation,
  DocumentField,
  DocumentFields,
  DocumentOperation,
  RecordedClaim,
  RecordedSide,
} from './operations';
import { applyStructuralOperation, claimsRedatedBy } from './structural-operations';

/** What a change may touch, known before it runs: claim ids (or every claim) and document fields. */
interface Reach {
  readonly claims: Set<string> | 'all';
  readonly fields: Set<DocumentField>;
}

/** What applying some operations did: both sides of every claim and field they touched. */
export interface AppliedChange {
  /** False when the document was already so: nothing changed, nothing needs writing or recording. */
  readonly changed: boolean;
  readonly before: RecordedSide;
  readonly after: RecordedSide;
}

/**
 * The one way claims change: applies operations to a document in place, capturing before and after
 * only the claims and fields they reach (not the whole document). `check` sees what changed and
 * throws to refuse it; on any error the document is put back as it was and the error rethrown.
 */
export function applyOperations(
  doc: FactdeskDocument,
  operations: readonly DocumentOperation[],
  ctx: ApplyContext,
  check: (doc: FactdeskDocument, after: RecordedSide) => void = () => undefined,
): AppliedChange {
  const reach = reachOf(doc, operations);
  const before = capture(doc, reach);
  let changed = false;
  try {
    for (const op of operations) {
      const did = isClaimOperation(op)
        ? applyClaimOperation(claimIn(doc, op.claimId), op, ctx)
        : applyStructuralOperation(doc, op, ctx);
      changed = did || changed;
    }
    const after = capture(doc, reach);
    if (changed) check(doc, after);
    return reach.claims === 'all' ? pairUp(before, after, changed) : { changed, before, after };
  } catch (error) {
    applyStructuralOperation(doc, { type: 'restore', state: before }, ctx);
    throw error;
  }
}

/** The claim ids present on a side (they were there, or are now). */
export function presentClaims(side: RecordedSide): Claim[] {
  return side.claims.flatMap((entry) => (entry.at ? [entry.at.claim] : []));
}

/** The claim ids absent on a side (not yet there, or gone). */
export function absentClaims(side: RecordedSide): string[] {
  return side.claims.filter((entry) => entry.at === null).map((entry) => entry.id);
}

function reachOf(doc: FactdeskDocument, operations: readonly DocumentOperation[]): Reach {
  const claims = new Set<string>();
  const fields = new Set<DocumentField>();
  let all = false;
  for (const op of operations) {
    switch (op.type) {
      case 'mergeClaims':
        for (const id of op.claimIds) claims.add(id);
        break;
      case 'splitClaim':
        claims.add(op.claimId).add(op.newClaimId);
        break;
      case 'dismissClaim':
        claims.add(op.claimId);
        fields.add('dismissed');
        break;
      case 'refindClaims':
        all = true;
        fields.add('boilerplate');
        break;
      case 'setLanguage':
        all = true;
        fields.add('boilerplate').add('language').add('languageChosen');
        break;
      case 'setPublicationDate':
        for (const id of claimsRedatedBy(doc, op.readings)) claims.add(id);
        fields.add('documentDate').add('documentDateSource');
        break;
      case 'setTitle':
        fields.add('title');
        break;
      case 'restore':
        for (const entry of op.state.claims) claims.add(entry.id);
        for (const field of Object.keys(op.state.fields) as DocumentField[]) fields.add(field);
        if (op.state.order) all = true;
        break;
      default:
        claims.add(op.claimId);
    }
  }
  return { claims: all ? 'all' : claims, fields };
}

/** Copies of the reached claims (with their places) and fields as they are now. */
function capture(doc: FactdeskDocument, reach: Reach): RecordedSide {
  const fields: DocumentFields = {};
  for (const field of reach.fields) {
    (fields as Record<string, unknown>)[field] = copy(doc[field]);
  }
  if (reach.claims === 'all') {
    return {
      claims: doc.claims.map((claim, index) => ({ id: claim.id, at: { index, claim: copy(claim) } })),
      fields,
      order: doc.claims.map((claim) => claim.id),
    };
  }
  const wanted = reach.claims;
  const found = new Map<string, RecordedClaim>();
  if (wanted.size > 0) {
    doc.claims.forEach((claim, index) => {
      if (wanted.has(claim.id)) found.set(claim.id, { id: claim.id, at: { index, claim: copy(claim) } });
    });
  }
  return { claims: [...wanted].map((id) => found.get(id) ?? { id, at: null }), fields };
}

/** Both sides of a change that reached every claim, each listing every id either side has (null: absent). */
function pairUp(before: RecordedSide, after: RecordedSide, changed: boolean): AppliedChange {
  const complete = (side: RecordedSide, other: RecordedSide): RecordedSide => {
    const ids = new Set(side.claims.map((entry) => entry.id));
    const missing = other.claims
      .filter((entry) => !ids.has(entry.id))
      .map((entry) => ({ id: entry.id, at: null }));
    return { ...side, claims: [...side.claims, ...missing] };
  };
  return { changed, before: complete(before, after), after: complete(after, before) };
}

const CLAIM_OPERATIONS = new Set<string>([
  'setStatus',
  'setNote',
  'setAssignee',
  'addCitation',
  'replaceCitation',
  'removeCitation',
  'setStatement',
  'approve',
  'withdrawApproval',
  'tick',
] satisfies ClaimOperation['type'][]);

/** True for the operations on one claim's own fields (as opposed to structural ones). */
export function isClaimOperation(op: DocumentOperation): op is ClaimOperation {
  return CLAIM_OPERATIONS.has(op.type);
}

function claimIn(doc: FactdeskDocument, claimId: string): Claim {
  const claim = doc.claims.find((entry) => entry.id === claimId);
  if (!claim) throw new UserError(`There is no claim ${claimId} in this document.`, 'not-found');
  return claim;
}
