import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/domain/claim';
import { claimListRow, type ClaimListRow } from '../../shared/ipc/claim-list-row';
import { testClaim } from '../../test-support/claims/small-draft';
import { NO_FILTER, matches, type ClaimFilter } from '../table/claim-filter';
import { facetStatsOf } from './claim-stats';

function row(id: string, extra: Partial<Claim>): ClaimListRow {
  return claimListRow(testClaim(id, { history: [], ...extra }), 'Draft', 'x');
}

const rows = [
  row('d1', { kind: 'date', status: 'verified' }),
  row('d2', { kind: 'date', status: 'unchecked', needsRecheck: true }),
  row('q1', { kind: 'quantity', status: 'verified' }),
  row('q2', { kind: 'quantity', status: 'disputed', needsRecheck: true }),
  row('q3', { kind: 'quantity', status: 'unchecked' }),
];
const all = new Uint8Array(rows.length).fill(1);

/** How many rows choosing `change` on top of `filter` shows: what its facet's count must say. */
const shown = (filter: ClaimFilter, change: Partial<ClaimFilter>) =>
  rows.filter((claim) => matches(claim, { ...filter, ...change })).length;

describe('facet counts while the checker narrows', () => {
  it('count, for each facet, what choosing it shows under everything else chosen', () => {
    const filter: ClaimFilter = { ...NO_FILTER, kind: 'quantity', status: 'verified' };
    const stats = facetStatsOf(rows, all, filter);
    // Status buttons count within the kind (q2's stale verdict as unchecked); kinds count within
    // the status; re-checks within both.
    expect(stats.counts).toMatchObject({ verified: 1, disputed: 0, unchecked: 2 });
    expect(stats.counts.unchecked).toBe(shown(filter, { status: 'unchecked' }));
    expect(stats.counts.disputed).toBe(shown(filter, { status: 'disputed' }));
    expect(stats.kinds.get('date')).toBe(shown(filter, { kind: 'date' }));
    expect(stats.kinds.get('quantity')).toBe(1);
    expect(stats.needsRecheck).toBe(shown(filter, { needsRecheck: true }));
  });

  it('count only what the words kept, so a filter matching nothing leaves every facet at 0', () => {
    const none = new Uint8Array(rows.length);
    const stats = facetStatsOf(rows, none, { ...NO_FILTER, words: ['zzzqqq'] });
    expect(stats.needsRecheck).toBe(0);
    expect([...stats.kinds.values()]).toEqual([]);
    expect(Object.values(stats.counts)).toEqual([0, 0, 0, 0]);
    const recheckOnly = facetStatsOf(rows, all, { ...NO_FILTER, needsRecheck: true });
    expect(recheckOnly.needsRecheck).toBe(2);
    expect(recheckOnly.kinds).toEqual(
      new Map([
        ['date', 1],
        ['quantity', 1],
      ]),
    );
  });
});
