import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, draftChoiceError, EXPORT_FORMATS, toReportOptions } from './export-choices';

describe('the draft with comments in the export choices', () => {
  it('is offered, needs one draft among several, and never appends the annotated drafts', () => {
    expect(EXPORT_FORMATS.find((entry) => entry.format === 'docx-comments')?.label).toBe(
      'Draft with comments (Word)',
    );
    const choices = { ...DEFAULT_CHOICES, format: 'docx-comments' as const, includeDraft: true };
    expect(draftChoiceError(choices, 1)).toBeUndefined();
    expect(draftChoiceError(choices, 2)).toBe('Choose the draft to write back with comments.');
    expect(draftChoiceError({ ...choices, documentId: 'd1' }, 2)).toBeUndefined();
    expect(draftChoiceError({ ...choices, format: 'docx' }, 2)).toBeUndefined();
    expect(toReportOptions({ ...choices, documentId: 'd1' })).toEqual({
      includeNotes: true,
      includeDraft: false,
      documentIds: ['d1'],
    });
  });
});
