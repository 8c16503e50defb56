// The app as electron-builder would pack it: a real build (esbuild and Vite, into a temporary
// folder, not the shared dist/), the `files` patterns of electron-builder.yml applied to the
// repository with that build in place of dist/, packed with @electron/asar, then read back.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile, listPackage, uncacheAll } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filePatterns, loadBuilderConfig, repoRoot } from './builder-config';
import { listFiles, packApp, selectAppFiles } from './pack-app';

const config = loadBuilderConfig();
let work: string;
let archive: string;
let inArchive: string[];
let unpacked: string[];

/** The repository's own files as electron-builder sees them (never the root node_modules or .git). */
const NOT_WALKED = new Set([
  'node_modules',
  '.git',
  'dist',
  'release',
  'test-results',
  'playwright-report',
  '.tmp',
]);

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'factdesk-pack-'));
  const dist = path.join(work, 'dist');
  const build = (args: string[]) => execFileSync(process.execPath, args, { cwd: repoRoot, stdio: 'pipe' });
  build(['scripts/build-node.mjs', '--out', dist]);
  build([
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--logLevel',
    'error',
    '--outDir',
    path.join(dist, 'renderer'),
    '--emptyOutDir',
  ]);

  const sources = new Map<string, string>();
  for (const file of await listFiles(repoRoot, NOT_WALKED)) sources.set(file, path.join(repoRoot, file));
  for (const file of await listFiles(dist)) sources.set(`dist/${file}`, path.join(dist, file));
  const files = selectAppFiles([...sources.keys()], filePatterns(config));
  archive = path.join(work, 'release', 'app.asar');
  unpacked = await packApp({ sources, files, asarUnpack: config.asarUnpack as string[], archive });
  // listPackage answers with the archive's own separators and a leading one.
  inArchive = listPackage(archive, { isPack: false }).map((entry) =>
    entry.replace(/\\/g, '/').replace(/^\//, ''),
  );
}, 300_000);

afterAll(async () => {
  uncacheAll();
  if (work) await rm(work, { recursive: true, force: true });
});

const read = (file: string) => extractFile(archive, file).toString('utf8');
const built = (file: string) => readFileSync(path.join(work, file), 'utf8');

describe('electron-builder’s file matching, as applied here', () => {
  it('takes what a pattern includes unless a later one excludes it, and always package.json', () => {
    expect(
      selectAppFiles(
        [
          'package.json',
          'src/a.ts',
          'dist/a.js',
          'dist/a.js.map',
          'dist/.hidden',
          'dist/cli/x.mjs',
          'dist/x.test.js',
        ],
        ['dist/**/*', '!dist/**/*.map', '!dist/cli/**', '!dist/**/*.{test,spec}.*'],
      ),
    ).toEqual(['dist/.hidden', 'dist/a.js', 'package.json']);
  });
});

describe('app.asar', () => {
  it('holds the main process, the preload, the renderer with its assets, the licences and package.json', () => {
    expect(inArchive).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/electron/main.cjs',
        'dist/electron/preload.cjs',
        'dist/renderer/index.html',
        'dist/licenses.json',
        'dist/workers/extract-worker.mjs',
      ]),
    );
    // Every script and stylesheet the page loads is in the archive.
    const html = read('dist/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map(
      (match) => `dist/renderer/${match[1]}`,
    );
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    expect(inArchive).toEqual(expect.arrayContaining(assets));
  });

  it('unpacks the claim worker and its draft readers beside the archive (worker threads load from disk)', async () => {
    const workerFiles = (await listFiles(path.join(work, 'dist', 'workers')))
      .filter((file) => !file.endsWith('.map'))
      .map((file) => `dist/workers/${file}`);
    expect(unpacked.sort()).toEqual(workerFiles.sort());
    expect(unpacked).toContain('dist/workers/extract-worker.mjs');
    // PDF and Word drafts are read in the worker: their readers are its chunks, loaded from disk too.
    expect(unpacked.some((file) => /^dist\/workers\/chunks\/read-pdf-\w+\.mjs$/.test(file))).toBe(true);
    expect(unpacked.some((file) => /^dist\/workers\/chunks\/read-docx-\w+\.mjs$/.test(file))).toBe(true);
    for (const file of unpacked)
      expect(readFileSync(`${archive}.unpacked/${file}`, 'utf8'), file).toBe(built(file));
  });

  it('carries the claim-ranking model inside the bundles (resources/ranker.json is bundled, not shipped)', () => {
    const model = JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'ranker.json'), 'utf8')) as {
      format: string;
    };
    expect(read('dist/electron/main.cjs')).toContain(model.format);
    expect(readFileSync(`${archive}.unpacked/dist/workers/extract-worker.mjs`, 'utf8')).toContain(
      model.format,
    );
  });

  it('leaves out sources, tests, source maps, the CLI, the web workbench, docs, e2e, CI and node_modules', () => {
    const files = inArchive.filter((entry) => path.posix.extname(entry) !== '');
    expect(files.filter((entry) => /\.(tsx?|map)$/.test(entry))).toEqual([]);
    expect(files.filter((entry) => /\.(test|spec)\./.test(entry))).toEqual([]);
    expect(
      inArchive.filter((entry) =>
        /^(e2e|docs|\.ci|\.github|shared|electron|renderer|cli|web|scripts|resources|bin)(\/|$)|^dist\/(cli|web)(\/|$)|node_modules/.test(
          entry,
        ),
      ),
    ).toEqual([]);
    // Outside dist/, only package.json.
    expect(files.filter((entry) => !entry.startsWith('dist/'))).toEqual(['package.json']);
  });

  it('reads back byte for byte what was built', () => {
    expect(JSON.parse(read('package.json'))).toEqual(
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')),
    );
    for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      expect(read(file), file).toBe(built(file));
    }
  });
});

describe('dist/licenses.json in the archive', () => {
  /** Package names in the `sources` of a source map (the code that really is in that bundle). */
  const packagesInMap = (file: string): string[] => {
    const map = JSON.parse(readFileSync(path.join(work, file), 'utf8')) as { sources: string[] };
    return map.sources.flatMap((source) => {
      const parts = source.replace(/\\/g, '/').split('node_modules/');
      if (parts.length < 2) return [];
      const segments = parts.at(-1)!.split('/');
      return [segments[0]!.startsWith('@') ? `${segments[0]}/${segments[1]}` : segments[0]!];
    });
  };

  it('lists every package bundled into the main process, the worker and the renderer, with its licence', async () => {
    const licenses = JSON.parse(read('dist/licenses.json')) as {
      app: { name: string; version: string; license: string; licenseText: string };
      packages: { name: string; license: string; licenseText: string | null; usedBy: string[] }[];
    };
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(licenses.app).toMatchObject({ name: 'Factdesk', version: pkg.version, license: pkg.license });
    expect(licenses.app.licenseText).toContain('Permission is hereby granted');

    const maps = [
      'dist/electron/main.cjs.map',
      'dist/workers/extract-worker.mjs.map',
      ...(await listFiles(path.join(work, 'dist', 'workers', 'chunks')))
        .filter((file) => file.endsWith('.mjs.map'))
        .map((file) => `dist/workers/chunks/${file}`),
      ...(await listFiles(path.join(work, 'dist', 'renderer', 'assets')))
        .filter((file) => file.endsWith('.js.map'))
        .map((file) => `dist/renderer/assets/${file}`),
    ];
    const bundled = new Set(maps.flatMap(packagesInMap));
    expect([...bundled]).toEqual(expect.arrayContaining(['react', 'react-dom', 'zod', 'lowdb']));
    const listed = new Set(licenses.packages.map((entry) => entry.name));
    expect([...bundled].filter((name) => !listed.has(name))).toEqual([]);
    for (const entry of licenses.packages) {
      expect(entry.license, entry.name).not.toBe('UNKNOWN');
      expect(entry.usedBy.length, entry.name).toBeGreaterThan(0);
    }
    expect(existsSync(`${archive}.unpacked/dist/licenses.json`)).toBe(false);
  });
});
