import type { Migration } from './migrate';

/**
 * Numbered migrations of project and document files, oldest first: entry `from: n` upgrades a file
 * of schema `n` to `n + 1`. Schema 1 is the first; when a later schema changes the shape of a file,
 * its migration goes here with a test of its own.
 */
export const projectMigrations: readonly Migration[] = [];
export const documentMigrations: readonly Migration[] = [];
