import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/domain';
import { testClaim } from '../../test-support/claims/small-draft';
import { checkedClaim, isChecked } from './read-checked';

/** A figure whose history tells nothing yet, last changed on 5 January. */
const claim = (over: Partial<Claim>): Claim =>
  testClaim('c1', {
    end: 14,
    quote: '100,000 troops',
    text: 'About 100,000 troops are massed near the border.',
    history: [],
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...over,
  });

describe('which claims the desk remembers', () => {
  it('keeps claims with a verdict, dated and signed by the history line that gave it', () => {
    const verified = claim({
      status: 'verified',
      note: 'Ministry figures.',
      history: [
        { at: '2026-01-02T09:00:00.000Z', by: 'Ben', action: 'status', from: 'unchecked', to: 'disputed' },
        { at: '2026-01-03T09:00:00.000Z', by: 'Ana', action: 'status', from: 'disputed', to: 'verified' },
        { at: '2026-01-04T09:00:00.000Z', by: 'Cy', action: 'note', to: 'Ministry figures.' },
      ],
    });
    expect(isChecked(verified)).toBe(true);
    const record = checkedClaim({ dir: '/desk/a', title: 'A' }, { id: 'd1', title: 'Draft' }, verified);
    expect(record).toMatchObject({
      project: '/desk/a',
      projectTitle: 'A',
      documentTitle: 'Draft',
      claimId: 'c1',
      status: 'verified',
      checkedAt: '2026-01-03T09:00:00.000Z',
      checker: 'Ana',
      note: 'Ministry figures.',
    });
  });

  it('forgets unchecked claims and verdicts a new version of the draft left stale', () => {
    expect(isChecked(claim({}))).toBe(false);
    expect(isChecked(claim({ status: 'verified', needsRecheck: true }))).toBe(false);
    expect(isChecked(claim({ status: 'disputed', anchoring: 'orphaned' }))).toBe(false);
    expect(isChecked(claim({ status: 'unsourced' }))).toBe(true);
  });

  it('dates a verdict its history does not tell by the claim’s last change, with no checker', () => {
    const record = checkedClaim(
      { dir: '/d', title: 'D' },
      { id: 'd1', title: 'T' },
      claim({ status: 'disputed' }),
    );
    expect(record.checkedAt).toBe('2026-01-05T10:00:00.000Z');
    expect(record.checker).toBe('');
  });
});
