// assertDocumentFits, the check before a new document is written: as strict as DocumentSchema,
// with the same refusal, whether what is wrong is in a claim or in the rest of the document.
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../shared/domain';
import { findClaimsIn } from '../extraction/extraction-job';
import { buildDocument } from '../drafts/build-document';
import { assertFits } from '../storage/change-guard';
import { assertDocumentFits } from './document-fast-parse';

const text =
  'The ministry said 4,000 people attended the rally on Sunday. Turnout was the highest since 2019.';
const doc = () => buildDocument(findClaimsIn({ fileName: 'rally.txt', format: 'txt', text }), 'Ana');
const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

describe('assertDocumentFits', () => {
  it('accepts a document built from what the finder found', () => {
    const built = doc();
    expect(built.claims.length).toBeGreaterThan(0);
    expect(() => assertDocumentFits(built)).not.toThrow();
  });

  it.each([
    ['a claim note too long', (d: ReturnType<typeof doc>) => (d.claims[0]!.note = 'x'.repeat(200_000))],
    ['a claim score out of range', (d: ReturnType<typeof doc>) => (d.claims[0]!.score = 2)],
    ['a claim key undefined', (d: ReturnType<typeof doc>) => (d.claims[0]!.start = undefined as never)],
    ['a title too long', (d: ReturnType<typeof doc>) => (d.title = 'x'.repeat(100_000))],
    ['an unknown source format', (d: ReturnType<typeof doc>) => (d.sourceFormat = 'exe' as never)],
  ])('refuses %s as DocumentSchema does, in the same words', (_, spoil) => {
    const spoiled = doc();
    spoil(spoiled);
    const expected = refusal(() => assertFits(DocumentSchema, spoiled, 'document'));
    expect(expected).toMatch(/refused a change to this document/);
    expect(refusal(() => assertDocumentFits(spoiled))).toBe(expected);
  });
});
