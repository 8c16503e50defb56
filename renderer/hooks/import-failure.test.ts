// What the workbench says of a draft an import refused: the file is named once, first.
import { describe, expect, it } from 'vitest';
import { failureSentence, NOT_A_DRAFT } from './use-import';

describe('failureSentence', () => {
  it('does not name the file twice when the reason names it ("empty.txt: empty.txt has no text")', () => {
    const failure = {
      file: 'empty.txt',
      error: 'empty.txt has no text to check.',
      code: 'unreadable-draft',
    } as const;
    expect(failureSentence(failure)).toBe('empty.txt has no text to check.');
  });

  it('puts the file name before a reason that does not name it', () => {
    const failure = { file: 'photo.png', error: NOT_A_DRAFT, code: 'unreadable-draft' } as const;
    expect(failureSentence(failure)).toBe(`photo.png: ${NOT_A_DRAFT}`);
  });
});
