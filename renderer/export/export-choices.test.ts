import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICES,
  draftChoiceError,
  EXPORT_FORMATS,
  exportedMessage,
  toReportOptions,
} from './export-choices';

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

describe('the notice after an export', () => {
  it("says what was written and where, with the report's own sentence, saved or downloaded alike", () => {
    const notice = '1 checked claim was not found in the text of draft.docx; its comment is at its end.';
    expect(exportedMessage('docx-comments', { savedTo: '/home/ana/Draft with comments.docx' }, notice)).toBe(
      `Draft with comments saved to /home/ana/Draft with comments.docx. ${notice}`,
    );
    expect(exportedMessage('docx-comments', { downloadedAs: 'Draft with comments.docx' }, notice)).toBe(
      `Draft with comments downloaded as Draft with comments.docx. ${notice}`,
    );
    expect(exportedMessage('html', { savedTo: '/tmp/Desk report.html' })).toBe(
      'Report saved to /tmp/Desk report.html.',
    );
  });
});
