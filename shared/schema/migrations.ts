import type { Migration } from './migrate';

/**
 * Numbered migrations of project and document files, oldest first: entry `from: n` upgrades a file
 * of schema `n` to `n + 1`. Schema 1 is the first; when a later schema changes the shape of a file,
 * its migration goes here with a test of its own.
 */
export const projectMigrations: readonly Migration[] = [
  {
    from: 1,
    // The project file's shape is the same; its number moves with the documents' so the two stay in step.
    describe: 'schema 2: documents may keep earlier versions (project file unchanged)',
    up: (data) => data,
  },
  {
    from: 2,
    describe: 'schema 3: earlier versions of documents are kept in their own files (project file unchanged)',
    up: (data) => data,
  },
  {
    from: 3,
    describe: "schema 4: a document's publication date says where it came from (project file unchanged)",
    up: (data) => data,
  },
  {
    from: 4,
    describe: "schema 5: the project's own checklists per kind of claim (optional)",
    up: (data) => data,
  },
  {
    from: 5,
    describe: 'schema 6: earlier versions of documents keep the hash of their text (project file unchanged)',
    up: (data) => data,
  },
];
export const documentMigrations: readonly Migration[] = [
  {
    from: 1,
    // Schema 2 adds optional fields only (earlier versions of the text, re-anchoring flags on claims). The
    // number changes so an older Factdesk refuses these files instead of dropping those fields on save.
    describe: 'schema 2: earlier versions of the text and re-anchoring flags on claims (all optional)',
    up: (data) => data,
  },
  {
    from: 2,
    // Earlier texts move from the document file to documents/<id>.versions.json. Moving them needs the
    // disk, so this step changes only the number: the document schema still reads inline texts, and
    // opening the project for writing moves them out (after a backup), see move-version-texts.ts. An
    // older Factdesk refuses schema 3 rather than reading a document whose earlier texts it cannot find.
    describe: "schema 3: earlier versions' texts move to documents/<id>.versions.json (on open for writing)",
    up: (data) => data,
  },
  {
    from: 3,
    // Optional fields only: where the publication date came from, history entries for a restated
    // claim, contested values and sign-offs on claims. The number changes so an older Factdesk
    // refuses these files instead of dropping them.
    describe:
      "schema 4: the publication date's source, restated claims, contested values and sign-offs with their history lines (all optional)",
    up: (data) => data,
  },
  {
    from: 4,
    // Optional fields only: ticked checklist items on claims and their history lines. The number
    // changes so an older Factdesk refuses these files instead of dropping the ticks.
    describe: 'schema 5: ticked checklist items on claims with their history lines (all optional)',
    up: (data) => data,
  },
  {
    from: 5,
    // Each earlier version's entry may keep the hash of its text. Computing it needs the versions
    // file, so this step changes only the number; opening the project for writing fills the hashes
    // in (after a backup), see version-hashes.ts. An older Factdesk refuses schema 6 rather than
    // dropping the hashes on save.
    describe: "schema 6: earlier versions' text hashes (optional; filled in on open for writing)",
    up: (data) => data,
  },
];

/** Versions files first appeared with schema 3; their shape has not changed since. */
export const versionsMigrations: readonly Migration[] = [
  { from: 3, describe: 'schema 4: versions files unchanged', up: (data) => data },
  { from: 4, describe: 'schema 5: versions files unchanged', up: (data) => data },
  { from: 5, describe: 'schema 6: versions files unchanged', up: (data) => data },
];
