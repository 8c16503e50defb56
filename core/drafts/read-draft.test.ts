import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { decodeDraft, draftFromText, readDraftFile } from './read-draft';

describe('readDraftFile', () => {
  it.each([false, true])(
    'reads UTF-8 text with one kind of line ending and no byte-order mark (blocking: %s)',
    async (blocking) => {
      const path = join(await tempDir(), 'draft.txt');
      await writeFile(path, '\uFEFFHeadline\r\nBody “quoted”.\rEnd');
      expect(await readDraftFile(path, blocking)).toEqual({
        fileName: 'draft.txt',
        format: 'txt',
        text: 'Headline\nBody “quoted”.\nEnd',
      });
    },
  );

  it('reads UTF-16 with a byte-order mark and Windows-1252 text', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Some 13,000 soldiers', 'utf16le')]);
    expect(decodeDraft('a.txt', utf16)).toBe('Some 13,000 soldiers');
    expect(decodeDraft('b.txt', Buffer.from([0x93, 0x48, 0x69, 0x94]))).toBe('“Hi”');
  });

  it.each([false, true])(
    'refuses binary files, folders, huge files and formats it cannot read (blocking: %s)',
    async (blocking) => {
      const dir = await tempDir();
      await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
      await expect(readDraftFile(join(dir, 'image.txt'), blocking)).rejects.toThrow(
        'image.txt does not look like a text draft',
      );
      await expect(readDraftFile(join(dir, 'x.exe'), blocking)).rejects.toThrow(
        'x.exe is not a draft Factdesk can read',
      );
      const huge = await open(join(dir, 'huge.txt'), 'w');
      await huge.truncate(60 * 1024 * 1024);
      await huge.close();
      await expect(readDraftFile(join(dir, 'huge.txt'), blocking)).rejects.toThrow(
        'huge.txt is 60 MB; Factdesk reads drafts of up to 50 MB',
      );
      await expect(readDraftFile(join(dir, 'missing.md'), blocking)).rejects.toThrow(
        'Factdesk cannot read missing.md: it does not exist.',
      );
    },
  );

  it('checks text sent by the renderer the same way', () => {
    expect(draftFromText('C:\\drafts\\story.md', 'a\r\nb').fileName).toBe('story.md');
    expect(() => draftFromText('x.txt', 'a\0b')).toThrow(/binary data/);
  });
});
