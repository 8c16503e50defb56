// eld's tables bundled as JSON (the build's plugin) hold the package's data and detect exactly as the
// package does: a bundle built with the plugin is run on the repository's samples, paragraph by paragraph.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { sampleDraftTexts } from '../test-support/repo-files';
import { tempDir } from '../test-support/temp-dir';
import { eldTablesAsJson, eldTablesModule } from './eld-tables-as-json.mjs';

const tables = join(process.cwd(), 'node_modules/eld/src/ngrams/extrasmall.js');

/** Every paragraph of the repository's sample drafts, English and the other languages. */
function sampleParagraphs(): string[] {
  return sampleDraftTexts().flatMap((text) => text.split(/\r?\n/).filter((line) => line.trim() !== ''));
}

describe('eld tables as JSON', () => {
  it('hold the same data as the package module', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tables.mjs');
    const text = await eldTablesModule(tables);
    expect(text).toMatch(/^export const ngramsData = JSON\.parse\("/);
    await writeFile(path, text);
    const { ngramsData: asJson } = (await import(pathToFileURL(path).href)) as { ngramsData: unknown };
    const { ngramsData: original } = (await import(pathToFileURL(tables).href)) as { ngramsData: unknown };
    expect(asJson).toEqual(original);
  });

  it('detect what the package detects, in a bundle built with the plugin', async () => {
    const dir = await tempDir();
    const entry = join(dir, 'entry.mjs');
    await writeFile(
      entry,
      "import { eld } from 'eld/extrasmall';\n" +
        'export const detect = (text) => { const r = eld.detect(text); return [r.language, r.isReliable()]; };\n',
    );
    const out = join(dir, 'bundle.mjs');
    const result = await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      nodePaths: [join(process.cwd(), 'node_modules')],
      plugins: [eldTablesAsJson()],
      metafile: true,
      logLevel: 'silent',
    });
    expect(await readFile(out, 'utf8')).toContain('JSON.parse(');
    expect(Object.keys(result.metafile.inputs).some((input) => input.endsWith('ngrams/extrasmall.js'))).toBe(
      true,
    );
    const { detect } = (await import(pathToFileURL(out).href)) as {
      detect: (text: string) => [string, boolean];
    };
    const paragraphs = sampleParagraphs();
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const paragraph of paragraphs) {
      const expected = eld.detect(paragraph);
      expect(detect(paragraph), paragraph.slice(0, 60)).toEqual([expected.language, expected.isReliable()]);
    }
  });
});
