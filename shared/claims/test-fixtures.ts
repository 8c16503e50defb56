/**
 * Test-only helpers: read a file relative to the repository root through Node's `fs` without importing
 * it (shared/ stays free of Node imports; the claim finder never calls these).
 */
interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  existsSync(path: string): boolean;
  readdirSync(path: string): string[];
}

function nodeFs(): NodeFs {
  const proc = (globalThis as unknown as { process?: { getBuiltinModule?(id: string): unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  if (!fs) throw new Error('These tests need Node 20.16 or later.');
  return fs;
}

/** Reads a text file given relative to the repository root (tests run from the root). */
export function readRepoFile(relative: string): string {
  return nodeFs().readFileSync(relative, 'utf8');
}

/** Whether a path (relative to the repository root) exists. */
export function repoPathExists(relative: string): boolean {
  return nodeFs().existsSync(relative);
}

/** Lists a folder given relative to the repository root. */
export function listRepoFolder(relative: string): string[] {
  return nodeFs().readdirSync(relative).sort();
}

/** The CLEF 2019 task 1 training folder, beside the repository (may be missing in some checkouts). */
export const CLEF_TRAINING = '../shared/data/checkworthiness/clef2019-checkthat-task1/training';
