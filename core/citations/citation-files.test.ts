import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachBytes } from './build-citation';
import { OpenProject } from '../project/open-project';
import { tempDir } from '../../test-support/temp-dir';

const SECRET = 'Recording of the source, who asked not to be named.';

describe('attachBytes (files uploaded from the web workbench)', () => {
  it('stores bytes encrypted in an encrypted project, once, under a name that hides the hash', async () => {
    const dir = join(await tempDir(), 'secret.factdesk');
    const project = await OpenProject.create(dir, 'Secret', {
      tool: 'test',
      passphrase: 'a long test passphrase',
      kdfLogN: 14,
    });
    try {
      const bytes = new TextEncoder().encode(SECRET);
      const first = await attachBytes(dir, 'source.m4a', bytes, project.codec);
      const again = await attachBytes(dir, 'copy.m4a', bytes, project.codec);
      expect(again.path).toBe(first.path);
      expect(first.path).not.toContain(first.sha256);
      expect(first.path).not.toMatch(/\.m4a$/);
      expect(await readdir(join(dir, 'attachments'))).toHaveLength(1);
      const stored = await readFile(join(dir, first.path));
      expect(stored.toString('latin1')).not.toContain('asked not to be named');
      expect(new TextDecoder().decode(project.codec.decode(stored, first.path))).toBe(SECRET);
    } finally {
      await project.close();
    }
  });
});
