import { copy } from './copy';
import type { FoundClaim } from '../claims/types';
import { splitSentences } from '../claims/sentences';
import type { Claim, ClaimKind, FactdeskDocument, PublicationDateSource } from '../domain';
import { UserError } from '../errors';
import { rankSentences } from '../ranking';
import type { ApplyContext, DateReading, RecordedSide, StructuralOperation } from './operations';

/** A new `unchecked` claim record for a claim the finder found. */
export function claimFromFound(
  found: FoundClaim,
  documentId: string,
  id: string,
  by: string,
  at: string,
): Claim {
  return {
    id,
    documentId,
    start: found.start,
    end: found.end,
    quote: found.quote,
    text: found.text,
    kind: found.kind,
    score: found.score,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [{ at, by, action: 'found' }],
    origin: 'found',
    // Absent rather than undefined, as in the file: the claim then passes the fast check on writing.
    ...(found.values ? { values: found.values } : {}),
    sentenceStart: found.sentenceStart,
    sentenceEnd: found.sentenceEnd,
    ...(found.warnings ? { warnings: found.warnings } : {}),
    ...(found.language ? { language: found.language } : {}),
    updatedAt: at,
  };
}

/** True when a checker has worked on the claim: a verdict, a note or a citation. */
export function hasWork(claim: Claim): boolean {
  return claim.status !== 'unchecked' || claim.note.trim() !== '' || claim.citations.length > 0;
}

/** Applies a structural operation to the document in place; false when nothing changed. */
export function applyStructuralOperation(
  doc: FactdeskDocument,
  op: StructuralOperation,
  ctx: ApplyContext,
): boolean {
  switch (op.type) {
    case 'addClaim':
      addManualClaim(doc, op.claimId, op.start, op.end, op.kind, ctx);
      return true;
    case 'dismissClaim':
      dismissClaim(doc, op.claimId);
      return true;
    case 'mergeClaims':
      mergeClaims(doc, op.claimIds, ctx);
      return true;
    case 'splitClaim':
      splitClaim(doc, op.claimId, op.at, op.newClaimId, ctx);
      return true;
    case 'refindClaims':
      refindClaims(doc, op.found, op.boilerplate, ctx);
      return true;
    case 'setLanguage':
      doc.language = op.language;
      doc.languageChosen = true;
      refindClaims(doc, op.found, op.boilerplate, ctx);
      return true;
    case 'setPublicationDate':
      return setPublicationDate(doc, op.date, op.source, op.readings);
    case 'setTitle':
      if (doc.title === op.title) return false;
      doc.title = op.title;
      return true;
    case 'restore':
      restoreSide(doc, op.state);
      return true;
  }
}

function addManualClaim(
  doc: FactdeskDocument,
  id: string,
  start: number,
  end: number,
  kind: ClaimKind,
  { by, at }: ApplyContext,
): Claim {
  const span = trimSpan(doc.text, start, end);
  if (span.end <= span.start)
    throw new UserError('Select some text of the draft to make it a claim.', 'refused');
  if (doc.claims.some((claim) => claim.start === span.start && claim.end === span.end)) {
    throw new UserError('That text is already a claim.', 'refused');
  }
  if (doc.claims.some((claim) => claim.id === id))
    throw new UserError(`There is already a claim ${id}.`, 'refused');
  const sentence = sentenceAround(doc.text, span.start, span.end);
  const sentenceText = doc.text.slice(sentence.start, sentence.end);
  const claim: Claim = {
    id,
    documentId: doc.id,
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    text: sentenceText.trim(),
    kind,
    // Scored and labelled in the draft's language (the model reads English words only).
    score: rankSentences([sentenceText], { language: doc.language })[0] ?? 0,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [{ at, by, action: 'added' }],
    origin: 'manual',
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    ...(doc.language ? { language: doc.language } : {}),
    updatedAt: at,
  };
  doc.claims.push(claim);
  return claim;
}

function dismissClaim(doc: FactdeskDocument, claimId: string): void {
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

function mergeClaims(doc: FactdeskDocument, claimIds: readonly string[], { by, at }: ApplyContext): void {
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
  // A sign-off approved a verdict on the words as they were: a claim that now reads otherwise loses it.
  delete keep.approval;
  for (const other of rest) {
    keep.citations.push(...other.citations);
    if (other.note) keep.note = keep.note ? `${keep.note}\n\n${other.note}` : other.note;
    doc.claims.splice(doc.claims.indexOf(other), 1);
  }
  keep.history.push({ at, by, action: 'merged', from: rest.map((c) => c.quote).join(' | '), to: keep.quote });
  keep.updatedAt = at;
}

function splitClaim(
  doc: FactdeskDocument,
  claimId: string,
  offset: number,
  newClaimId: string,
  ctx: ApplyContext,
): void {
  const claim = claimIn(doc, claimId);
  const left = trimSpan(doc.text, claim.start, offset);
  const right = trimSpan(doc.text, offset, claim.end);
  if (left.end <= left.start || right.end <= right.start) {
    throw new UserError('Split a claim at a point inside its text, leaving text on both sides.', 'refused');
  }
  const whole = claim.quote;
  claim.start = left.start;
  claim.end = left.end;
  claim.quote = doc.text.slice(left.start, left.end);
  delete claim.approval;
  claim.history.push({ at: ctx.at, by: ctx.by, action: 'split', from: whole, to: claim.quote });
  claim.updatedAt = ctx.at;
  const second = addManualClaim(doc, newClaimId, right.start, right.end, claim.kind, ctx);
  second.history = [{ at: ctx.at, by: ctx.by, action: 'split', from: whole, to: second.quote }];
}

function refindClaims(
  doc: FactdeskDocument,
  found: readonly (FoundClaim & { readonly id: string })[],
  boilerplate: readonly { start: number; end: number }[],
  { by, at }: ApplyContext,
): void {
  const kept = doc.claims.filter((claim) => hasWork(claim) || claim.origin === 'manual');
  const keptSet = new Set(kept);
  const bySpan = new Map(doc.claims.map((claim) => [`${claim.start}:${claim.end}`, claim]));
  const next: Claim[] = [...kept];
  for (const candidate of found) {
    const same = bySpan.get(`${candidate.start}:${candidate.end}`);
    if (same && keptSet.has(same)) continue;
    if (kept.some((claim) => claim.start < candidate.end && candidate.start < claim.end)) continue;
    const { id, ...reading } = candidate;
    const claim = same ?? claimFromFound(reading, doc.id, id, by, at);
    Object.assign(claim, {
      kind: candidate.kind,
      score: candidate.score,
      values: candidate.values,
      warnings: candidate.warnings,
    });
    // Read again in another language (the checker's correction): the claim says which.
    if (candidate.language) claim.language = candidate.language;
    else delete claim.language;
    next.push(claim);
  }
  doc.claims = next.sort((a, b) => b.score - a.score);
  doc.boilerplate = boilerplate.map(({ start, end }) => ({ start, end }));
}

function setPublicationDate(
  doc: FactdeskDocument,
  date: string | null,
  source: PublicationDateSource | null,
  readings: readonly DateReading[],
): boolean {
  let changed = (doc.documentDate ?? null) !== date || (doc.documentDateSource ?? null) !== source;
  if (date === null) delete doc.documentDate;
  else doc.documentDate = date;
  if (source === null) delete doc.documentDateSource;
  else doc.documentDateSource = source;
  const bySpan = new Map(readings.map((reading) => [`${reading.start}:${reading.end}`, reading]));
  for (const claim of doc.claims) {
    const reading = bySpan.get(`${claim.start}:${claim.end}`);
    if (!reading || claim.origin !== 'found') continue;
    if (sameJson(claim.values, reading.values) && sameJson(claim.warnings, reading.warnings)) continue;
    setOptional(claim, 'values', reading.values && copy(reading.values));
    setOptional(claim, 'warnings', reading.warnings && [...reading.warnings]);
    delete claim.approval;
    changed = true;
  }
  return changed;
}

/** The ids of the claims `setPublicationDate` with these readings would change. */
export function claimsRedatedBy(doc: FactdeskDocument, readings: readonly DateReading[]): string[] {
  const bySpan = new Map(readings.map((reading) => [`${reading.start}:${reading.end}`, reading]));
  return doc.claims
    .filter((claim) => {
      const reading = bySpan.get(`${claim.start}:${claim.end}`);
      return (
        reading !== undefined &&
        claim.origin === 'found' &&
        !(sameJson(claim.values, reading.values) && sameJson(claim.warnings, reading.warnings))
      );
    })
    .map((claim) => claim.id);
}

/**
 * Puts claims and fields back as a recorded side has them (an undo or redo). A side with `order`
 * holds every claim of the document: the list becomes exactly those, in that order.
 */
function restoreSide(doc: FactdeskDocument, side: RecordedSide): void {
  if (side.order) {
    const rank = new Map(side.order.map((id, index) => [id, index]));
    doc.claims = side.claims
      .flatMap((entry) => (entry.at ? [copy(entry.at.claim)] : []))
      .sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  } else {
    // Removals first, then placements by ascending index, so every claim lands where it was.
    const touched = new Set(side.claims.map((entry) => entry.id));
    const placed = side.claims.filter((entry) => entry.at !== null).sort((a, b) => a.at!.index - b.at!.index);
    doc.claims = doc.claims.filter((claim) => !touched.has(claim.id));
    for (const entry of placed) {
      const { index, claim } = entry.at!;
      doc.claims.splice(Math.min(index, doc.claims.length), 0, copy(claim));
    }
  }
  for (const [field, value] of Object.entries(side.fields) as [keyof typeof side.fields, unknown][]) {
    if (value === undefined) delete doc[field];
    else (doc as Record<string, unknown>)[field] = copy(value);
  }
}

function setOptional<K extends 'values' | 'warnings'>(claim: Claim, key: K, value: Claim[K]): void {
  if (value === undefined) delete claim[key];
  else claim[key] = value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function claimIn(doc: FactdeskDocument, claimId: string): Claim {
  const claim = doc.claims.find((entry) => entry.id === claimId);
  if (!claim) throw new UserError(`There is no claim ${claimId} in this document.`, 'not-found');
  return claim;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new UserError('That selection is outside the draft.', 'refused');
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence(s) around a span. Line breaks end sentences, so only the span's lines are split. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const to = lineEnd < 0 ? text.length : lineEnd;
  const sentences = splitSentences(text.slice(from, to)).map((s) => ({
    start: s.start + from,
    end: s.end + from,
  }));
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end);
  return { start: Math.min(first?.start ?? start, start), end: Math.max(last?.end ?? end, end) };
}
