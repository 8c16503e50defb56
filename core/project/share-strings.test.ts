import { describe, expect, it } from 'vitest';
import type { FactdeskDocument } from '../../shared/domain';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { readDraftFile } from '../drafts/read-draft';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { shareClaimStrings } from './share-strings';

/** A document as a file holds it: parsed from its JSON, so no string is shared yet. */
async function parsedSeedDocument(): Promise<FactdeskDocument> {
  const doc = buildDocument(findClaimsIn(await readDraftFile(SEED_SAMPLE)), 'Ana');
  return JSON.parse(JSON.stringify(doc)) as FactdeskDocument;
}

describe('shareClaimStrings', () => {
  it('leaves every value and the written file exactly as they were', async () => {
    const doc = await parsedSeedDocument();
    expect(doc.claims.length).toBeGreaterThan(10);
    const file = JSON.stringify(doc);
    shareClaimStrings(doc);
    expect(JSON.stringify(doc)).toBe(file);
    expect(doc).toEqual(JSON.parse(file));
  });

  it('keeps strings that differ from the text they point at', async () => {
    const doc = await parsedSeedDocument();
    const [first, second] = doc.claims;
    first!.quote = 'not what the text says';
    first!.documentId = 'd_elsewhere';
    second!.text = 'Someone said: a sentence the draft does not hold.';
    const file = JSON.stringify(doc);
    shareClaimStrings(doc);
    expect(JSON.stringify(doc)).toBe(file);
    expect(first!.quote).toBe('not what the text says');
    expect(first!.documentId).toBe('d_elsewhere');
    expect(second!.text).toBe('Someone said: a sentence the draft does not hold.');
  });
});
