import { describe, expect, it } from 'vitest';
import type { FactdeskDocument } from '../../shared/domain';
import { addManualClaim, dismissClaim, mergeClaims, reextractClaims, splitClaim } from './claim-editing';
import { buildDocument } from '../drafts/build-document';
import { setStatus } from './claim-changes';

const text =
  'The ministry said 4,000 people attended the rally in Minsk on Sunday. Turnout was the highest since 2019.\n' +
  'Officials promised new roads and 12 schools by 2025.';

function doc(): FactdeskDocument {
  return buildDocument({ fileName: 'rally.txt', format: 'txt', text }, 'Ana');
}

describe('manual claim edits', () => {
  it('adds a claim from a selection, trimmed, with its sentence as text', () => {
    const d = doc();
    const start = text.indexOf(' new roads');
    const claim = addManualClaim(d, start, start + ' new roads '.length, 'event', 'Ana');
    expect(claim).toMatchObject({ quote: 'new roads', origin: 'manual', status: 'unchecked', kind: 'event' });
    expect(claim.text).toBe('Officials promised new roads and 12 schools by 2025.');
    expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(() => addManualClaim(d, claim.start, claim.end, 'event', 'Ana')).toThrow('already a claim');
    expect(() => addManualClaim(d, 5, 5, 'event', 'Ana')).toThrow('Select some text');
    expect(() => addManualClaim(d, 0, text.length + 1, 'event', 'Ana')).toThrow('outside the draft');
  });

  it('dismisses a suggestion and does not suggest it again on re-extraction', () => {
    const d = doc();
    const victim = d.claims.find((c) => c.quote.includes('4,000'))!;
    dismissClaim(d, victim.id);
    expect(d.claims.some((c) => c.id === victim.id)).toBe(false);
    expect(d.dismissed).toContain(victim.quote);
    reextractClaims(d, 'Ana');
    expect(d.claims.some((c) => c.quote === victim.quote)).toBe(false);
  });

  it('refuses to dismiss a claim that has a verdict', () => {
    const d = doc();
    const claim = d.claims[0]!;
    setStatus(claim, 'verified', 'Ana');
    expect(() => dismissClaim(d, claim.id)).toThrow(/has a verdict/);
  });

  it('merges claims into the first, keeping its id and gathering notes and citations', () => {
    const d = doc();
    const start = text.indexOf('new roads');
    const a = addManualClaim(d, start, start + 'new roads'.length, 'event', 'Ana');
    const at = text.indexOf('12 schools');
    const b = d.claims.find((c) => c.start === at) ?? addManualClaim(d, at, at + 10, 'quantity', 'Ana');
    b.note = 'Ask the ministry';
    const merged = mergeClaims(d, [b.id, a.id], 'Ana');
    expect(merged.id).toBe(a.id);
    expect(merged.quote.startsWith('new roads and 12 schools')).toBe(true);
    expect(merged.note).toBe('Ask the ministry');
    expect(d.claims.some((c) => c.id === b.id)).toBe(false);
    expect(merged.history.at(-1)?.action).toBe('merged');
  });

  it('splits a claim into two, the second unchecked', () => {
    const d = doc();
    const start = text.indexOf('new roads');
    const claim = addManualClaim(d, start, start + 'new roads and 12 schools'.length, 'event', 'Ana');
    setStatus(claim, 'verified', 'Ana');
    const [first, second] = splitClaim(d, claim.id, start + 'new roads'.length, 'Ana');
    expect(first).toMatchObject({ id: claim.id, quote: 'new roads', status: 'verified' });
    expect(second).toMatchObject({ quote: 'and 12 schools', status: 'unchecked' });
    expect(() => splitClaim(d, first.id, first.start, 'Ana')).toThrow(/leaving text on both sides/);
  });

  it('keeps checked claims and ids of suggestions found again when re-extracting', () => {
    const d = doc();
    const checked = d.claims[0]!;
    setStatus(checked, 'disputed', 'Ana');
    const ids = new Set(d.claims.map((c) => c.id));
    reextractClaims(d, 'Ana');
    expect(d.claims.find((c) => c.id === checked.id)?.status).toBe('disputed');
    expect(d.claims.every((c) => ids.has(c.id))).toBe(true);
  });
});
