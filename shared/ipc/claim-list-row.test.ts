import { describe, expect, it } from 'vitest';
import { testClaim } from '../../test-support/claims/small-draft';
import { claimListRow } from './claim-list-row';

describe('a claim list row’s date', () => {
  it('carries the word that leaves the date open ("since mid-2019"), and none for a day or span', () => {
    const since = testClaim('c1', {
      values: { dateStart: '2019-05-01', dateEnd: '2019-08-31', relation: 'since' },
    });
    expect(claimListRow(since, 'Draft', 'x').values).toEqual({
      dateStart: '2019-05-01',
      dateEnd: '2019-08-31',
      relation: 'since',
    });
    const on = testClaim('c2', { values: { dateStart: '2019-05-01', relation: 'on' } });
    expect(claimListRow(on, 'Draft', 'x').values).toEqual({ dateStart: '2019-05-01' });
    const till = testClaim('c3', { values: { dateStart: '2019-05-01', relation: 'till' } });
    expect(claimListRow(till, 'Draft', 'x').values?.relation).toBe('until');
  });
});
