import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import { workerRunner } from '../extraction/extraction-runner';
import { claimRecords } from '../../test-support/claim-records';

// The web workbench's services, with the real worker the shells use (it loads the language detector).
const worker = workerRunner(new URL('../../dist/workers/extract-worker.mjs', import.meta.url));

describe("a draft's language through the web workbench services", () => {
  it('is detected at import, corrected by the checker, kept when claims are found again, and undone', async () => {
    const { call } = await servicesWithRouter({ extraction: worker });
    await call('project:create', { dir: join(await tempDir(), 'lang.factdesk'), title: 'Languages' });
    const text = await readFile('resources/samples/languages/es-otan-2022.txt', 'utf8');
    const [document] = (await call('documents:importText', { fileName: 'otan.txt', text })).imported;
    const documentId = document!.id;
    expect((await call('document:get', { documentId })).language).toBe('es');
    const found = await claimRecords(call);
    expect(found.every((row) => row.language === 'es')).toBe(true);

    const changes = await call('document:setLanguage', { documentId, language: 'fr' });
    expect(changes.updated.length).toBeGreaterThan(0);
    expect(await call('document:get', { documentId })).toMatchObject({
      language: 'fr',
      languageChosen: true,
    });
    expect((await claimRecords(call)).every((row) => row.language === 'fr')).toBe(true);

    // Finding claims again reads the draft in the chosen language, not the detected one.
    await call('document:reextract', { documentId });
    expect((await claimRecords(call)).every((row) => row.language === 'fr')).toBe(true);
    await call('edit:undo', {});
    expect((await call('edit:undo', {})).label).toBe("setting the draft's language");
    const undone = await call('document:get', { documentId });
    expect(undone.language).toBe('es');
    expect(undone.languageChosen).toBeUndefined();
    expect((await claimRecords(call)).every((row) => row.language === 'es')).toBe(true);

    for (const language of ['Spanish', 'FR', '', 'e']) {
      await expect(call('document:setLanguage', { documentId, language })).rejects.toThrow();
    }
  });
});
