import { describe, expect, it } from 'vitest';
import { citationToDraft, EMPTY_CITATION, toCitationInput, validateCitation } from './citation-draft';

describe('the citation form', () => {
  it('sends the archived URL, confidentiality and the chosen file token, and leaves blanks out', () => {
    const input = toCitationInput({
      ...EMPTY_CITATION,
      title: '  Briefing minutes ',
      archivedUrl: ' https://web.archive.org/x ',
      confidential: true,
      fileToken: 'fabc',
      fileName: 'minutes.pdf',
    });
    expect(input).toEqual({
      url: undefined,
      title: 'Briefing minutes',
      publisher: undefined,
      date: undefined,
      quote: '',
      stance: 'supports',
      locator: undefined,
      archivedUrl: 'https://web.archive.org/x',
      confidential: true,
      fileToken: 'fabc',
    });
    expect(toCitationInput({ ...EMPTY_CITATION, title: 'T' })).not.toHaveProperty('confidential');
    expect(toCitationInput({ ...EMPTY_CITATION, title: 'T' })).not.toHaveProperty('fileToken');
  });

  it('accepts a file alone, and refuses an archived URL that is not http(s)', () => {
    expect(validateCitation(EMPTY_CITATION)).toMatchObject({
      url: expect.any(String),
      title: expect.any(String),
    });
    expect(validateCitation({ ...EMPTY_CITATION, fileToken: 'f1', fileName: 'scan.png' })).toEqual({});
    expect(validateCitation({ ...EMPTY_CITATION, title: 'T', archivedUrl: 'javascript:alert(1)' })).toEqual({
      archivedUrl: expect.stringMatching(/starts with http:\/\/ or https:\/\//),
    });
  });

  it('brings a saved citation’s fields back for editing, with its file kept (no token)', () => {
    const draft = citationToDraft({
      title: 'Minutes',
      archivedUrl: 'https://web.archive.org/x',
      confidential: true,
      file: { name: 'minutes.pdf' },
    });
    expect(draft).toMatchObject({
      archivedUrl: 'https://web.archive.org/x',
      confidential: true,
      fileName: 'minutes.pdf',
      fileToken: null,
    });
    expect(toCitationInput(draft)).not.toHaveProperty('fileToken');
  });
});
