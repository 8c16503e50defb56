import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOADED_ATTACHMENT_BYTES } from '../../shared/ipc/citation-transfer';
import { noDialogs, type Dialogs } from '../index';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Real services with a project holding the sample draft; `dialogs` as a shell would pass them. */
async function projectWith(dialogs: Dialogs, mode: 'desktop' | 'web') {
  const harness = await servicesWithRouter({ mode, dialogs });
  const folder = await tempDir();
  await harness.call('app:setChecker', { name: 'Ana' });
  await harness.call('project:create', { dir: join(folder, 'Desk.factdesk'), title: 'Desk' });
  await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  const [first, second] = await claimRecords(harness.call);
  return { ...harness, folder, project: join(folder, 'Desk.factdesk'), first: first!, second: second! };
}

describe('attaching a local file to a citation', () => {
  it('copies the file the desktop dialog chose into attachments/ with its sha256, and refuses paths it did not choose', async () => {
    const folder = await tempDir();
    const evidence = join(folder, 'minutes.pdf');
    await writeFile(evidence, '%PDF-1.4 minutes of the meeting');
    const dialogs: Dialogs = { ...noDialogs, chooseCitationFile: async () => evidence };
    const { services, call, raw, project, first } = await projectWith(dialogs, 'desktop');
    try {
      const chosen = await call('dialog:chooseCitationFile', {});
      expect(chosen).toMatchObject({ name: 'minutes.pdf', size: 31 });
      const row = await call('claim:addCitation', {
        claimId: first.id,
        citation: { fileToken: chosen!.token, title: '', quote: '', stance: 'supports' },
      });
      const file = row.citations[0]!.file!;
      const hash = sha256(await readFile(evidence));
      expect(file).toEqual({ name: 'minutes.pdf', path: `attachments/${hash}.pdf`, sha256: hash, size: 31 });
      expect(row.citations[0]!.title).toBe('minutes.pdf');
      expect(await readFile(join(project, file.path), 'utf8')).toBe('%PDF-1.4 minutes of the meeting');

      // A token is spent once; a path the renderer names itself is refused.
      const again = await raw('claim:addCitation', {
        claimId: first.id,
        citation: { fileToken: chosen!.token, title: 'x', quote: '', stance: 'supports' },
      });
      expect(again).toEqual({
        ok: false,
        error: {
          code: 'not-found',
          message: 'The chosen file is no longer waiting to be attached; choose it again.',
        },
      });
      const typed = await raw('claim:addCitation', {
        claimId: first.id,
        citation: { filePath: '/etc/passwd', title: 'x', quote: '', stance: 'supports' },
      });
      expect(typed).toEqual({
        ok: false,
        error: {
          code: 'refused',
          message: 'Factdesk attaches only a file chosen in its own file dialog; choose the file again.',
        },
      });
      expect((await claimRecords(call))[0]!.citations).toHaveLength(1);
    } finally {
      await services.close();
    }
  });

  it('attaches bytes the web workbench uploads, within 25 MB, with one clear sentence for each refusal', async () => {
    const { services, call, raw, project, first, second } = await projectWith(noDialogs, 'web');
    try {
      expect(await raw('dialog:chooseCitationFile', {})).toEqual({
        ok: false,
        error: {
          code: 'unavailable',
          message: 'This workbench has no file dialog; choose the file with the Attach file field.',
        },
      });
      const text = 'Recording transcript, 3 February 2022.';
      const uploaded = await call('citation:uploadFile', {
        fileName: '../../secret\u0007/transcript.txt',
        base64: Buffer.from(text).toString('base64'),
      });
      expect(uploaded).toMatchObject({ name: 'transcript.txt', size: text.length });
      // A wrong URL is refused before anything is copied, and the chosen file waits for the retry.
      expect(
        await raw('claim:addCitation', {
          claimId: first.id,
          citation: {
            fileToken: uploaded.token,
            url: 'javascript:alert(1)',
            title: 'T',
            quote: '',
            stance: 'refutes',
          },
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'refused', message: expect.stringMatching(/must start with https:\/\/ or http:\/\//) },
      });
      const row = await call('claim:addCitation', {
        claimId: first.id,
        citation: {
          fileToken: uploaded.token,
          title: 'Transcript',
          quote: '',
          stance: 'refutes',
          archivedUrl: 'https://archive.example/t',
          confidential: true,
        },
      });
      const file = row.citations[0]!.file!;
      expect(file).toMatchObject({ name: 'transcript.txt', sha256: sha256(text), size: text.length });
      expect(row.citations[0]).toMatchObject({
        archivedUrl: 'https://archive.example/t',
        confidential: true,
      });
      expect(await readFile(join(project, file.path), 'utf8')).toBe(text);

      // Editing keeps the file when no new one is chosen.
      const edited = await call('claim:updateCitation', {
        claimId: first.id,
        citationId: row.citations[0]!.id,
        citation: { title: 'Transcript (edited)', quote: 'q', stance: 'refutes' },
      });
      expect(edited.citations[0]).toMatchObject({ title: 'Transcript (edited)', file });

      const tooLarge = Buffer.alloc(MAX_UPLOADED_ATTACHMENT_BYTES + 1).toString('base64');
      expect(await raw('citation:uploadFile', { fileName: 'huge.bin', base64: tooLarge })).toEqual({
        ok: false,
        error: {
          code: 'too-large',
          message:
            'huge.bin is larger than 25 MB, too large to attach in the browser; attach it in the desktop app or with factdesk cite --file.',
        },
      });
      expect(await raw('citation:uploadFile', { fileName: 'a.txt', base64: '!!!' })).toEqual({
        ok: false,
        error: {
          code: 'refused',
          message: 'The bytes of a.txt did not arrive intact; choose the file again.',
        },
      });
      expect(await raw('citation:uploadFile', { fileName: 'empty.txt', base64: '' })).toEqual({
        ok: false,
        error: { code: 'refused', message: 'empty.txt is empty, so there is nothing to attach.' },
      });
      expect(
        await raw('claim:addCitation', {
          claimId: second.id,
          citation: { fileToken: 'fdeadbeef', title: 'x', quote: '', stance: 'context' },
        }),
      ).toEqual({
        ok: false,
        error: {
          code: 'not-found',
          message: 'The chosen file is no longer waiting to be attached; choose it again.',
        },
      });
    } finally {
      await services.close();
    }
  });
});

describe('citations in and out over IPC', () => {
  it('exports the sources as BibTeX, RIS and CSL-JSON and imports a references file into a claim (undoable)', async () => {
    const { services, call, raw, first, second } = await projectWith(noDialogs, 'web');
    try {
      await call('claim:addCitation', {
        claimId: first.id,
        citation: {
          url: 'https://stat.example/lfs',
          title: 'Labour force survey',
          quote: '',
          stance: 'supports',
        },
      });
      await call('claim:addCitation', {
        claimId: first.id,
        citation: { title: 'Ministry insider', quote: '', stance: 'refutes', confidential: true },
      });
      const bib = await call('citations:export', { format: 'bibtex' });
      expect(bib).toMatchObject({ fileName: 'Desk sources.bib', count: 1, withheld: 1 });
      expect(bib.text).toContain('Labour force survey');
      expect(bib.text).not.toContain('Ministry insider');
      const csl = await call('citations:export', { format: 'csl', includeConfidential: true });
      expect(csl).toMatchObject({ fileName: 'Desk sources.json', mimeType: 'application/json', count: 2 });
      expect(JSON.parse(csl.text)).toHaveLength(2);
      const ris = await call('citations:export', { format: 'ris' });
      expect(ris.text).toMatch(/TI {2}- Labour force survey/);

      const imported = await call('citations:import', {
        claimId: second.id,
        fileName: 'refs.ris',
        text: `${ris.text}TY  - ELEC\nN1  - no title here\nER  - \n`,
        stance: 'context',
      });
      expect(imported).toMatchObject({ added: 1, skipped: 1, claim: { id: second.id } });
      const [, after] = await claimRecords(call);
      expect(after!.citations).toEqual([
        expect.objectContaining({
          title: 'Labour force survey',
          url: 'https://stat.example/lfs',
          stance: 'context',
        }),
      ]);
      await call('edit:undo', {});
      expect((await claimRecords(call))[1]!.citations).toEqual([]);

      expect(await raw('citations:import', { claimId: second.id, fileName: 'refs.docx', text: 'x' })).toEqual(
        {
          ok: false,
          error: {
            code: 'refused',
            message:
              'refs.docx is not a references file Factdesk can read; it reads .bib, .ris and CSL .json files.',
          },
        },
      );
      expect(
        await raw('citations:import', { claimId: second.id, fileName: 'refs.bib', text: '@article{' }),
      ).toMatchObject({
        ok: false,
        error: { message: expect.not.stringMatching(/\n\s+at /) },
      });
      expect(await raw('citations:export', { format: 'endnote' })).toMatchObject({ ok: false });
    } finally {
      await services.close();
    }
  });
});
