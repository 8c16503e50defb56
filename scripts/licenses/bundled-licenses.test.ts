import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeDatasets,
  licenseOf,
  packageDirOf,
  recordBundledPackages,
  vendoredSources,
} from './bundled-licenses.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'factdesk-licenses-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakePackage(dir: string, manifest: Record<string, unknown>, licence?: [string, string]): void {
  mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, dir, 'package.json'), JSON.stringify(manifest));
  if (licence) writeFileSync(path.join(root, dir, licence[0]), licence[1]);
}

describe('which package a bundled file belongs to', () => {
  it('is the innermost node_modules entry, scoped or not, on any platform', () => {
    expect(packageDirOf('node_modules/react/cjs/react.production.js')).toBe('node_modules/react');
    expect(packageDirOf('/repo/node_modules/@tanstack/table-core/build/lib/index.mjs')).toBe(
      '/repo/node_modules/@tanstack/table-core',
    );
    expect(packageDirOf('node_modules/mammoth/node_modules/lop/lib/index.js')).toBe(
      'node_modules/mammoth/node_modules/lop',
    );
    expect(packageDirOf('C:\\repo\\node_modules\\zod\\v4\\index.js')).toBe('C:/repo/node_modules/zod');
    expect(packageDirOf('\0node_modules/vite/preload-helper.js')).toBe('node_modules/vite');
    expect(packageDirOf('shared/ipc/contract.ts')).toBeNull();
    expect(packageDirOf('node_modules/@scope')).toBeNull();
  });

  it('finds code another package built in, from its source map', () => {
    expect(
      vendoredSources({
        sources: [
          'webpack://pdf.js/node_modules/core-js/internals/a.js',
          '../../node_modules/react/index.js',
          'webpack://pdf.js/src/x.js',
        ],
      }),
    ).toEqual(['webpack://pdf.js/node_modules/core-js/internals/a.js']);
  });
});

describe('the licence a package declares', () => {
  it('reads SPDX strings, old { type } objects and licenses lists', () => {
    expect(licenseOf({ license: 'MIT' })).toBe('MIT');
    expect(licenseOf({ license: { type: 'BSD-2-Clause' } })).toBe('BSD-2-Clause');
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenseOf({})).toBe('UNKNOWN');
  });
});

describe('licenses.json', () => {
  it('records each output’s packages, with their licence files, and replaces only the outputs rebuilt', () => {
    fakePackage('.', { name: 'factdesk', productName: 'Factdesk', version: '1.2.3', license: 'MIT' }, [
      'LICENSE',
      'MIT License (app)',
    ]);
    fakePackage('node_modules/alpha', { name: 'alpha', version: '1.0.0', license: 'MIT' }, [
      'LICENSE.md',
      'alpha licence',
    ]);
    fakePackage('node_modules/@s/beta', { name: '@s/beta', version: '2.0.0', license: 'ISC' });
    fakePackage('node_modules/gamma', { name: 'gamma', version: '3.0.0', license: 'Apache-2.0' }, [
      'COPYING',
      'gamma text',
    ]);
    const outFile = path.join(root, 'licenses.json');

    recordBundledPackages({
      root,
      outFile,
      parts: {
        'electron/main.cjs': [
          'node_modules/alpha/index.js',
          'node_modules/@s/beta/a.js',
          'electron/main/main.ts',
        ],
        renderer: [path.join(root, 'node_modules/alpha/index.js')],
      },
    });
    const after = recordBundledPackages({
      root,
      outFile,
      parts: { renderer: ['node_modules/gamma/index.js', 'webpack://x/node_modules/core-js/a.js'] },
    });

    expect(after.app).toEqual({
      name: 'Factdesk',
      version: '1.2.3',
      license: 'MIT',
      licenseText: 'MIT License (app)',
    });
    expect(after.packages.map((entry) => [entry.name, entry.usedBy])).toEqual([
      ['@s/beta', ['electron/main.cjs']],
      ['alpha', ['electron/main.cjs']],
      ['core-js', ['renderer']],
      ['gamma', ['renderer']],
    ]);
    expect(after.packages.find((entry) => entry.name === 'alpha')?.licenseText).toBe('alpha licence');
    expect(after.packages.find((entry) => entry.name === '@s/beta')?.licenseText).toBeNull();
    expect(after.packages.find((entry) => entry.name === 'gamma')).toMatchObject({
      license: 'Apache-2.0',
      licenseText: 'gamma text',
    });
    expect(after.packages.find((entry) => entry.name === 'core-js')?.licenseText).toContain(
      'built into pdfjs-dist',
    );
    expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual(after);
    expect(after.datasets).toEqual([]); // this fake repository has no model
  });
});

describe('the data the bundled model was trained on', () => {
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');

  it('is credited from resources/ranker.json as its licence asks: ClaimBuster, CC BY 4.0, its authors', () => {
    const model = JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'ranker.json'), 'utf8')) as {
      trainedOn: { dataset: string; licence: string; attribution: string };
    };
    const [dataset, ...more] = describeDatasets(repoRoot);
    expect(more).toEqual([]);
    expect(dataset).toMatchObject({ name: model.trainedOn.dataset, version: '', license: 'CC-BY-4.0' });
    expect(dataset!.name).toMatch(/^ClaimBuster/);
    for (const credit of [
      'Fatma Arslan, Naeemul Hassan, Chengkai Li and Mark Tremayne',
      'https://doi.org/10.5281/zenodo.3609356',
      'https://creativecommons.org/licenses/by/4.0/',
      'CheckThat!',
      '22501 sentences',
    ]) {
      expect(dataset!.licenseText).toContain(credit);
    }
  });

  it('is written into licenses.json with the packages', () => {
    const outFile = path.join(root, 'with-model.json');
    mkdirSync(path.join(root, 'resources'), { recursive: true });
    writeFileSync(
      path.join(root, 'resources', 'ranker.json'),
      JSON.stringify({
        trainedOn: {
          dataset: 'D',
          source: 'S',
          split: 'P',
          sentences: 3,
          licence: 'CC0-1.0',
          attribution: 'A',
        },
      }),
    );
    const data = recordBundledPackages({ root, outFile, parts: {} });
    expect(data.datasets).toEqual([
      { name: 'D', version: '', license: 'CC0-1.0', licenseText: 'A\n\nSource: S\nUsed: P, 3 sentences.' },
    ]);
  });
});
