import { describe, expect, it } from 'vitest';
import { editScript } from './edit-script';
import { diffTexts, mapOffset, spanUntouched, type DiffPart } from './text-diff';

/** Rebuilds both texts from the parts, so the diff provably covers each one in order. */
function rebuild(parts: readonly DiffPart[], oldText: string, newText: string): [string, string] {
  let left = '';
  let right = '';
  for (const part of parts) {
    left += oldText.slice(part.oldStart, part.oldEnd);
    right += newText.slice(part.newStart, part.newEnd);
  }
  return [left, right];
}

function marked(parts: readonly DiffPart[], oldText: string, newText: string): string {
  return parts
    .map((p) =>
      p.kind === 'same'
        ? oldText.slice(p.oldStart, p.oldEnd)
        : p.kind === 'removed'
          ? `[-${oldText.slice(p.oldStart, p.oldEnd)}]`
          : `[+${newText.slice(p.newStart, p.newEnd)}]`,
    )
    .join('');
}

describe('editScript (Myers)', () => {
  it('finds the shortest script between two sequences', () => {
    const a = [...'ABCABBA'].map((c) => c.charCodeAt(0));
    const b = [...'CBABAC'].map((c) => c.charCodeAt(0));
    const steps = editScript(a, b)!;
    expect(steps.filter((s) => s !== 'same')).toHaveLength(5);
    expect(steps.filter((s) => s !== 'added')).toHaveLength(a.length);
    expect(steps.filter((s) => s !== 'removed')).toHaveLength(b.length);
  });

  it('handles empty sides and gives up past its edit budget', () => {
    expect(editScript([], [1, 2])).toEqual(['added', 'added']);
    expect(editScript([1], [])).toEqual(['removed']);
    expect(editScript([1, 2, 3], [4, 5, 6], 2)).toBeNull();
  });
});

describe('diffTexts', () => {
  it('marks a changed figure as one word removed and one added, separators and all', () => {
    const oldText = 'Intro.\nSome 13,000 soldiers came.\nEnd.\n';
    const newText = 'Intro.\nSome 30,000 soldiers came.\nEnd.\n';
    const parts = diffTexts(oldText, newText);
    expect(rebuild(parts, oldText, newText)).toEqual([oldText, newText]);
    expect(marked(parts, oldText, newText)).toBe('Intro.\nSome [-13,000][+30,000] soldiers came.\nEnd.\n');
    const figures = [
      'another 3,500 paratroopers and 3.5 percent, 30km',
      'another 4,000 paratroopers and 4.25 percent, 30km',
    ];
    expect(marked(diffTexts(figures[0]!, figures[1]!), figures[0]!, figures[1]!)).toBe(
      'another [-3,500][+4,000] paratroopers and [-3.5][+4.25] percent, 30km',
    );
  });

  it('shows a moved paragraph as removed in one place and added in another', () => {
    const oldText = 'Alpha one.\nBravo two.\nCharlie three.\n';
    const newText = 'Bravo two.\nCharlie three.\nAlpha one.\n';
    const parts = diffTexts(oldText, newText);
    expect(rebuild(parts, oldText, newText)).toEqual([oldText, newText]);
    expect(marked(parts, oldText, newText)).toBe(
      '[-Alpha one.\n]Bravo two.\nCharlie three.\n[+Alpha one.\n]',
    );
    expect(spanUntouched(parts, oldText.indexOf('Bravo'), oldText.indexOf('Bravo') + 5)).toBe(true);
    expect(spanUntouched(parts, 0, 5)).toBe(false);
  });

  it('maps old offsets through the edit', () => {
    const oldText = 'Keep this. Drop that. Keep the end.';
    const newText = 'Keep this. Keep the end.';
    const parts = diffTexts(oldText, newText);
    const end = oldText.indexOf('Keep the end');
    expect(mapOffset(parts, end, 'start')).toEqual({ at: newText.indexOf('Keep the end'), kept: true });
    expect(mapOffset(parts, oldText.indexOf('Drop'), 'start').kept).toBe(false);
  });

  it('survives identical, emptied and wholly new texts', () => {
    expect(diffTexts('same\n', 'same\n')).toEqual([
      { kind: 'same', oldStart: 0, oldEnd: 5, newStart: 0, newEnd: 5 },
    ]);
    expect(diffTexts('gone', '').map((p) => p.kind)).toEqual(['removed']);
    expect(diffTexts('', 'new').map((p) => p.kind)).toEqual(['added']);
  });

  it('counts a block past the edit budget as replaced whole', () => {
    const words = (seed: number) =>
      Array.from({ length: 1500 }, (_, i) => `w${(i * 7919 + seed) % 100_003}`).join(' ');
    const oldText = `Kept.\n${words(1)}\nKept too.\n`;
    const newText = `Kept.\n${words(2)}\nKept too.\n`;
    const parts = diffTexts(oldText, newText);
    expect(rebuild(parts, oldText, newText)).toEqual([oldText, newText]);
    expect(parts.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
  });
});
