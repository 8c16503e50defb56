/**
 * electron-builder.yml as electron-builder reads it: parsed with js-yaml, the YAML parser
 * electron-builder itself uses (a dependency of app-builder-lib).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// js-yaml ships no types of its own; this is the one function used.
const yaml = require('js-yaml') as { load(text: string, options?: { filename?: string }): unknown };

/** The repository's root folder. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The parsed configuration (plain data, as electron-builder validates it). */
export function loadBuilderConfig(
  file = path.join(repoRoot, 'electron-builder.yml'),
): Record<string, unknown> {
  const data = yaml.load(readFileSync(file, 'utf8'), { filename: file });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file} is not a YAML mapping.`);
  }
  return data as Record<string, unknown>;
}

/** The `files` patterns, in order (electron-builder's own `minimatch-all` order matters). */
export function filePatterns(config: Record<string, unknown>): string[] {
  const files = config.files;
  if (!Array.isArray(files) || !files.every((entry) => typeof entry === 'string')) {
    throw new Error('electron-builder.yml: `files` must be a list of glob patterns.');
  }
  return files;
}
