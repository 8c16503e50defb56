// Files of the repository, for tests that read samples and data (tests run from the repository root).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Reads a text file given relative to the repository root. */
export function readRepoFile(relative: string): string {
  return readFileSync(relative, 'utf8');
}

/** Whether a path (relative to the repository root) exists. */
export function repoPathExists(relative: string): boolean {
  return existsSync(relative);
}

/** Lists a folder given relative to the repository root, sorted. */
export function listRepoFolder(relative: string): string[] {
  return readdirSync(relative).sort();
}

/** The texts of every sample draft in the repository: English, then the other languages. */
export function sampleDraftTexts(): string[] {
  return ['resources/samples', 'resources/samples/languages'].flatMap((folder) =>
    listRepoFolder(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readRepoFile(`${folder}/${name}`)),
  );
}
