import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../domain/claim';
import { statementsThen } from './statements-then';

const at = '2026-12-01T10:00:00.000Z';
const entry = (action: HistoryEntry['action'], from?: string, to?: string): HistoryEntry => ({
  at,
  by: 'Ana',
  action,
  ...(from !== undefined && { from }),
  ...(to !== undefined && { to }),
});

describe('the statement as it read at each change', () => {
  it('puts the old quote back for what came before a new version changed it', () => {
    const history = [
      entry('found'),
      entry('status', 'unchecked', 'verified'),
      entry('revised', '$27 million', '$31 million'),
      entry('status', 'unchecked', 'disputed'),
    ];
    expect(statementsThen('The council approved a $31 million budget.', history)).toEqual([
      'The council approved a $27 million budget.',
      'The council approved a $27 million budget.',
      'The council approved a $31 million budget.',
      'The council approved a $31 million budget.',
    ]);
  });

  it('takes a restatement’s own words for what came before it', () => {
    const history = [
      entry('status', 'unchecked', 'verified'),
      entry('restated', 'Unemployment fell to 3.5 percent.', 'Unemployment fell to 3.5% in May.'),
    ];
    expect(statementsThen('Unemployment fell to 3.5% in May.', history)).toEqual([
      'Unemployment fell to 3.5 percent.',
      'Unemployment fell to 3.5% in May.',
    ]);
  });

  it('leaves the statement as it is when a removal or a restatement since hides the old words', () => {
    const history = [
      entry('status', 'unchecked', 'verified'),
      entry('revised', '40 percent', ''),
      entry('revised', '12 people', '14 people'),
    ];
    expect(statementsThen('Crime fell sharply.', history)).toEqual([
      'Crime fell sharply.',
      'Crime fell sharply.',
      'Crime fell sharply.',
    ]);
  });
});
