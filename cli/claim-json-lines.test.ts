// The fast line maker of `claims --json` gives, for every shape a claim can have, exactly the text of
// the object the contract defines (jsonClaim of the claim's row), keys in the same order.
import { describe, expect, it } from 'vitest';
import type { Claim, FactdeskDocument } from '../shared/domain';
import { defaultChecklists, resolveChecklists } from '../shared/domain/checklists';
import { claimRow } from '../core/project/views';
import { testClaim } from '../shared/reports/test-data';
import { ClaimJsonLines } from './claim-json-lines';
import { jsonClaim } from './output';

const text = 'Some 13,000 soldiers arrived on Monday. The "budget" rose by 4%\n<b>again</b>.';

function claimAt(id: string, quote: string, more: Partial<Claim> = {}): Claim {
  return testClaim(text, quote, { id, ...more });
}

/** A claim as stored before claims carried their sentence's offsets. */
function withoutSentence({ sentenceStart: _start, sentenceEnd: _end, ...claim }: Claim): Claim {
  return claim;
}

const claims: Claim[] = [
  claimAt('c1', '13,000 soldiers', { sentenceStart: 0, sentenceEnd: 39 }),
  claimAt('c2', 'by 4%', { kind: 'comparison', ticks: ['comparison-data', 'gone-item'] }),
  claimAt('c3', 'Monday', { kind: 'date', needsRecheck: true, anchoring: 'moved', ticks: ['date-zone'] }),
  claimAt('c4', 'budget', {
    status: 'unchecked',
    contested: [{ status: 'verified', by: 'ana', at: '2026-01-02T00:00:00.000Z' }],
    approval: { by: 'ed', at: '2026-01-03T00:00:00.000Z' },
  }),
  // Keys the stored claim should not hold, or holds with no value: the object spread decides.
  { ...claimAt('c5', 'again'), sentence: 'stray', documentTitle: 'stray' } as Claim,
  { ...claimAt('c6', 'again'), contested: undefined, needsRecheck: undefined },
  claimAt('c7', 'budget', { kind: 'comparison', ticks: ['comparison-data', 'gone-item'] }),
  withoutSentence(claimAt('c9', 'Monday')),
];

function docWith(documentDate?: string): FactdeskDocument {
  return {
    id: 'd1',
    title: 'A "quoted" title ✓',
    text,
    claims,
    ...(documentDate ? { documentDate } : {}),
  } as unknown as FactdeskDocument;
}

describe('ClaimJsonLines', () => {
  const checklistsOfProject = resolveChecklists({
    quantity: [{ id: 'q1', text: 'Own item with "quotes"' }],
  });
  for (const checklists of [defaultChecklists, checklistsOfProject]) {
    for (const documentDate of [undefined, '2022-02-20']) {
      it(`gives jsonClaim's text for each claim (date ${documentDate ?? 'none'})`, () => {
        const doc = docWith(documentDate);
        const line = new ClaimJsonLines(checklists).forDocument(doc);
        for (const claim of claims) {
          const expected = JSON.stringify(jsonClaim(claimRow(doc, claim), documentDate ?? null, checklists));
          expect(line(claim), claim.id).toBe(expected);
        }
      });
    }
  }

  it('gives each claim its own ticks even when its kind and ticks were seen before', () => {
    const doc = docWith();
    const line = new ClaimJsonLines(defaultChecklists).forDocument(doc);
    const done = (claim: Claim) =>
      (JSON.parse(line(claim)) as { checklist: { done: boolean }[] }).checklist.map((entry) => entry.done);
    expect(done(claims[1]!)).toEqual([false, true, false]);
    expect(done(claimAt('c8', 'by 4%', { kind: 'comparison' }))).toEqual([false, false, false]);
    expect(done(claims[6]!)).toEqual([false, true, false]);
  });
});
