import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES } from './export-choices';
import { parseChoices } from './remembered-choices';

describe('the export dialog’s remembered choices', () => {
  it('come back as stored', () => {
    const stored = {
      format: 'csv',
      includeNotes: false,
      includeDraft: true,
      statuses: ['verified', 'disputed'],
      documentId: 'doc-1',
      organization: 'The Daily Check',
      baseUrl: 'https://example.org/report',
    };
    expect(parseChoices(JSON.stringify(stored))).toEqual(stored);
  });

  it('fall back field by field to the defaults when something stored is unusable', () => {
    expect(parseChoices(null)).toEqual(DEFAULT_CHOICES);
    expect(parseChoices('not json')).toEqual(DEFAULT_CHOICES);
    expect(parseChoices('[1,2]').format).toBe(DEFAULT_CHOICES.format);
    const odd = parseChoices(
      JSON.stringify({ format: 'exe', includeNotes: 'yes', statuses: ['wrong'], organization: 7 }),
    );
    expect(odd).toEqual(DEFAULT_CHOICES);
  });
});
