import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactdeskDocument } from '../../shared/domain';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

const EVIDENCE = 'Minutes of the briefing, 3 February 2022: some 13,000 soldiers.';
const HASH = createHash('sha256').update(EVIDENCE).digest('hex');

/** A project on disk with the sample draft whose first claim cites an uploaded file. */
async function projectWithAttachedSource() {
  const harness = await servicesWithRouter({ mode: 'web' });
  const dir = join(await tempDir(), 'Desk.factdesk');
  await harness.call('project:create', { dir, title: 'Desk' });
  await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  const [first, second, third] = await claimRecords(harness.call);
  const uploaded = await harness.call('citation:uploadFile', {
    fileName: 'minutes.txt',
    base64: Buffer.from(EVIDENCE).toString('base64'),
  });
  await harness.call('claim:addCitation', {
    claimId: first!.id,
    citation: { fileToken: uploaded.token, title: 'Briefing minutes', quote: '', stance: 'supports' },
  });
  return { ...harness, dir, first: first!, second: second!, third: third! };
}

/** Every citation's file entry as the project's document files on disk hold them. */
async function filesOnDisk(dir: string) {
  const names = (await readdir(join(dir, 'documents'))).filter((name) => /^[^.]+\.json$/.test(name));
  const files = [];
  for (const name of names) {
    const doc = JSON.parse(await readFile(join(dir, 'documents', name), 'utf8')) as FactdeskDocument;
    for (const claim of doc.claims) for (const citation of claim.citations) files.push(citation.file);
  }
  return files;
}

describe('reusing a source attaches the file the project already holds', () => {
  it('gives the new citation the same file entry, with no second copy in attachments/', async () => {
    const { services, call, dir, second } = await projectWithAttachedSource();
    try {
      const [source] = await call('sources:list', {});
      expect(source!.file).toMatchObject({ name: 'minutes.txt', sha256: HASH });
      const row = await call('claim:addCitation', {
        claimId: second.id,
        citation: {
          attachmentSha256: HASH,
          title: 'Briefing minutes',
          quote: 'some 13,000 soldiers',
          stance: 'context',
        },
      });
      const expected = {
        name: 'minutes.txt',
        path: `attachments/${HASH}.txt`,
        sha256: HASH,
        size: EVIDENCE.length,
      };
      expect(row.citations).toEqual([expect.objectContaining({ stance: 'context', file: expected })]);
      await services.close(); // everything written and the lock let go before reading the folder
      expect(await filesOnDisk(dir)).toEqual([expected, expected]);
      expect(await readdir(join(dir, 'attachments'))).toEqual([`${HASH}.txt`]);
      expect(await readFile(join(dir, 'attachments', `${HASH}.txt`), 'utf8')).toBe(EVIDENCE);
    } finally {
      await services.close();
    }
  });

  it('refuses an unknown, forged or vanished attachment with one sentence, changing nothing', async () => {
    const { services, call, raw, dir, second, third } = await projectWithAttachedSource();
    const cite = (claimId: string, citation: Record<string, unknown>) =>
      raw('claim:addCitation', {
        claimId,
        citation: { title: 'T', quote: '', stance: 'supports', ...citation },
      });
    const gone = {
      ok: false,
      error: {
        code: 'not-found',
        message:
          'The file of this source is no longer in the project, so it cannot be attached again; choose the file again.',
      },
    };
    try {
      // A well-formed hash of bytes this project never stored.
      expect(await cite(second.id, { attachmentSha256: 'a'.repeat(64) })).toEqual(gone);
      // Anything but 64 lowercase hex digits never reaches the service: no path can pass as a hash.
      for (const forged of ['../attachments/x', HASH.toUpperCase(), `${HASH}.txt`, '/etc/passwd'])
        expect(await cite(second.id, { attachmentSha256: forged })).toEqual({
          ok: false,
          error: {
            code: 'invalid-request',
            message:
              'Factdesk refused a malformed request to claim:addCitation (citation.attachmentSha256); nothing was changed.',
          },
        });
      // A new file and a reused one at once is ambiguous.
      const uploaded = await call('citation:uploadFile', {
        fileName: 'other.txt',
        base64: Buffer.from('Other bytes.').toString('base64'),
      });
      expect(await cite(second.id, { attachmentSha256: HASH, fileToken: uploaded.token })).toEqual({
        ok: false,
        error: {
          code: 'refused',
          message: 'A citation attaches one file: either a newly chosen one or one already in the project.',
        },
      });
      // The stored copy deleted (or cut short) behind Factdesk's back.
      const stored = join(dir, 'attachments', `${HASH}.txt`);
      await writeFile(stored, EVIDENCE.slice(0, 10));
      expect(await cite(third.id, { attachmentSha256: HASH })).toEqual(gone);
      await rm(stored);
      expect(await cite(third.id, { attachmentSha256: HASH })).toEqual(gone);
      const rows = await claimRecords(call);
      expect(rows.filter((row) => row.citations.length > 0)).toHaveLength(1);
    } finally {
      await services.close();
    }
  });

  it('keeps an edited citation’s own file when the edit names none', async () => {
    const { services, call, first } = await projectWithAttachedSource();
    try {
      const [row] = await claimRecords(call);
      const citation = row!.citations[0]!;
      const edited = await call('claim:updateCitation', {
        claimId: first.id,
        citationId: citation.id,
        citation: { title: 'Briefing minutes (edited)', quote: '', stance: 'supports' },
      });
      expect(edited.citations[0]).toMatchObject({ title: 'Briefing minutes (edited)', file: citation.file });
    } finally {
      await services.close();
    }
  });
});
