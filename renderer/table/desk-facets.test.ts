import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/domain/claim';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { claimListRow } from '../../shared/ipc/claim-list-row';
import { testClaim } from '../../test-support/claims/small-draft';
import { restate, statsOf } from '../claims/claim-stats';
import { NO_FILTER, hasFacets, matches, narrows } from './claim-filter';

const AT = '2026-01-02T03:04:05.000Z';

function row(id: string, extra: Partial<Claim> = {}): ClaimListRow {
  return claimListRow(testClaim(id, { history: [], ...extra }), 'Draft', 'x');
}

const contestedVerdict = row('c1', {
  contested: [
    { status: 'verified', by: 'Ana', at: AT },
    { status: 'disputed', by: 'Ben', at: AT },
  ],
  assignee: 'Ana',
});
const contestedNote = row('c2', {
  status: 'verified',
  contested: [
    { note: 'One source', by: 'Ana', at: AT },
    { note: 'Two sources', by: 'Ben', at: AT },
  ],
});
const settled = row('c3', { status: 'verified', contested: [], assignee: 'Ben' });
const claims = [contestedVerdict, contestedNote, settled];

describe('the desk’s facets', () => {
  it('Contested keeps the claims with competing verdicts or notes, and only those', () => {
    const filter = { ...NO_FILTER, status: 'contested' as const };
    expect(hasFacets(filter)).toBe(true);
    expect(claims.filter((claim) => matches(claim, filter)).map((claim) => claim.id)).toEqual(['c1', 'c2']);
    expect(narrows(NO_FILTER, filter)).toBe(false);
  });

  it('a status keeps the claims its button counts: a verdict left stale by a new version is unchecked', () => {
    const stale = row('c4', { status: 'verified', needsRecheck: true });
    const orphaned = row('c5', { status: 'disputed', anchoring: 'orphaned' });
    const rows = [settled, stale, orphaned];
    const kept = (status: 'verified' | 'unchecked' | 'disputed') =>
      rows.filter((claim) => matches(claim, { ...NO_FILTER, status })).map((claim) => claim.id);
    expect(kept('verified')).toEqual(['c3']);
    expect(kept('unchecked')).toEqual(['c4', 'c5']);
    expect(kept('disputed')).toEqual([]);
    expect(statsOf(rows).counts).toMatchObject({ verified: 1, unchecked: 2, disputed: 0 });
  });

  it('Assigned to me keeps the claims assigned to the checker', () => {
    const filter = { ...NO_FILTER, assignedTo: 'Ben' };
    expect(hasFacets(filter)).toBe(true);
    expect(claims.filter((claim) => matches(claim, filter)).map((claim) => claim.id)).toEqual(['c3']);
    expect(narrows(filter, { ...filter, words: ['claim'] })).toBe(true);
    expect(narrows(filter, { ...filter, assignedTo: 'Ana' })).toBe(false);
  });

  it('counts contested claims, never as verified while verdicts compete, and keeps the count when restated', () => {
    const stats = statsOf(claims);
    expect(stats.contested).toBe(2);
    expect(stats.counts).toMatchObject({ verified: 2, unchecked: 1 });
    const settledOne = statsOf([{ ...contestedVerdict, status: 'disputed', contested: [] }]);
    const after = restate(stats, [statsOf([contestedVerdict])], [settledOne]);
    expect(after.contested).toBe(1);
    expect(after.counts).toMatchObject({ verified: 2, disputed: 1, unchecked: 0 });
  });
});
