import { describe, expect, it } from 'vitest';
import { claimListRow } from '../../shared/ipc/claim-list-row';
import { testClaim } from '../../test-support/claims/small-draft';
import { sortContext, sortPositions } from './claim-sorting';

describe('sorting by Claim', () => {
  it('follows the words the cell shows first (the quote), leading quote marks and ellipses aside', () => {
    const claims = [
      ['…for ten days', 'Minsk will hold exercises for ten days.'],
      ['“We have cut crime', '“We have cut crime by 40 percent,” said Tom Brown.'],
      ['Some 13,000 soldiers', 'Amid the build-up, some 13,000 soldiers took part.'],
      ['another 3,500', 'another 3,500 paratroopers'],
    ].map(([quote, text], index) =>
      claimListRow(testClaim(`c${index}`, { quote: quote!, text: text!, history: [] }), 'Draft', 'x'),
    );
    const order = sortPositions([0, 1, 2, 3], claims, [{ id: 'text', desc: false }], sortContext(claims));
    expect(order.map((position) => claims[position]!.quote)).toEqual([
      'another 3,500',
      '…for ten days',
      'Some 13,000 soldiers',
      '“We have cut crime',
    ]);
  });
});
