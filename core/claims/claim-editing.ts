import { extractClaims, splitSentences } from '../../shared/claims';
import type { Claim, ClaimKind, FactdeskDocument } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { rankSentences } from '../../shared/ranking';
import { newClaimFrom } from '../drafts/build-document';
import { newId, now } from '../project/ids';

/** Each function edits one document's claims in place: the caller writes the document once afterwards. */

/** A claim the checker marked by selecting text; its sentence becomes its stated text. */
export function addManualClaim(
  doc: FactdeskDocument,
  start: number,
  end: number,
  kind: ClaimKind,
  by: string,
): Claim {
  const span = trimSpan(doc.text, start, end);
  if (span.end <= span.start)
    throw new UserError('Select some text of the draft to make it a claim.', 'refused');
  if (doc.claims.some((claim) => claim.start === span.start && claim.end === span.end)) {
    throw new UserError('That text is already a claim.', 'refused');
  }
  const sentence = sentenceAround(doc.text, span.start, span.end);
  const at = now();
  const claim: Claim = {
    id: newId('c'),
    documentId: doc.id,
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    text: doc.text.slice(sentence.start, sentence.end).trim(),
    kind,
    score: rankSentences([doc.text.slice(sentence.start, sentence.end)])[0] ?? 0,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [{ at, by, action: 'added' }],
    origin: 'manual',
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    updatedAt: at,
  };
  doc.claims.push(claim);
  return claim;
}

/** Removes a suggestion and remembers its quote, so re-extraction does not suggest it again. */
export function dismissClaim(doc: FactdeskDocument, claimId: string): void {
  const claim = claimIn(doc, claimId);
  if (hasWork(claim)) {
    throw new UserError(
      'This claim has a verdict, a note or citations; clear them before dismissing it.',
      'refused',
    );
  }
  doc.claims.splice(doc.claims.indexOf(claim), 1);
  if (claim.origin === 'found' && !doc.dismissed.includes(claim.quote)) doc.dismissed.push(claim.quote);
}

/** Joins claims of one document into the first of them, which keeps its id, verdict and history. */
export function mergeClaims(doc: FactdeskDocument, claimIds: readonly string[], by: string): Claim {
  const claims = [...new Set(claimIds)].map((id) => claimIn(doc, id)).sort((a, b) => a.start - b.start);
  const [keep, ...rest] = claims;
  if (!keep || rest.length === 0)
    throw new UserError('Choose at least two claims of the same document to merge.', 'refused');
  const start = Math.min(...claims.map((c) => c.start));
  const end = Math.max(...claims.map((c) => c.end));
  keep.start = start;
  keep.end = end;
  keep.quote = doc.text.slice(start, end);
  keep.sentenceStart = Math.min(...claims.map((c) => c.sentenceStart ?? c.start));
  keep.sentenceEnd = Math.max(...claims.map((c) => c.sentenceEnd ?? c.end));
  keep.text = doc.text.slice(keep.sentenceStart, keep.sentenceEnd).trim();
  keep.score = Math.max(...claims.map((c) => c.score));
  for (const other of rest) {
    keep.citations.push(...other.citations);
    if (other.note) keep.note = keep.note ? `${keep.note}\n\n${other.note}` : other.note;
    doc.claims.splice(doc.claims.indexOf(other), 1);
  }
  keep.history.push({
    at: now(),
    by,
    action: 'merged',
    from: rest.map((c) => c.quote).join(' | '),
    to: keep.quote,
  });
  keep.updatedAt = now();
  return keep;
}

/** Splits a claim at an offset inside it: the first part keeps the record, the second starts unchecked. */
export function splitClaim(doc: FactdeskDocument, claimId: string, at: number, by: string): [Claim, Claim] {
  const claim = claimIn(doc, claimId);
  const left = trimSpan(doc.text, claim.start, at);
  const right = trimSpan(doc.text, at, claim.end);
  if (left.end <= left.start || right.end <= right.start) {
    throw new UserError('Split a claim at a point inside its text, leaving text on both sides.', 'refused');
  }
  const whole = claim.quote;
  claim.start = left.start;
  claim.end = left.end;
  claim.quote = doc.text.slice(left.start, left.end);
  claim.history.push({ at: now(), by, action: 'split', from: whole, to: claim.quote });
  claim.updatedAt = now();
  const second = addManualClaim(doc, right.start, right.end, claim.kind, by);
  second.history = [{ at: now(), by, action: 'split', from: whole, to: second.quote }];
  return [claim, second];
}

/**
 * Finds claims in a document again (after the finder improved): claims with a checker's work on them
 * and manual ones are kept as they are; suggestions found again keep their id; dismissed quotes stay away.
 */
export function reextractClaims(doc: FactdeskDocument, by: string): void {
  const found = extractClaims(doc.text, { documentDate: doc.documentDate, dismissed: doc.dismissed });
  const kept = doc.claims.filter((claim) => hasWork(claim) || claim.origin === 'manual');
  const bySpan = new Map(doc.claims.map((claim) => [`${claim.start}:${claim.end}`, claim]));
  const next: Claim[] = [...kept];
  for (const candidate of found.claims) {
    const same = bySpan.get(`${candidate.start}:${candidate.end}`);
    if (same && kept.includes(same)) continue;
    if (kept.some((claim) => claim.start < candidate.end && candidate.start < claim.end)) continue;
    const claim = same ?? newClaimFrom(candidate, doc.id, by);
    Object.assign(claim, {
      kind: candidate.kind,
      score: candidate.score,
      values: candidate.values,
      warnings: candidate.warnings,
    });
    next.push(claim);
  }
  doc.claims = next.sort((a, b) => b.score - a.score);
  doc.boilerplate = found.boilerplate;
}

function claimIn(doc: FactdeskDocument, claimId: string): Claim {
  const claim = doc.claims.find((entry) => entry.id === claimId);
  if (!claim) throw new UserError(`There is no claim ${claimId} in this document.`, 'not-found');
  return claim;
}

function hasWork(claim: Claim): boolean {
  return claim.status !== 'unchecked' || claim.note.trim() !== '' || claim.citations.length > 0;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new UserError('That selection is outside the draft.', 'refused');
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end);
  return { start: Math.min(first?.start ?? start, start), end: Math.max(last?.end ?? end, end) };
}
