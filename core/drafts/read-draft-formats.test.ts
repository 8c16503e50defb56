import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { buildDocument } from './build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { draftFormatOf, draftFromBytes, draftFromText, readDraftFile } from './read-draft';
import { NEWS_PAGE } from '../../test-support/drafts/news-page';

describe('draft formats', () => {
  it('reads a saved web page from disk, with its headline and publication date on the document', async () => {
    const path = join(await tempDir(), 'story.html');
    await writeFile(path, NEWS_PAGE);
    const draft = await readDraftFile(path);
    expect(draft).toMatchObject({
      format: 'html',
      publicationDate: { date: '2022-02-03', source: 'metadata' },
    });
    const doc = buildDocument(findClaimsIn(draft), 'Ana');
    expect(doc.title).toBe('NATO warns of the largest Russian deployment in Belarus since the Cold War');
    expect(doc).toMatchObject({ documentDate: '2022-02-03', documentDateSource: 'metadata' });
    expect(doc.sourceFormat).toBe('html');
    const boilerplate = doc.boilerplate.map((span) => doc.text.slice(span.start, span.end));
    expect(boilerplate).toContain('Read more: Kazakhstan reaffirms its neutrality in foreign policy');
    for (const claim of doc.claims) expect(doc.text.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it('reads HTML sent as text or bytes by the renderer, and asks for bytes for Word and PDF', async () => {
    expect(draftFromText('page.htm', '<p>Prices rose 4%.</p><script>x()</script>').text).toBe(
      'Prices rose 4%.',
    );
    expect(
      (await draftFromBytes('C:\\in\\page.html', new TextEncoder().encode('<p>A</p><p>B</p>'))).text,
    ).toBe('A\n\nB');
    expect(() => draftFromText('a.docx', 'PK')).toThrow(
      'a.docx is a Word file, not text; send its bytes to import it.',
    );
    expect(() => draftFromText('a.pdf', '%PDF')).toThrow(
      'a.pdf is a PDF file, not text; send its bytes to import it.',
    );
    expect(() => draftFromText('empty.html', '<script>only()</script>')).toThrow(
      'empty.html has no readable text.',
    );
  });

  it('refuses a draft with no text in every format, from disk or from the renderer', async () => {
    const dir = await tempDir();
    for (const [name, content] of [
      ['empty.txt', ''],
      ['blank.md', ' \n\t\n'],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, content);
      await expect(readDraftFile(path), name).rejects.toThrow(`${name} has no text to check.`);
      expect(() => draftFromText(name, content), name).toThrow(`${name} has no text to check.`);
      await expect(draftFromBytes(name, Buffer.from(content)), name).rejects.toMatchObject({
        code: 'unreadable-draft',
      });
    }
  });

  it('names what it can read when a format is not supported', () => {
    expect(draftFormatOf('A.HTM')).toBe('html');
    expect(draftFormatOf('a.docx')).toBe('docx');
    expect(() => draftFormatOf('a.odt')).toThrow(
      'a.odt: Factdesk cannot read .odt drafts; save it as .docx, .pdf or .txt.',
    );
    expect(() => draftFormatOf('a.xls')).toThrow(
      'a.xls is not a draft Factdesk can read; it reads .txt, .md, .html, .docx and .pdf files.',
    );
  });
});
