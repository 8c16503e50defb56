// One line of `factdesk claims` as a checker reads it in a terminal: what it says of a claim a new
// version of the draft changed, and no space left at the end of the line.
import { describe, expect, it } from 'vitest';
import { claimLine } from './output';

const claim = {
  id: 'c75h8xk8t1c2e',
  status: 'unchecked' as const,
  kind: 'quantity' as const,
  score: 0.95,
  quote: 'Some 30,000 soldiers',
  citations: [],
};

describe('claimLine', () => {
  it('says a claim needs a re-check after a new version changed it', () => {
    const line = claimLine({ ...claim, needsRecheck: true });
    expect(line).toBe('c75h8xk8t1c2e  unchecked  quantity     0.95  Some 30,000 soldiers  [needs re-check]');
  });

  it('says nothing of a re-check when none is needed', () => {
    expect(claimLine({ ...claim, needsRecheck: false })).not.toContain('re-check');
  });

  it('ends on the last word; the citations and the re-check follow the quote two spaces apart', () => {
    expect(claimLine(claim)).toBe('c75h8xk8t1c2e  unchecked  quantity     0.95  Some 30,000 soldiers');
    const cited = claimLine({ ...claim, needsRecheck: true, citations: [{}, {}] as never });
    expect(cited).toBe(
      'c75h8xk8t1c2e  unchecked  quantity     0.95  Some 30,000 soldiers  [2 cited]  [needs re-check]',
    );
  });
});
