import { describe, expect, it } from 'vitest';
import { CLAIM_ROOM, columnsWithoutRoom } from './column-room';

const columns = [
  { id: 'text', size: 0 },
  { id: 'kind', size: 90 },
  { id: 'status', size: 120 },
  { id: 'score', size: 70 },
  { id: 'citations', size: 80 },
  { id: 'assignee', size: 110 },
  { id: 'updatedAt', size: 150 },
];

describe('columns that give the Claim column its room', () => {
  it('keeps every column when there is room', () => {
    expect(columnsWithoutRoom(columns, 2000)).toEqual([]);
  });

  it('lets the least needed go first, just enough of them', () => {
    // 620 px of columns: 100 px short of room for the claim, so Last change (150) goes.
    expect(columnsWithoutRoom(columns, 620 + CLAIM_ROOM - 100)).toEqual(['updatedAt']);
    expect(columnsWithoutRoom(columns, 500)).toEqual(['updatedAt', 'score', 'assignee', 'citations']);
  });

  it('never takes the status away', () => {
    expect(columnsWithoutRoom(columns, 100)).not.toContain('status');
    expect(columnsWithoutRoom(columns, 100)).not.toContain('text');
  });
});
