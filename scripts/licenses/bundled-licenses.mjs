// The licences of the third-party packages the build bundles, written to <out>/licenses.json for
// the About dialog. Each build step (esbuild's entries, Vite's renderer) records the packages whose
// code actually ended up in its output; the file keeps, per package, which outputs use it, so that
// rebuilding one output replaces only that output's part. Plain JavaScript: build-node.mjs and the
// Vite config both run it before anything is compiled.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const VENDORED = JSON.parse(readFileSync(new URL('./vendored-licenses.json', import.meta.url), 'utf8'));
const MIT_TERMS = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
USE OR OTHER DEALINGS IN THE SOFTWARE.`;

export const LICENSES_FORMAT = 'factdesk-licenses';
const LICENSE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;

/**
 * The package folder a bundled file comes from (`…/node_modules/name` or `…/node_modules/@scope/name`,
 * the innermost one), with forward slashes; null for a file that is not in node_modules.
 */
export function packageDirOf(file) {
  const normal = file.replace(/\\/g, '/').replace(/^\0+/, '');
  const at = normal.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const rest = normal.slice(at + 'node_modules/'.length).split('/');
  const size = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= size || rest.slice(0, size).some((part) => part === '' || part === '.bin')) return null;
  return normal.slice(0, at + 'node_modules/'.length) + rest.slice(0, size).join('/');
}

/** The SPDX expression of a package.json (`license`, an old `{ type }` or a `licenses` list). */
export function licenseOf(manifest) {
  const one = (value) =>
    typeof value === 'string' ? value : value && typeof value.type === 'string' ? value.type : null;
  const direct = one(manifest.license);
  if (direct) return direct;
  const list = Array.isArray(manifest.licenses) ? manifest.licenses.map(one).filter(Boolean) : [];
  return list.length > 0 ? `(${list.join(' OR ')})` : 'UNKNOWN';
}

/** The text of a package's licence file (LICENSE, LICENCE, COPYING, with any extension), or null. */
export function licenseTextIn(dir) {
  const names = readdirSync(dir)
    .filter((name) => LICENSE_FILE.test(name))
    .sort();
  for (const name of names) {
    const text = readFileSync(path.join(dir, name), 'utf8').trim();
    if (text) return text;
  }
  return null;
}

/** What the About dialog lists for one package folder. */
export function describePackage(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return {
    name: String(manifest.name ?? path.basename(dir)),
    version: String(manifest.version ?? ''),
    license: licenseOf(manifest),
    licenseText: licenseTextIn(dir),
  };
}

/**
 * A package seen only inside another package's build (its source map says `webpack://…/node_modules/x`),
 * from the reviewed list; anything else is UNKNOWN, with a warning, so that a person looks at it.
 */
export function describeVendored(name) {
  const known = VENDORED[name];
  if (!known || name === '//') {
    console.warn(
      `licenses: ${name} is built into another package and its licence is unknown; add it to vendored-licenses.json.`,
    );
    return { name, version: '', license: 'UNKNOWN', licenseText: null };
  }
  const terms = known.license === 'MIT' ? `\n\n${MIT_TERMS}` : '';
  return {
    name,
    version: '',
    license: known.license,
    licenseText: `${name} is built into ${known.insideOf}.\n\n${known.license} License\n\n${known.copyright}${terms}`,
  };
}

/** The app's own name, version and licence, from the repository's package.json and LICENSE. */
export function describeApp(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return {
    name: String(manifest.productName ?? manifest.name),
    version: String(manifest.version),
    license: licenseOf(manifest),
    licenseText: licenseTextIn(root),
  };
}

/**
 * The data the bundled check-worthiness model learnt from (`trainedOn` in resources/ranker.json), with the
 * credit its licence asks for, for the About dialog. None when the repository has no model.
 */
export function describeDatasets(root) {
  const file = path.join(root, 'resources', 'ranker.json');
  if (!existsSync(file)) return [];
  const { trainedOn } = JSON.parse(readFileSync(file, 'utf8'));
  if (!trainedOn) return [];
  return [
    {
      name: String(trainedOn.dataset),
      version: '',
      license: String(trainedOn.licence),
      licenseText:
        `${trainedOn.attribution}\n\nSource: ${trainedOn.source}\n` +
        `Used: ${trainedOn.split}, ${trainedOn.sentences} sentences.`,
    },
  ];
}

function readExisting(file) {
  if (!existsSync(file)) return [];
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return data.format === LICENSES_FORMAT && Array.isArray(data.packages) ? data.packages : [];
  } catch {
    return []; // A torn or foreign file is rebuilt from this step's part alone.
  }
}

/**
 * Records the packages bundled into some outputs and rewrites `outFile`.
 * `parts` maps an output's name (e.g. `electron/main.cjs`, `renderer`) to the files bundled into it.
 */
export function recordBundledPackages({ root, outFile, parts }) {
  const rebuilt = new Set(Object.keys(parts));
  const byKey = new Map();
  for (const entry of readExisting(outFile)) {
    const usedBy = (entry.usedBy ?? []).filter((part) => !rebuilt.has(part));
    if (usedBy.length > 0) byKey.set(`${entry.name}@${entry.version}`, { ...entry, usedBy });
  }
  for (const [part, files] of Object.entries(parts)) {
    const dirs = new Set(files.map(packageDirOf).filter(Boolean));
    for (const dir of dirs) {
      const full = path.resolve(root, dir);
      const found = existsSync(path.join(full, 'package.json'))
        ? describePackage(full)
        : describeVendored(dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length));
      const key = `${found.name}@${found.version}`;
      const entry = byKey.get(key) ?? { ...found, usedBy: [] };
      byKey.set(key, { ...entry, ...found, usedBy: [...new Set([...entry.usedBy, part])].sort() });
    }
  }
  const packages = [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  const data = {
    format: LICENSES_FORMAT,
    version: 1,
    app: describeApp(root),
    packages,
    datasets: describeDatasets(root),
  };
  // Written aside and renamed, so a reader (or a parallel build) never sees half a file.
  const temporary = `${outFile}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(data, null, 1)}\n`);
  renameSync(temporary, outFile);
  return data;
}

/**
 * The sources of a source map that another package's own build brought in (`webpack://pdf.js/node_modules/…`):
 * code of packages that are not installed but are in the output all the same.
 */
export function vendoredSources(map) {
  return (map?.sources ?? []).filter(
    (source) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source) && source.includes('node_modules/'),
  );
}

/** The files whose code esbuild put into a build's outputs (inputs that contributed bytes, and what their maps name). */
export function esbuildBundledFiles(metafile) {
  return Object.entries(metafile.outputs).flatMap(([output, info]) => {
    const inputs = Object.entries(info.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file);
    const map = `${output}.map`;
    return existsSync(map) ? [...inputs, ...vendoredSources(JSON.parse(readFileSync(map, 'utf8')))] : inputs;
  });
}

/** A Vite plugin: records the packages whose code is in the renderer's chunks into `<outDir>/../licenses.json`. */
export function bundledLicensesPlugin({ root }) {
  let outDir = '';
  let files = [];
  return {
    name: 'factdesk-bundled-licenses',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      files = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? [
              ...Object.entries(item.modules)
                .filter(([, module]) => module.renderedLength > 0)
                .map(([id]) => id),
              ...vendoredSources(item.map),
            ]
          : [],
      );
    },
    writeBundle() {
      recordBundledPackages({
        root,
        outFile: path.join(path.dirname(outDir), 'licenses.json'),
        parts: { renderer: files },
      });
    },
  };
}
