import { CitationInputSchema } from '../../shared/ipc/citation-input';
import { describe, expect, it } from 'vitest';
import {
  citationToDraft,
  EMPTY_CITATION,
  sourceToDraft,
  toCitationInput,
  validateCitation,
} from './citation-draft';

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

  it('says which field is longer than Factdesk keeps, at the bound the contract enforces', () => {
    const title = 'T'.repeat(1_001);
    expect(validateCitation({ ...EMPTY_CITATION, title })).toEqual({
      title: 'The title is 1,001 characters long; Factdesk keeps at most 1,000.',
    });
    expect(() => CitationInputSchema.parse(toCitationInput({ ...EMPTY_CITATION, title }))).toThrow();
    const quote = 'q'.repeat(20_001);
    expect(validateCitation({ ...EMPTY_CITATION, title: 'T', quote })).toEqual({
      quote: 'The quote is 20,001 characters long; Factdesk keeps at most 20,000.',
    });
    const fits = { ...EMPTY_CITATION, title: 'T'.repeat(1_000), quote: 'q'.repeat(20_000) };
    expect(validateCitation(fits)).toEqual({});
    expect(() => CitationInputSchema.parse(toCitationInput(fits))).not.toThrow();
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

  it('reuses a source with its file named by sha256, unless another file is chosen or it is removed', () => {
    const sha256 = 'ab'.repeat(32);
    const draft = sourceToDraft({
      key: `file:${sha256}`,
      title: 'Minutes',
      publisher: 'NATO',
      file: { name: 'minutes.pdf', path: `attachments/${sha256}.pdf`, sha256, size: 10 },
      usages: [{ claimId: 'c1', documentId: 'd1', citationId: 's1', stance: 'refutes', quote: 'q' }],
    });
    expect(draft).toMatchObject({ title: 'Minutes', publisher: 'NATO', quote: '', fileName: 'minutes.pdf' });
    expect(toCitationInput(draft)).toMatchObject({ attachmentSha256: sha256 });
    expect(toCitationInput(draft)).not.toHaveProperty('fileToken');
    const other = toCitationInput({ ...draft, fileToken: 'f2', fileName: 'other.pdf' });
    expect(other).toMatchObject({ fileToken: 'f2' });
    expect(other).not.toHaveProperty('attachmentSha256');
    expect(toCitationInput({ ...draft, attachmentSha256: null })).not.toHaveProperty('attachmentSha256');
    expect(sourceToDraft({ key: 'title:x', title: 'X', usages: [] }).attachmentSha256).toBeNull();
    expect(toCitationInput(citationToDraft({ title: 'T', file: { name: 'a.pdf' } }))).not.toHaveProperty(
      'attachmentSha256',
    );
  });
});
