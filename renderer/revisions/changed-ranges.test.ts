import { describe, expect, it } from 'vitest';
import { changedRanges } from './changed-ranges';

describe('changedRanges', () => {
  it('places what the last version rewrote or added in its text, and counts what it removed outright', () => {
    const parts = [
      { kind: 'same', text: 'Riders will pay $' },
      { kind: 'removed', text: '27' },
      { kind: 'added', text: '31' },
      { kind: 'same', text: ' a month.\n\nThe board ' },
      { kind: 'added', text: 'now' },
      { kind: 'added', text: ' ' },
      { kind: 'added', text: 'plans' },
      { kind: 'same', text: ' more.\n' },
      { kind: 'removed', text: 'The depot closes by 2025.\n' },
    ] as const;
    const text = parts
      .filter((part) => part.kind !== 'removed')
      .map((part) => part.text)
      .join('');
    const { added, removed } = changedRanges({ documentId: 'd1', from: 1, to: 2, parts });
    expect(added.map((range) => text.slice(range.start, range.end))).toEqual(['31', 'now plans']);
    // "27" was rewritten as "31" (an added passage); only the depot sentence went outright.
    expect(removed).toBe(1);
  });

  it('finds nothing in a version that changed nothing', () => {
    expect(
      changedRanges({ documentId: 'd1', from: 1, to: 2, parts: [{ kind: 'same', text: 'All the same.' }] }),
    ).toEqual({ added: [], removed: 0 });
  });
});
