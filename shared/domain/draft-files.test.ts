import { describe, expect, it } from 'vitest';
import { draftFormats } from './enums';
import {
  DRAFT_ACCEPT,
  DRAFT_EXTENSIONS,
  draftExtensions,
  draftFormatOfName,
  draftTransportOf,
  READABLE_DRAFTS,
} from './draft-files';

describe('the table of draft files', () => {
  it('reads every extension as its format, in any case, and nothing else', () => {
    expect(draftFormatOfName('Story.XHTML')).toBe('html');
    expect(draftFormatOfName('notes.text')).toBe('txt');
    expect(draftFormatOfName('a.markdown')).toBe('md');
    expect(draftFormatOfName('report.docx')).toBe('docx');
    for (const name of ['old.doc', 'x.rtf', 'README', '.txt', 'folder.txt/file', 'toString', '__proto__'])
      expect(draftFormatOfName(name), name).toBeUndefined();
  });

  it('covers every format, sends plain files as text and the rest as bytes', () => {
    expect(new Set(Object.values(draftExtensions))).toEqual(new Set(draftFormats));
    expect(draftTransportOf('a.md')).toBe('text');
    expect(draftTransportOf('a.htm')).toBe('bytes');
    expect(draftTransportOf('a.pdf')).toBe('bytes');
    expect(draftTransportOf('a.odt')).toBeUndefined();
  });

  it('says the formats in one phrase and lists every extension for a file picker', () => {
    expect(READABLE_DRAFTS).toBe('.txt, .md, .html, .docx and .pdf');
    for (const extension of DRAFT_EXTENSIONS) expect(DRAFT_ACCEPT.split(',')).toContain(extension);
    expect(DRAFT_ACCEPT).toContain('application/pdf');
  });
});
