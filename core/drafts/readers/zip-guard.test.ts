import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lyingZip, zipBombDocx } from '../../../test-support/drafts/zip-bombs';
import { checkZipArchive, DEFAULT_ZIP_LIMITS } from './zip-guard';

describe('checkZipArchive', () => {
  it('lists the entries of an ordinary archive', () => {
    const bytes = zipSync({
      'word/document.xml': new TextEncoder().encode('<w:document/>'),
      'a.txt': new Uint8Array(10),
    });
    expect(checkZipArchive('ok.docx', bytes).sort()).toEqual(['a.txt', 'word/document.xml']);
  });

  it('refuses a zip bomb by its ratio, small on disk', () => {
    const bomb = zipBombDocx(40);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => checkZipArchive('bomb.docx', bomb)).toThrow(
      /^bomb\.docx was refused because it unpacks to \d+ times its size; it may be a zip bomb/,
    );
  });

  it('refuses an archive over the size limit, and one that lies about its sizes', () => {
    const bomb = zipBombDocx(3);
    expect(() =>
      checkZipArchive('big.docx', bomb, {
        ...DEFAULT_ZIP_LIMITS,
        maxTotalBytes: 2 * 1024 * 1024,
        maxRatio: 1e9,
      }),
    ).toThrow('big.docx was refused because it unpacks to 3 MB, over the 2 MB limit');
    expect(() => checkZipArchive('liar.docx', lyingZip(), { ...DEFAULT_ZIP_LIMITS, maxRatio: 1e9 })).toThrow(
      /liar\.docx was refused because word\/document\.xml unpacks to more than the archive says/,
    );
  });

  it('refuses a truncated archive as damaged', () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(1000).fill(65) });
    expect(() => checkZipArchive('cut.docx', bytes.subarray(0, bytes.length - 30))).toThrow(
      'cut.docx is damaged or is not a Word document: its zip archive cannot be read.',
    );
  });
});
